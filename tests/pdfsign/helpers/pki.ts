// A test PKI made with the real openssl at test time: root → intermediate → signers (two registered officers,
// an unregistered one, an expired one, a revoked one), a foreign root with its own signer, a timestamping
// authority, a CRL and an OCSP response. Nothing is checked in; every run makes fresh keys.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Identity {
  cert: string;
  key: string;
  /** PEM of the certificate. */
  pem: string;
  p12?: string;
}

export interface TestPki {
  dir: string;
  root: Identity;
  intermediate: Identity;
  foreignRoot: Identity;
  signers: Record<'kha' | 'thao' | 'stranger' | 'expired' | 'revoked' | 'foreign', Identity>;
  tsa: Identity;
  ocspResponder: Identity;
  /** Intermediate, then root: what a PDF embeds beside the signer. */
  chainPem: string;
  crl: Buffer;
  /** The root's CRL (it revoked nothing): the intermediate's status. */
  rootCrl: Buffer;
  /** OCSP responses (DER) for the named signers. */
  ocsp(name: keyof TestPki['signers']): Buffer;
}

export function openssl(args: string[], options: { cwd?: string; input?: Buffer } = {}): Buffer {
  return execFileSync('openssl', args, { cwd: options.cwd, input: options.input, stdio: ['pipe', 'pipe', 'pipe'] });
}

const EXTENSIONS = `
[ ca_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ signer_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ tsa_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
[ ocsp_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = OCSPSigning
`;

function caConfig(dir: string): string {
  return `
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = ${dir}
database = ${dir}/index.txt
new_certs_dir = ${dir}/new
serial = ${dir}/serial
crlnumber = ${dir}/crlnumber
default_md = sha256
policy = policy_any
unique_subject = no
default_crl_days = 30
default_days = 365
[ policy_any ]
commonName = supplied
organizationName = optional
countryName = optional
userId = optional
${EXTENSIONS}
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = ${dir}
serial = ${dir}/tsaserial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;
}

interface Ca {
  dir: string;
  config: string;
  identity: Identity;
}

function makeCa(base: string, name: string, subject: string, parent?: Ca): Ca {
  const dir = join(base, name);
  mkdirSync(join(dir, 'new'), { recursive: true });
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), `${(16 + Math.floor(Math.random() * 200)).toString(16)}01\n`);
  writeFileSync(join(dir, 'crlnumber'), '01\n');
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  const config = join(dir, 'openssl.cnf');
  writeFileSync(config, caConfig(dir));
  const key = join(dir, 'ca.key');
  const cert = join(dir, 'ca.pem');
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key]);
  if (!parent) {
    openssl(['req', '-new', '-x509', '-utf8', '-key', key, '-subj', subject, '-days', '3650', '-config', config, '-extensions', 'ca_ext', '-out', cert]);
  } else {
    const csr = join(dir, 'ca.csr');
    openssl(['req', '-new', '-utf8', '-key', key, '-subj', subject, '-config', config, '-out', csr]);
    issue(parent, csr, cert, 'ca_ext');
  }
  return { dir, config, identity: { cert, key, pem: readFileSync(cert, 'utf8') } };
}

function issue(ca: Ca, csr: string, out: string, extensions: string, dates?: { start: string; end: string }): void {
  openssl([
    'ca', '-batch', '-utf8', '-notext', '-config', ca.config, '-cert', ca.identity.cert, '-keyfile', ca.identity.key,
    '-in', csr, '-out', out, '-extensions', extensions,
    ...(dates ? ['-startdate', dates.start, '-enddate', dates.end] : ['-days', '730']),
  ]);
}

function person(ca: Ca, base: string, name: string, subject: string, extensions = 'signer_ext', dates?: { start: string; end: string }): Identity {
  const key = join(base, `${name}.key`);
  const csr = join(base, `${name}.csr`);
  const cert = join(base, `${name}.pem`);
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key]);
  openssl(['req', '-new', '-utf8', '-key', key, '-subj', subject, '-config', ca.config, '-out', csr]);
  issue(ca, csr, cert, extensions, dates);
  return { cert, key, pem: readFileSync(cert, 'utf8') };
}

export function makeTestPki(base: string): TestPki {
  mkdirSync(base, { recursive: true });
  const root = makeCa(base, 'root', '/C=VN/O=Test Root CA/CN=Test Root CA (giaouoc)');
  const intermediate = makeCa(base, 'inter', '/C=VN/O=Test CA/CN=Test Intermediate CA', root);
  const foreign = makeCa(base, 'foreign', '/C=XX/O=Foreign/CN=Foreign Root CA');
  const people = join(base, 'people');
  mkdirSync(people, { recursive: true });
  const signers = {
    kha: person(intermediate, people, 'kha', '/C=VN/O=Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng/UID=CCCD:094000000001/CN=Dương Sà Kha'),
    thao: person(intermediate, people, 'thao', '/C=VN/O=Công đoàn cơ sở Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng/UID=CCCD:094000000002/CN=Lâm Thị Thu Thảo'),
    stranger: person(intermediate, people, 'stranger', '/C=VN/O=Công ty Khác/CN=Nguyễn Văn Lạ'),
    expired: person(intermediate, people, 'expired', '/C=VN/O=Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng/CN=Dương Sà Kha', 'signer_ext', { start: '20200101000000Z', end: '20210101000000Z' }),
    revoked: person(intermediate, people, 'revoked', '/C=VN/O=Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng/CN=Dương Sà Kha'),
    foreign: person(foreign, people, 'foreign', '/C=XX/O=Foreign/CN=Dương Sà Kha'),
  };
  writeFileSync(join(base, 'chain-for-p12.pem'), `${intermediate.identity.pem}${root.identity.pem}`);
  for (const [name, identity] of Object.entries(signers)) {
    identity.p12 = join(people, `${name}.p12`);
    openssl(['pkcs12', '-export', '-in', identity.cert, '-inkey', identity.key, '-passout', 'pass:', '-out', identity.p12, '-certfile', join(base, 'chain-for-p12.pem'), '-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']);
  }
  const tsa = person(intermediate, people, 'tsa', '/C=VN/O=Test TSA/CN=Test Timestamping Authority', 'tsa_ext');
  const ocspResponder = person(intermediate, people, 'ocsp', '/C=VN/O=Test CA/CN=Test OCSP Responder', 'ocsp_ext');
  openssl(['ca', '-batch', '-config', intermediate.config, '-cert', intermediate.identity.cert, '-keyfile', intermediate.identity.key, '-revoke', signers.revoked.cert, '-crl_reason', 'keyCompromise']);
  const crlFile = join(base, 'inter.crl');
  openssl(['ca', '-batch', '-config', intermediate.config, '-cert', intermediate.identity.cert, '-keyfile', intermediate.identity.key, '-gencrl', '-out', crlFile]);
  const crl = openssl(['crl', '-in', crlFile, '-outform', 'DER']);
  const rootCrlFile = join(base, 'root.crl');
  openssl(['ca', '-batch', '-config', root.config, '-cert', root.identity.cert, '-keyfile', root.identity.key, '-gencrl', '-out', rootCrlFile]);
  const rootCrl = openssl(['crl', '-in', rootCrlFile, '-outform', 'DER']);
  const chainPem = `${intermediate.identity.pem}${root.identity.pem}`;
  writeFileSync(join(base, 'chain.pem'), chainPem);
  return {
    dir: base,
    root: root.identity,
    intermediate: intermediate.identity,
    foreignRoot: foreign.identity,
    signers,
    tsa,
    ocspResponder,
    chainPem,
    crl,
    rootCrl,
    ocsp(name) {
      const request = join(base, `${name}.ocsp-req`);
      const response = join(base, `${name}.ocsp-resp`);
      openssl(['ocsp', '-issuer', intermediate.identity.cert, '-cert', signers[name].cert, '-no_nonce', '-reqout', request]);
      openssl(['ocsp', '-index', join(intermediate.dir, 'index.txt'), '-rsigner', ocspResponder.cert, '-rkey', ocspResponder.key, '-CA', intermediate.identity.cert, '-reqin', request, '-respout', response, '-ndays', '7']);
      return readFileSync(response);
    },
  };
}

/** An RFC 3161 token over `data` (a signature value), from the test TSA. */
export function timestampToken(pki: TestPki, data: Buffer): Buffer {
  const query = join(pki.dir, `ts-${process.hrtime.bigint()}.tsq`);
  const dataFile = `${query}.bin`;
  writeFileSync(dataFile, data);
  openssl(['ts', '-query', '-data', dataFile, '-sha256', '-cert', '-no_nonce', '-out', query]);
  const config = join(pki.dir, 'inter', 'openssl.cnf');
  return openssl(['ts', '-reply', '-config', config, '-queryfile', query, '-signer', pki.tsa.cert, '-inkey', pki.tsa.key, '-chain', join(pki.dir, 'chain.pem'), '-token_out']);
}
