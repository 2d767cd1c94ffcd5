// `giaouoc render <file> --format pdf --ban-ky`: a sign-ready PDF for CA signatures. Only a final, committed
// document is printed: no draft mark, no "(Đã ký)", one empty signature field per party, the source's digest,
// commit and number in the XMP; the hash of the exact bytes is recorded in ban-ky/<year>/<name>.json and
// committed, so that the PDF — and the signed PDF built on it by incremental updates — can be found again.

import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Lang, RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { parseSource } from '../documents/parse.js';
import { repoRelative } from '../documents/repository.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { loadDocuments } from '../documents/load.js';
import { displayPath } from '../output/issues-text.js';
import { validateRepository } from '../validate/run.js';
import { notFinalReasons } from '../pdfsign/readiness.js';
import { manifestText, readManifest, signedBase, type Manifest } from '../pdfsign/manifest.js';
import { commitFiles, requireCommitted, signReadyTrailers } from '../pdfsign/commit-files.js';
import type { OutTarget } from './render-out.js';

export interface RenderForSigningOptions {
  /** Where the print goes (render-out.ts); beside the source without a folder or file. */
  out: OutTarget;
  template?: string;
  lang: Lang;
}

export async function renderForSigning(paths: string[], options: RenderForSigningOptions, ctx: RunContext): Promise<number> {
  if (paths.length !== 1) {
    throw new UserError({ vi: '--ban-ky in từng văn bản một; hãy đưa đúng một tệp', en: '--for-signing prints one document at a time; give exactly one file' });
  }
  const file = resolve(ctx.cwd, paths[0]!);
  const run = await validateRepository({ cwd: ctx.cwd, paths: [file], env: ctx.env });
  const known = run.documents.find((doc) => doc.file === file);
  if (!known || !run.config) {
    throw new UserError({ vi: `${paths[0]} không phải một văn bản của kho`, en: `${paths[0]} is not a document of the repository` });
  }
  const relative = repoRelative(run.root, file);
  const parsed = parseSource(await readFile(file, 'utf8'));
  const doc = parsed.value as Record<string, unknown>;
  const reasons = notFinalReasons(relative, doc, run.issues.filter((issue) => issue.file === file), { config: run.config, parsed });
  if (reasons.length > 0) {
    for (const reason of reasons) ctx.stderr.write(`giaouoc: ${options.lang === 'en' ? reason.en : reason.vi}\n`);
    ctx.stderr.write(options.lang === 'en' ? 'giaouoc: only a final document is printed for signing\n' : 'giaouoc: chỉ in bản ký cho văn bản đã hoàn chỉnh\n');
    return EXIT.findings;
  }

  const layout = await requireCommitted(run.root, relative, ctx.env);
  const { signatureStates } = await import('../repo/signature-states.js');
  const state = (await signatureStates(run.root, [file], ctx.env)).get(file);
  if (!state?.commit) throw new UserError({ vi: `${relative} chưa được commit`, en: `${relative} is not committed` }, { exitCode: EXIT.findings });
  const [loaded] = await loadDocuments(run.root, [known], run.documents);
  const render = await import('../render/index.js');
  const { partiesOf, unitOf } = await import('../repo/parties.js');
  const overridesDir = join(run.root, 'templates');
  const env = render.createTemplateEnvironment({
    overridesDir: existsSync(overridesDir) ? overridesDir : undefined,
    templateFile: options.template ? resolve(ctx.cwd, options.template) : undefined,
  });
  const view = render.buildViewModel(
    { document: loaded!.document, config: run.config, sourceFile: file, plan: loaded!.plan, scoringTable: loaded!.scoringTable, signatures: { complete: false, digest: state.digest, commit: state.commit, forSigning: true } },
    env.profile,
  );
  const html = render.renderViewHtml(view, env, { fonts: 'embedded' });
  const printer = await render.PdfPrinter.launch({ env: ctx.env, concurrency: 1 });
  let printed: Buffer;
  try {
    printed = await printer.print(html);
  } finally {
    await printer.close();
  }
  const parties = partiesOf(doc, run.config).map((id) => ({ id, name: unitOf(run.config, id)?.name ?? id }));
  const { makeSignReady, MissingFieldError } = await import('../pdfsign/sign-ready.js');
  const number = typeof doc.number === 'string' ? doc.number : undefined;
  const finish = { ...render.finishOfView(view, loaded!.document.date), document: relative, digest: state.digest, commit: state.commit, number };
  const ready = await makeSignReady(printed, finish, parties).catch((error) => {
    if (error instanceof MissingFieldError) {
      throw new UserError({
        vi: `mẫu in không có chỗ ký cho ${error.parties.join(', ')}; mẫu riêng trong templates/ phải giữ phần “sign-space” của partials/signature.hbs`,
        en: `the template leaves no signature area for ${error.parties.join(', ')}; a template override must keep the "sign-space" of partials/signature.hbs`,
      });
    }
    throw error;
  });

  const sha256 = createHash('sha256').update(ready.pdf).digest('hex');
  const target =
    options.out.file ?? (options.out.folder ? join(options.out.folder, `${signedBase(relative, Number(doc.year)).split('/').pop()}.ban-ky.pdf`) : file.replace(/\.ya?ml$/i, '.ban-ky.pdf'));
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, ready.pdf);

  const manifestRelative = `${signedBase(relative, Number(doc.year))}.json`;
  const manifestFile = join(run.root, manifestRelative);
  const manifest: Manifest = (await readManifest(manifestFile)) ?? { document: relative, prints: [] };
  manifest.document = relative;
  manifest.prints.push({ sha256, digest: state.digest, commit: state.commit, number, made: new Date().toISOString(), fields: ready.fields });
  await mkdir(dirname(manifestFile), { recursive: true });
  await writeFileAtomic(manifestFile, manifestText(manifest));
  await commitFiles(layout, [manifestRelative], [`Bản sẵn sàng ký số: ${view.documentTitle}`, '', ...signReadyTrailers(relative, state.digest, sha256)].join('\n'));

  ctx.stdout.write(
    options.lang === 'en'
      ? `${displayPath(target, ctx.cwd)}: ready for signing (${ready.fields.length} signature fields), sha256 ${sha256} recorded in ${manifestRelative}\n`
      : `${displayPath(target, ctx.cwd)}: sẵn sàng ký số (${ready.fields.length} ô chữ ký), sha256 ${sha256} đã ghi vào ${manifestRelative}\n`,
  );
  return EXIT.ok;
}
