import { it } from 'vitest';
import { generatedDocument, mutatedDocument } from './fast-yaml-corpus.js';
import { compareReaders, readText, yamlFilesUnder } from './fast-yaml-support.js';
it('big', () => {
  const sources = yamlFilesUnder(process.cwd()).filter((f) => !f.includes('invalid-')).map(readText);
  const counts: Record<string, number> = {};
  let bad = 0;
  for (let seed = 1; seed <= Number(process.env.N ?? 20000); seed++) {
    for (const [label, text] of [['gen', generatedDocument(seed)], ['mut', mutatedDocument(sources[seed % sources.length], seed)]] as const) {
      const v = compareReaders(text);
      const k = label + ' ' + (v === 'same' || v === 'declined' ? v : 'BAD');
      counts[k] = (counts[k] ?? 0) + 1;
      if (k.endsWith('BAD') && bad++ < 8) console.log(label, seed, v, JSON.stringify(text).slice(0, 1500));
    }
  }
  console.log(counts);
});
