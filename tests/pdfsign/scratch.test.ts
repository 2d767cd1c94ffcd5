import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { test } from 'vitest';
import { makeTestPki } from './helpers/pki.js';
import { samplePdf } from './helpers/sample.js';
import { appendDss, derOfPem, signField } from './helpers/sign-pdf.js';
import { PdfFile } from '../../src/pdfsign/pdf-file.js';
import { checkSignatures } from '../../src/pdfsign/check-signatures.js';

test('scratch', async () => {
  const pki = makeTestPki(mkdtempSync(join(tmpdir(), 'pki-')));
  let pdf = await samplePdf();
  pdf = signField(pdf, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true });
  pdf = signField(pdf, 'ky-cd-ubmttq-tinh', pki.signers.thao, pki);
  pdf = appendDss(pdf, { certs: [derOfPem(pki.intermediate.pem)], crls: [pki.crl], ocsps: [pki.ocsp('thao')] });
  const anchors = [new X509Certificate(pki.root.pem)];
  console.log(JSON.stringify(checkSignatures(new PdfFile(pdf), anchors), null, 1));
}, 60000);
