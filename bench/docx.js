// DOCX speed: 100 documents rendered to .docx in one process (templates → HTML → WordprocessingML → zip).
// Runs after `npm run build`:
//   node bench/docx.js [--n 100]
import { pathToFileURL } from 'node:url';
import { buildViewModel, createTemplateEnvironment, renderViewDocx } from '../dist/render/index.js';
import { loadExampleInputs } from './examples.js';
import { formatMs, markdownTable } from './lib.js';


export async function runDocxBench({ n = 100 } = {}) {
  const inputs = loadExampleInputs();
  if (inputs.length === 0) throw new Error('no example documents to render');
  const env = createTemplateEnvironment();
  const batch = Array.from({ length: n }, (_, i) => inputs[i % inputs.length]);
  const render = (input) => renderViewDocx(buildViewModel(input, env.profile), env, input.document.date);
  await render(batch[0]);
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const input of batch) bytes += (await render(input)).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return [
    {
      name: `DOCX, ${n} documents`,
      value: `${seconds.toFixed(2)} s (${formatMs((seconds * 1000) / n)} each, ${Math.round(bytes / n / 1024)} KiB)`,
      goal: '< 5 s',
      ok: seconds < 5,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--n');
  const n = at > 0 ? Number(process.argv[at + 1]) : 100;
  const rows = await runDocxBench({ n });
  process.stdout.write(`${markdownTable(rows)}\n`);
}
