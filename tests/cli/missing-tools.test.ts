// A machine without LibreOffice or poppler: the tests that need them stop with one line naming the package.

import { describe, expect, it } from 'vitest';
import { runTool } from '../helpers/tools.js';

describe('a missing system tool', () => {
  it.each([
    ['soffice', 'libreoffice-writer-nogui'],
    ['pdftotext', 'poppler-utils'],
  ])('%s: one line naming the Debian package %s', (tool, pkg) => {
    // An empty PATH hides the real tool, as on a machine that lacks it.
    let error: Error | undefined;
    try {
      runTool(tool, ['--version'], { env: { PATH: '' }, stdio: 'ignore' });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toBe(`${tool} is not installed: install the Debian package ${pkg} (sudo apt-get install -y ${pkg}), or run .ci/run, which installs every tool the tests need`);
    expect(error?.stack).not.toContain('\n');
  });
});
