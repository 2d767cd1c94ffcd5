// One document to one file on disk, HTML, PDF or DOCX: what `giaouoc render` does per input file.
import { lstatSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { TemplateEnvironment } from './environment.js';
import { renderViewDocx } from './docx/load-on-use.js';
import { renderViewHtml } from './html.js';
import { outputPath, type OutputFormat } from './output-name.js';
import { finishOfView, type PdfFinish } from './pdf/finish.js';
import { PdfPrinter } from './pdf/printer.js';
import { buildViewModel } from './view-model/index.js';
import type { DocumentView, RenderInput } from './view-model/types.js';
import { writeFileAtomic } from '../documents/write-atomic.js';

export interface RenderToFileOptions {
  format: OutputFormat;
  env: TemplateEnvironment;
  /** Folder for the output; beside the source file when absent. */
  outDir?: string;
  /** This file instead of a name made from the source's (one document printed to a file the user named). */
  outFile?: string;
  /** With `outDir`: keep the source's folders below this root (see outputPath). */
  sourceRoot?: string;
  /** The batch's printer; without one a browser is started and closed for this document alone. */
  printer?: PdfPrinter;
}

/** Renders and writes atomically; returns the path written. */
export async function renderDocumentToFile(input: RenderInput, options: RenderToFileOptions): Promise<string> {
  const target = options.outFile ?? outputPath(input.sourceFile, options.format, options.outDir, options.sourceRoot);
  const view = buildViewModel(input, options.env.profile);
  const data =
    options.format === 'html'
      ? renderViewHtml(view, options.env)
      : options.format === 'docx'
        ? await renderViewDocx(view, options.env, input.document.date)
        : await printPdf(view, options.env, finishOfView(view, input.document.date), options.printer);
  if (options.sourceRoot) refuseLinkedFolders(target, options.sourceRoot);
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, data);
  return target;
}

/**
 * A folder of the repository on the way to the output that is a symlink (a committed `out` → ~/.ssh, say)
 * would send the file anywhere; such a path is refused. A folder the user names outside the repository is theirs.
 */
function refuseLinkedFolders(target: string, root: string): void {
  const rel = relative(root, dirname(target));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  let path = root;
  for (const part of rel.split(sep)) {
    path = join(path, part);
    let linked = false;
    try {
      linked = lstatSync(path).isSymbolicLink();
    } catch {
      return;
    }
    if (linked) {
      throw new UserError({
        vi: `thư mục ${path} trong kho là liên kết tượng trưng; giaouoc không ghi bản in qua liên kết — hãy xóa liên kết hoặc chọn thư mục khác bằng --out`,
        en: `the folder ${path} in the repository is a symlink; giaouoc does not write output through links — remove it or choose another folder with --out`,
      });
    }
  }
}

async function printPdf(view: DocumentView, env: TemplateEnvironment, finish: PdfFinish, printer?: PdfPrinter): Promise<Buffer> {
  const html = renderViewHtml(view, env, { fonts: 'embedded' });
  if (printer) return printer.print(html, finish);
  const own = await PdfPrinter.launch({ concurrency: 1 });
  try {
    return await own.print(html, finish);
  } finally {
    await own.close();
  }
}
