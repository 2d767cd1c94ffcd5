// LibreOffice headless, converting .docx files to PDF with a private profile folder, so parallel runs do not
// fight over the user's profile (or each other's).
import { runTool } from '../../helpers/tools.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts every file into `outDir` (one soffice start for all) and returns the PDF paths in order. */
export function convertToPdf(files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'giaouoc-lo-profile-'));
  runTool(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return files.map((file) => join(outDir, file.replace(/^.*[\\/]/, '').replace(/\.docx$/, '.pdf')));
}
