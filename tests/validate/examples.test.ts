import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate/run.js';
import { PROJECT } from '../helpers/run-cli.js';

describe('examples', () => {
  it('every example document validates without errors or warnings', async () => {
    const run = await validateRepository({ cwd: join(PROJECT, 'examples'), paths: [], cache: false });
    expect(run.issues).toEqual([]);
    expect(run.documents.map((doc) => doc.relative).sort()).toEqual(expect.arrayContaining([
      '2021/giao-uoc-khoi-thi-dua-1.yaml',
      '2024/giao-uoc-khoi-thi-dua-1.yaml',
    ]));
    expect(run.documents.length).toBeGreaterThanOrEqual(6);
  });
});
