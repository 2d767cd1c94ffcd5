// `giaouoc trust add|list|remove`: the root certificates this user trusts for CA signatures (the NEAC roots, the
// government's special-purpose root), imported from the official sites. Fingerprints are shown so that they can
// be compared with the ones the issuing authority publishes.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { X509Certificate } from 'node:crypto';
import type { Lang, RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { addAnchor, loadAnchors, parseCertificates, removeAnchors, trustDir } from '../pki/trust-store.js';
import { nameField, validityOf } from '../pki/chain.js';
import { vietnamTime } from '../pdfsign/check-signatures.js';

interface TrustOptions {
  lang: Lang;
}

export async function trustAddCommand(file: string, options: TrustOptions, ctx: RunContext): Promise<number> {
  const bytes = await readFile(resolve(ctx.cwd, file)).catch((error) => {
    throw new UserError({ vi: `không đọc được tệp ${file}; hãy kiểm tra đường dẫn`, en: `cannot read ${file}; check the path` }, { cause: error });
  });
  let certs: X509Certificate[];
  try {
    certs = parseCertificates(bytes);
  } catch (error) {
    throw new UserError({ vi: `${file} không phải chứng thư số X.509 (PEM hoặc DER)`, en: `${file} is not an X.509 certificate (PEM or DER)` }, { cause: error });
  }
  for (const cert of certs) {
    if (!cert.ca) {
      throw new UserError({ vi: `${file} là chứng thư của người ký, không phải chứng thư gốc (CA); hãy nhập chứng thư gốc NEAC hoặc gốc chuyên dùng`, en: `${file} is an end-entity certificate, not a CA root; import the NEAC or special-purpose root` });
    }
  }
  for (const cert of certs) {
    await addAnchor(ctx.env, cert);
    ctx.stdout.write(describe(cert, options.lang));
  }
  ctx.stdout.write(options.lang === 'en' ? `Compare these fingerprints with the ones the issuer publishes; stored in ${trustDir(ctx.env)}\n` : `Hãy so các dấu vân tay trên với dấu vân tay cơ quan cấp công bố; đã lưu ở ${trustDir(ctx.env)}\n`);
  return EXIT.ok;
}

export async function trustListCommand(options: TrustOptions, ctx: RunContext): Promise<number> {
  const anchors = await loadAnchors(ctx.env);
  if (anchors.length === 0) {
    ctx.stdout.write(options.lang === 'en' ? 'No trusted root yet; import one with `giaouoc trust add <file>`.\n' : 'Chưa tin cậy chứng thư gốc nào; hãy nhập bằng `giaouoc trust add <tệp>`.\n');
  }
  for (const anchor of anchors) ctx.stdout.write(describe(anchor.cert, options.lang));
  return EXIT.ok;
}

export async function trustRemoveCommand(fingerprint: string, options: TrustOptions, ctx: RunContext): Promise<number> {
  if (!/^[0-9a-fA-F:]{8,}$/.test(fingerprint)) {
    throw new UserError({ vi: 'hãy cho ít nhất 8 chữ số hex đầu của dấu vân tay SHA-256 (xem `giaouoc trust list`)', en: 'give at least the first 8 hex digits of the SHA-256 fingerprint (see `giaouoc trust list`)' });
  }
  const removed = await removeAnchors(ctx.env, fingerprint);
  if (removed.length === 0) {
    throw new UserError({ vi: `không có chứng thư gốc nào có dấu vân tay bắt đầu bằng ${fingerprint}`, en: `no trusted root has a fingerprint starting with ${fingerprint}` }, { exitCode: EXIT.findings });
  }
  for (const anchor of removed) ctx.stdout.write(`${options.lang === 'en' ? 'removed' : 'đã bỏ'}: ${describe(anchor.cert, options.lang)}`);
  return EXIT.ok;
}

function describe(cert: X509Certificate, lang: Lang): string {
  const { from, to } = validityOf(cert);
  const name = nameField(cert.subject, 'CN') ?? cert.subject.replace(/\n/g, ', ');
  const sha1 = cert.fingerprint;
  return lang === 'en'
    ? `${name}\n  SHA-256 ${cert.fingerprint256}\n  SHA-1   ${sha1}\n  valid ${vietnamTime(from)} → ${vietnamTime(to)}\n`
    : `${name}\n  SHA-256 ${cert.fingerprint256}\n  SHA-1   ${sha1}\n  hiệu lực ${vietnamTime(from)} → ${vietnamTime(to)}\n`;
}
