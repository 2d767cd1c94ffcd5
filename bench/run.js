// `npm run bench`: every speed goal of the project, measured on this machine, printed as one table.
// `--quick` uses the smaller repositories only; `--write` also records the table in bench/README.md.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT, markdownTable } from './lib.js';

const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
// `--scale` runs bench/scale.js alone (sizes by `--sizes=1000,10000[,50000]`, signed documents by `--signatures=N`).
const scale = process.argv.includes('--scale');
const number = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3).split(',').map(Number);

const sections = scale ? [['scale', './scale.js', 'runScaleBench', { sizes: number('sizes') ?? [1000, 10000], signatures: number('signatures')?.[0] ?? 1000 }]] : [
  ['validate', './validate.js', 'runValidateBench', { sizes: quick ? [1000] : [1000, 10000] }],
  ['render', './render.js', 'runRenderBench', { quick }],
  ['signatures', './signatures.js', 'runSignatureBench', { quick }],
  ['docx', './docx.js', 'runDocxBench', { quick }],
  ['year-end', './year-end.js', 'runYearEndBench', { quick }],
  ['pdf-signatures', './pdf-signatures.js', 'runPdfSignatureBench', {}],
  ['numbers', './numbers.js', 'runNumbersBench', { quick }],
];

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const parts = [`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}${quick ? ' (quick run)' : ''}.`, ''];
for (const [name, file, exported, options] of sections) {
  if (only && !only.includes(name)) continue;
  if (!existsSync(join(PROJECT, 'bench', file))) continue;
  const module = await import(file);
  process.stderr.write(`bench: ${name}…\n`);
  const rows = await module[exported](options);
  parts.push(`### ${name}`, '', markdownTable(rows), '');
}
const table = parts.join('\n');
process.stdout.write(table + '\n');

if (write) {
  const readme = join(PROJECT, 'bench', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = scale ? '<!-- scale:begin -->' : '<!-- bench:begin -->';
  const end = scale ? '<!-- scale:end -->' : '<!-- bench:end -->';
  const updated = text.includes(begin)
    ? text.slice(0, text.indexOf(begin) + begin.length) + '\n' + table + '\n' + text.slice(text.indexOf(end))
    : `${text}\n${begin}\n${table}\n${end}\n`;
  writeFileSync(readme, updated);
}
