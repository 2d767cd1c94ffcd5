// The system tools some tests run for real. When one is missing, the test stops with one line naming the Debian
// package to install, instead of a raw `spawnSync soffice ENOENT`. (`.ci/run` installs them all.)

import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';

const PACKAGES: Record<string, string> = {
  soffice: 'libreoffice-writer-nogui',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  git: 'git',
  'ssh-keygen': 'openssh-client',
  qpdf: 'qpdf',
};

export function missingTool(tool: string): Error {
  const pkg = PACKAGES[tool] ?? tool;
  const error = new Error(`${tool} is not installed: install the Debian package ${pkg} (sudo apt-get install -y ${pkg}), or run .ci/run, which installs every tool the tests need`);
  // One line: the stack would only point into this helper.
  error.stack = error.message;
  return error;
}

/** execFileSync that names the package to install when the tool is not there. */
export function runTool(tool: string, args: readonly string[], options: ExecFileSyncOptions & { encoding: BufferEncoding }): string;
export function runTool(tool: string, args: readonly string[], options?: ExecFileSyncOptions): string | Buffer;
export function runTool(tool: string, args: readonly string[], options: ExecFileSyncOptions = {}): string | Buffer {
  try {
    return execFileSync(tool, args, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingTool(tool);
    throw error;
  }
}
