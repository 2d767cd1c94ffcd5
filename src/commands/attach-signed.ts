// `giaouoc nhan-ban-ky <signed.pdf>` (attach-signed): verifies a CA-signed PDF and, when every party signed and
// nothing is wrong, stores it beside its source as ban-ky/<year>/<name>.pdf and commits it with the record —
// the repository then holds the electronic original next to the YAML it was printed from.

import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pick, type Lang, type RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { displayPath } from '../output/issues-text.js';
import { formatPdfReports, PDF_STATE_LABEL } from '../output/pdf-verify-text.js';
import { painterFor } from '../output/style.js';
import { commitFiles, PDF_TRAILER } from '../pdfsign/commit-files.js';
import { manifestText, readManifest, signedBase } from '../pdfsign/manifest.js';
import { TRAILER } from '../repo/trailers.js';
import { verifyPdfFiles } from './verify-pdf.js';

export interface AttachSignedOptions {
  lang: Lang;
}

export async function attachSignedCommand(path: string, options: AttachSignedOptions, ctx: RunContext): Promise<number> {
  const source = resolve(ctx.cwd, path);
  const [report] = await verifyPdfFiles([source], ctx);
  const { openRepoContext } = await import('../pdfsign/binding.js');
  const repo = await openRepoContext(ctx.cwd, ctx.env);
  if (!repo) {
    throw new UserError({ vi: 'hãy chạy lệnh trong kho văn bản (thư mục có giaouoc.yaml, trong một kho git)', en: 'run this inside a document repository (a folder with giaouoc.yaml, in a git repository)' });
  }
  const paint = painterFor(ctx.stderr, ctx.env);
  const binding = report!.binding;
  if (report!.state === 'invalid' || report!.state === 'incomplete' || !binding?.document || !binding.parties) {
    ctx.stderr.write(formatPdfReports([report!], { lang: options.lang, paint, display: (file) => displayPath(file, ctx.cwd) }));
    ctx.stderr.write(
      pick(
        {
          vi: `giaouoc: chưa lưu ${displayPath(source, ctx.cwd)} vào kho: bản ký ${PDF_STATE_LABEL[report!.state].vi}; chỉ bản có đủ chữ ký hợp lệ của các bên mới được lưu làm bản gốc`,
          en: `giaouoc: ${displayPath(source, ctx.cwd)} was not stored: the signed PDF is ${PDF_STATE_LABEL[report!.state].en}; only a PDF validly signed by every party is kept as the original`,
        },
        options.lang,
      ) + '\n',
    );
    return EXIT.findings;
  }

  const bytes = await readFile(source);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const document = binding.document;
  const base = signedBase(document, binding.year ?? new Date().getFullYear());
  const pdfRelative = `${base}.pdf`;
  const manifestRelative = `${base}.json`;
  const manifest = (await readManifest(join(repo.root, manifestRelative))) ?? { document, prints: [] };
  manifest.signed = {
    file: pdfRelative,
    sha256,
    digest: binding.digest!,
    commit: binding.commit!,
    attached: new Date().toISOString(),
    signers: report!.signatures.map((item) => ({ party: item.party, name: item.signer?.name ?? '', serial: item.signer?.serial ?? '' })),
  };
  await mkdir(dirname(join(repo.root, pdfRelative)), { recursive: true });
  await writeFileAtomic(join(repo.root, pdfRelative), bytes);
  await writeFileAtomic(join(repo.root, manifestRelative), manifestText(manifest));
  const signers = manifest.signed.signers.map((item) => item.name).join(', ');
  const message = [`Bản ký số: ${document} — ${signers}`, '', `${TRAILER.document}: ${document}`, `${TRAILER.digest}: ${binding.digest}`, `${PDF_TRAILER}: ${sha256}`, ''].join('\n');
  const commit = await commitFiles(repo.layout, [pdfRelative, manifestRelative], message);
  ctx.stdout.write(
    pick(
      {
        vi: `${pdfRelative}: đã lưu bản ký số ${PDF_STATE_LABEL[report!.state].vi} của ${document} (${report!.signatures.length} chữ ký), commit ${commit.slice(0, 12)}\n`,
        en: `${pdfRelative}: stored the ${PDF_STATE_LABEL[report!.state].en} signed PDF of ${document} (${report!.signatures.length} signatures), commit ${commit.slice(0, 12)}\n`,
      },
      options.lang,
    ),
  );
  return EXIT.ok;
}
