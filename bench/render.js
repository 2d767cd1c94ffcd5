// Rendering speed: HTML for 1,000 documents, a PDF batch with one browser, one PDF with browser start,
// and Chromium's own --print-to-pdf on the same HTML. Runs after `npm run build`:
//   node bench/render.js [--n 100]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CHROMIUM_FLAGS,
  PdfPrinter,
  buildViewModel,
  createTemplateEnvironment,
  findBrowser,
  finishOfView,
  renderDocumentToFile,
  renderHtml,
  renderViewHtml,
} from '../dist/render/index.js';
import { loadExampleInputs } from './examples.js';
import { WORK, formatMs, markdownTable } from './lib.js';


function cycle(inputs, n) {
  return Array.from({ length: n }, (_, i) => ({ ...inputs[i % inputs.length], sourceFile: `doc-${i}.yaml` }));
}

const seconds = (ns) => Number(ns) / 1e9;

export async function runRenderBench({ n = 100, htmlCount = 1000, cliCount = 5 } = {}) {
  const inputs = loadExampleInputs();
  if (inputs.length === 0) throw new Error('no example documents to render');
  const env = createTemplateEnvironment();
  const rows = [];

  // HTML
  const htmlInputs = cycle(inputs, htmlCount);
  renderHtml(htmlInputs[0], env);
  let started = process.hrtime.bigint();
  for (const input of htmlInputs) renderHtml(input, env);
  const htmlSeconds = seconds(process.hrtime.bigint() - started);
  rows.push({ name: `HTML, ${htmlCount} documents`, value: `${htmlSeconds.toFixed(2)} s`, goal: '< 5 s', ok: htmlSeconds < 5 });

  // PDF batch, one browser, pages reused two at a time; each PDF finished (metadata, XMP, output intent) as
  // `giaouoc render` writes it. Then the same batch tagged, to weigh what a structure tree costs.
  const out = join(WORK, 'render');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const pdfInputs = cycle(inputs, n);
  const items = pdfInputs.map((input) => {
    const view = buildViewModel(input, env.profile);
    return { html: renderViewHtml(view, env, { fonts: 'embedded' }), finish: finishOfView(view, input.document.date) };
  });
  const batch = async (tagged) => {
    const printer = await PdfPrinter.launch({ concurrency: 2, tagged });
    try {
      await printer.print(items[0].html, items[0].finish);
      const begun = process.hrtime.bigint();
      const pdfs = await printer.printMany(items);
      const rate = n / seconds(process.hrtime.bigint() - begun);
      return { rate, pdfs };
    } finally {
      await printer.close();
    }
  };
  const plain = await batch(false);
  const batchRate = plain.rate;
  plain.pdfs.forEach((pdf, i) => writeFileSync(join(out, `doc-${i}.pdf`), pdf));
  const tagged = await batch(true);

  // Chromium's own printing of the same HTML, one process per document
  const browser = findBrowser();
  const cliFiles = items.slice(0, cliCount).map((item, i) => {
    const file = join(out, `cli-${i}.html`);
    writeFileSync(file, item.html);
    return file;
  });
  started = process.hrtime.bigint();
  for (const file of cliFiles) {
    execFileSync(browser, [
      '--headless',
      ...CHROMIUM_FLAGS,
      '--no-pdf-header-footer',
      `--print-to-pdf=${file.replace(/\.html$/, '.pdf')}`,
      pathToFileURL(file).href,
    ], { stdio: 'ignore' });
  }
  const cliPerDoc = seconds(process.hrtime.bigint() - started) / cliFiles.length;
  rows.push({
    name: `PDF batch of ${n}, one browser, 2 pages`,
    value: `${batchRate.toFixed(1)} docs/s`,
    compare: `chromium --print-to-pdf: ${(1 / cliPerDoc).toFixed(1)} docs/s (${formatMs(cliPerDoc * 1000)} each)`,
    ratio: `${(batchRate * cliPerDoc).toFixed(1)}×`,
    goal: '≥ 15 docs/s',
    ok: batchRate >= 15,
  });
  rows.push({
    name: `PDF batch of ${n}, tagged (structure tree)`,
    value: `${tagged.rate.toFixed(1)} docs/s`,
    compare: `untagged: ${batchRate.toFixed(1)} docs/s`,
    ratio: `${(tagged.rate / batchRate).toFixed(2)}×`,
  });

  // One document, browser start included (what a single `giaouoc render --format pdf` pays)
  started = process.hrtime.bigint();
  await renderDocumentToFile({ ...inputs[0], sourceFile: join(out, 'single.yaml') }, { format: 'pdf', env });
  const single = seconds(process.hrtime.bigint() - started);
  rows.push({
    name: 'one PDF, browser start included',
    value: formatMs(single * 1000),
    compare: `chromium --print-to-pdf: ${formatMs(cliPerDoc * 1000)}`,
    ratio: `${(single / cliPerDoc).toFixed(2)}×`,
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--n');
  const n = at > 0 ? Number(process.argv[at + 1]) : 100;
  const rows = await runRenderBench({ n });
  process.stdout.write(`${markdownTable(rows)}\n`);
}
