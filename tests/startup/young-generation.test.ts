// A run that keeps much of what it allocates made V8 double its young generation up to 32 MB, which then stayed in
// the run's peak memory (60 MB more at 10,000 documents). The start keeps it at its first size; a growth factor
// given on node's command line is left as it is. A warm validation lets it grow again: what survives there is read
// from the cache.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/run-cli.js';

const HEAP_GROWTH = pathToFileURL(join(PROJECT, 'dist', 'startup', 'heap-growth.js')).href;

/** The young generation's size (MB) after allocating 3 million objects and keeping a third of them. */
function youngGenerationAfterWork(keepSmall: boolean, nodeOptions: string[] = [], thenGrow = false): number {
  const program = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { keepYoungGenerationSmall, letYoungGenerationGrow } from ${JSON.stringify(HEAP_GROWTH)};
    if (${keepSmall}) keepYoungGenerationSmall();
    if (${thenGrow}) letYoungGenerationGrow();
    const kept = [];
    for (let index = 0; index < 3e6; index++) { const item = { index, text: 'x' + index }; if (index % 3 === 0) kept.push(item); }
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    process.stdout.write(String(young.space_size / 1048576));`;
  const result = spawnSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', program], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return Number(result.stdout);
}

describe('the young generation', () => {
  it('stays at its first size once kept small, where V8 alone grows it', () => {
    expect(youngGenerationAfterWork(false)).toBeGreaterThanOrEqual(16);
    expect(youngGenerationAfterWork(true)).toBeLessThanOrEqual(4);
  });

  it('is left to a growth factor given on the command line', () => {
    expect(youngGenerationAfterWork(true, ['--semi-space-growth-factor=2'])).toBeGreaterThanOrEqual(16);
  });

  it('grows again once let grow (a warm validation, whose survivors are answers read from the cache)', () => {
    expect(youngGenerationAfterWork(true, [], true)).toBeGreaterThanOrEqual(16);
  });
});
