// Where `render --out` writes: a folder (every print inside it, keeping the source's folders), or, for one
// document, a file named with the extension of its format (`--out ban-in.pdf`), whose extension then chooses the
// format when --format is not given. A folder named like a file (`ban-in.pdf/`, made earlier) stays a folder.

import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { shellArg } from '../output/shell-quote.js';

export type PrintFormat = 'html' | 'pdf' | 'docx';

export interface OutTarget {
  format: PrintFormat;
  /** Every print goes into this folder. */
  folder?: string;
  /** The one print goes to this file. */
  file?: string;
}

const BY_EXTENSION: Record<string, PrintFormat> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.docx': 'docx' };
const NAMES: Record<PrintFormat, string> = { html: 'HTML', pdf: 'PDF', docx: 'DOCX' };

/** `formatGiven`: --format was on the command line (not its default). */
export function outTarget(out: string | undefined, format: PrintFormat, formatGiven: boolean, cwd: string): OutTarget {
  if (out === undefined) return { format };
  const path = resolve(cwd, out);
  const info = statSync(path, { throwIfNoEntry: false });
  if (info?.isDirectory()) return { format, folder: path };
  const named = BY_EXTENSION[extname(out).toLowerCase()];
  if (named) {
    if (formatGiven && named !== format) {
      throw new UserError({
        vi: `--out ${shellArg(out)} là tệp ${NAMES[named]}, mà --format là ${format}; hãy bỏ --format, hoặc đặt tên tệp đuôi .${format}`,
        en: `--out ${shellArg(out)} is a ${NAMES[named]} file, but --format is ${format}; leave out --format, or name the file .${format}`,
      });
    }
    return { format: named, file: path };
  }
  if (info) {
    throw new UserError({
      vi: `--out cần một thư mục hoặc một tệp .html, .pdf, .docx, mà ${shellArg(out)} là một tệp khác; hãy chọn tên khác, ví dụ --out out`,
      en: `--out needs a folder or an .html, .pdf or .docx file, but ${shellArg(out)} is another file; choose another name, e.g. --out out`,
    });
  }
  return { format, folder: path };
}

/** A file as --out holds one print: refused, before anything is printed, when the paths name several documents. */
export function requireOnePrint(target: OutTarget, out: string | undefined, count: number): void {
  if (!target.file || count <= 1) return;
  throw new UserError({
    vi: `--out ${shellArg(out ?? '')} là tên một tệp, mà lệnh in ${count} văn bản; hãy cho --out một thư mục, ví dụ --out ban-in`,
    en: `--out ${shellArg(out ?? '')} names one file, but the command prints ${count} documents; give --out a folder, e.g. --out prints`,
  });
}
