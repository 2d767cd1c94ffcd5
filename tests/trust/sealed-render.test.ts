// A repository's templates are hostile: the PDF page may load nothing but giaouoc's own fonts — no file, no
// network, no script — and no Chromium outlives giaouoc, even when giaouoc is killed.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PdfPrinter } from '../../src/render/pdf/printer.js';
import { renderViewHtml } from '../../src/render/html.js';
import { EMBEDDED_FAMILY } from '../../src/render/fonts.js';
import { pdfFonts } from '../render/poppler.js';
import { BIN, PROJECT } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'giaouoc-sealed-'));
const SECRET = 'BI-MAT-KHOA-RIENG-123';
let server: Server;
const requests: string[] = [];
let origin = '';

beforeAll(async () => {
  writeFileSync(join(dir, 'id_ed25519'), `${SECRET}\n`);
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.setHeader('content-type', request.url?.endsWith('.css') ? 'text/css' : 'text/html');
    response.end(request.url?.endsWith('.css') ? `body::after { content: "${SECRET}" }` : `<p>${SECRET}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostileArticle(): string {
  const secretUrl = `file://${join(dir, 'id_ed25519')}`;
  return [
    `<style>@import url("${origin}/import.css"); .x { background: url("${origin}/bg.png") } @font-face { font-family: F; src: url("${origin}/font.woff2") } .y { font-family: F }</style>`,
    `<link rel="stylesheet" href="${origin}/link.css">`,
    `<article><h1 class="y">Văn bản</h1><p class="x">nội dung</p>`,
    `<iframe src="${secretUrl}" width="600" height="100"></iframe>`,
    `<object data="${secretUrl}" width="600" height="100"></object>`,
    `<embed src="${secretUrl}" width="600" height="100">`,
    `<img src="${origin}/img.png"><img src="${secretUrl}">`,
    `<iframe src="${origin}/frame.html"></iframe>`,
    `<script>fetch("${origin}/fetch").catch(()=>{}); document.write("SCRIPT-RAN"); new Image().src = "${origin}/script-img";</script>`,
    `<video src="${origin}/video.mp4"></video><audio src="${origin}/audio.mp3"></audio>`,
    `<meta http-equiv="refresh" content="0; url=${secretUrl}">`,
    '</article>',
  ].join('\n');
}

describe('the PDF page is sealed', () => {
  test('a template reaching for files, the network and script gets nothing, and the fonts still embed', async () => {
    const env = { profile: (await import('../../src/render/profile.js')).defaultProfile, stylesheet: (await import('../../src/render/environment.js')).createTemplateEnvironment().stylesheet, templateFileOf: () => 'x', render: hostileArticle };
    const html = renderViewHtml({ documentTitle: 'Thử', kind: 'compact' } as never, env as never, { fonts: 'embedded' });
    const printer = await PdfPrinter.launch({ concurrency: 1 });
    let pdf: Buffer;
    try {
      pdf = await printer.print(html);
    } finally {
      await printer.close();
    }
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Văn bản');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('SCRIPT-RAN');
    expect(requests).toEqual([]);
    expect(pdfFonts(file).some((font) => font.name.includes(EMBEDDED_FAMILY))).toBe(true);
  }, 60_000);
});

/** Processes carrying `mark` in their environment whose program is Chromium's. */
function chromiumWith(mark: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`GIAOUOC_TEST_MARK=${mark}\0`)) continue;
      if (/chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'latin1'))) found.push(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('no Chromium outlives giaouoc', () => {
  test.skipIf(process.platform !== 'linux')('kill -9 during a PDF render leaves no browser process', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'giaouoc-kill-'));
    cpSync(join(PROJECT, 'examples'), repo, { recursive: true });
    const mark = `${process.pid}-${Date.now()}`;
    const child = spawn(process.execPath, [BIN, 'render', '--format', 'pdf', '--out', join(repo, 'out'), '.'], {
      cwd: repo,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GIAOUOC_CACHE_DIR: join(repo, '..', `${mark}-cache`), GIAOUOC_TEST_MARK: mark },
      stdio: 'ignore',
    });
    try {
      let seen = 0;
      for (let waited = 0; waited < 30_000 && seen === 0; waited += 100) {
        await sleep(100);
        seen = chromiumWith(mark).length;
      }
      expect(seen).toBeGreaterThan(0);
      child.kill('SIGKILL');
      let left = chromiumWith(mark);
      for (let waited = 0; waited < 5_000 && left.length > 0; waited += 100) {
        await sleep(100);
        left = chromiumWith(mark);
      }
      for (const pid of left) process.kill(pid, 'SIGKILL');
      expect(left).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      rmSync(repo, { recursive: true, force: true });
    }
  }, 60_000);
});
