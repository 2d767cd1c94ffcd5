// DOCX is checked as Word users print it: LibreOffice headless turns it into a PDF, which then meets the same
// rules as the browser's PDF. A private profile folder keeps parallel runs from fighting over the user's.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UserError } from '../../errors.js';

const run = promisify(execFile);

/** Converts every file into `outDir` with one LibreOffice start; returns the PDF paths in the files' order. */
export async function docxToPdf(files: string[], outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'giaouoc-lo-'));
  const soffice = env.SOFFICE_PATH || 'soffice';
  try {
    await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 300_000, killSignal: 'SIGKILL' },
    );
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(
      missing
        ? { vi: 'không tìm thấy LibreOffice (soffice) để kiểm tra bản DOCX; hãy cài LibreOffice hoặc đặt biến SOFFICE_PATH', en: 'LibreOffice (soffice) was not found to check the DOCX; install LibreOffice or set SOFFICE_PATH' }
        : { vi: 'LibreOffice không chuyển được bản DOCX sang PDF để kiểm tra; hãy chạy lại lệnh', en: 'LibreOffice could not convert the DOCX to PDF for the check; run the command again' },
      { cause: error },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((file) => join(outDir, basename(file).replace(/\.docx$/i, '.pdf')));
}
