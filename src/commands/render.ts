// `giaouoc render <paths…>`: validate, then print every document to HTML or PDF (one browser for the batch).
// Nothing is written when any input has an error; each file is written atomically.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang, RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { loadDocuments } from '../documents/load.js';
import { validateRepository } from '../validate/run.js';
import { formatIssuesText, displayPath } from '../output/issues-text.js';
import { painterFor } from '../output/style.js';
import { createProgress } from '../output/progress.js';
import type { SignatureState } from '../render/index.js';
import type { PrintedFile } from './render-check.js';
import { outTarget, requireOnePrint, type PrintFormat } from './render-out.js';

export interface RenderCommandOptions {
  format: PrintFormat;
  /** False when --format is its default, so that the extension of a file given as --out may choose. */
  formatGiven?: boolean;
  /** A folder, or one document's file (render-out.ts). */
  out?: string;
  template?: string;
  /** --ban-ky / --for-signing: a sign-ready PDF for CA signatures (see render-for-signing.ts). */
  banKy?: boolean;
  lang: Lang;
  /** Read every printed file back and report the layout rules it breaks (see render/check). */
  check?: boolean;
}

const PDF_PARALLEL = 2;

export async function renderCommand(paths: string[], options: RenderCommandOptions, ctx: RunContext): Promise<number> {
  const formatGiven = options.formatGiven !== false;
  // A print for signing is a PDF: --ban-ky alone asks for one.
  const out = outTarget(options.out, options.banKy && !formatGiven ? 'pdf' : options.format, formatGiven, ctx.cwd);
  const format = out.format;
  if (options.banKy) {
    if (format !== 'pdf') throw new UserError({ vi: '--ban-ky chỉ dùng với --format pdf', en: '--for-signing needs --format pdf' });
    const { renderForSigning } = await import('./render-for-signing.js');
    return renderForSigning(paths, { ...options, out }, ctx);
  }
  const run = await validateRepository({ cwd: ctx.cwd, paths, env: ctx.env });
  const errors = run.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    const paint = painterFor(ctx.stderr, ctx.env);
    ctx.stderr.write(formatIssuesText(errors, run.files.length + 1, { cwd: ctx.cwd, lang: options.lang, paint, codeFrames: Boolean(ctx.stderr.isTTY) }));
    ctx.stderr.write(
      options.lang === 'en'
        ? 'giaouoc: nothing was rendered; fix the errors above and run the command again\n'
        : 'giaouoc: chưa in văn bản nào; hãy sửa các lỗi trên rồi chạy lại lệnh\n',
    );
    return EXIT.findings;
  }
  const wanted = run.documents.filter((doc) => run.files.includes(doc.file));
  if (wanted.length === 0) {
    throw new UserError({ vi: 'không có văn bản nào để in trong các đường dẫn đã cho', en: 'there is no document to render in the given paths' });
  }
  requireOnePrint(out, options.out, wanted.length);
  if (options.check && format === 'html') {
    throw new UserError({ vi: '--check đọc lại bản in: hãy dùng cùng --format pdf hoặc --format docx', en: '--check reads the printed copy back: use it with --format pdf or --format docx' });
  }
  const loaded = await loadDocuments(run.root, wanted, run.documents);
  const states = await signatureStatesOf(run.root, wanted.map((doc) => doc.file), ctx.env);
  const caSigned = await caSignedOf(run.root, wanted, states);

  const render = await import('../render/index.js');
  const overridesDir = join(run.root, 'templates');
  const env = render.createTemplateEnvironment({
    overridesDir: existsSync(overridesDir) ? overridesDir : undefined,
    templateFile: options.template ? resolve(ctx.cwd, options.template) : undefined,
  });
  const printer = format === 'pdf' ? await render.PdfPrinter.launch({ env: ctx.env, concurrency: PDF_PARALLEL }) : undefined;
  const progress = createProgress(ctx.stdout, loaded.length, options.lang);
  const printed: PrintedFile[] = [];
  try {
    let next = 0;
    const worker = async () => {
      while (next < loaded.length) {
        const item = loaded[next++];
        const input = { document: item.document, config: run.config!, sourceFile: item.file, plan: item.plan, scoringTable: item.scoringTable, signatures: states.get(item.file) };
        const written = await render.renderDocumentToFile(input, { format, env, outDir: out.folder, outFile: out.file, sourceRoot: run.root, printer });
        if (options.check) printed.push({ file: written, view: render.buildViewModel(input, env.profile) });
        const original = caSigned.get(item.relative);
        const note = original ? (options.lang === 'en' ? ` (digitally signed (CA): the electronic original is ${original})` : ` (đã ký số (CA): bản gốc điện tử là ${original})`) : '';
        progress.done(`${displayPath(written, ctx.cwd)}${note}`);
      }
    };
    await Promise.all(Array.from({ length: format === 'pdf' ? PDF_PARALLEL : 1 }, worker));
  } finally {
    progress.finish();
    await printer?.close();
  }
  if (!options.check) return EXIT.ok;
  const { checkPrinted } = await import('./render-check.js');
  return checkPrinted(printed, format === 'docx' ? 'docx' : 'pdf', env.profile, options.lang, ctx);
}

/** Signatures count only in a git repository; elsewhere every document is a draft. */
async function signatureStatesOf(root: string, files: string[], env: NodeJS.ProcessEnv): Promise<Map<string, SignatureState>> {
  if (!insideGitWorkTree(root)) return new Map();
  const { signatureStates } = await import('../repo/signature-states.js');
  return signatureStates(root, files, env);
}

/** Documents whose current content has a stored CA-signed PDF (see pdfsign/ca-status.ts): the print is then a copy. */
async function caSignedOf(root: string, docs: ReadonlyArray<{ file: string; relative: string; facts: { year: number } }>, states: Map<string, SignatureState>): Promise<Map<string, string>> {
  if (states.size === 0) return new Map();
  const { caSignedDocuments } = await import('../pdfsign/ca-status.js');
  return caSignedDocuments(root, docs.map((doc) => ({ relative: doc.relative, digest: states.get(doc.file)?.digest ?? '', year: doc.facts.year })));
}

function insideGitWorkTree(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return true;
    if (dirname(current) === current) return false;
  }
}
