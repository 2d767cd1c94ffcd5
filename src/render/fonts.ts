// Fonts. HTML asks for "Times New Roman" first and lets the reader's system supply it. A PDF must look
// the same everywhere, so it gets @font-face rules for Tinos (metric-compatible with Times New Roman)
// from @fontsource/tinos, which Chromium then embeds; no system font takes part.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The subsets Vietnamese text needs: ASCII and Latin-1, the Latin extensions (ă đ ơ ư), the Vietnamese block. */
export const TINOS_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'italic' },
] as const;

export const EMBEDDED_FAMILY = 'Tinos';

let cachedCss: string | undefined;

/** The folder of @fontsource/tinos, found from this module (works from src/ and dist/). */
export function tinosPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/tinos/package.json'));
}

/** @font-face rules for every subset and face; the URLs are file:// URLs of the package's woff2 files. */
export function embeddedFontCss(): string {
  if (cachedCss !== undefined) return cachedCss;
  const dir = tinosPackageDir();
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const rules: string[] = [];
  for (const subset of TINOS_SUBSETS) {
    const range = ranges[subset];
    if (!range) throw new Error(`@fontsource/tinos has no unicode range for subset "${subset}"`);
    for (const face of FACES) {
      const file = join(dir, 'files', `tinos-${subset}-${face.weight}-${face.style}.woff2`);
      rules.push(
        [
          '@font-face {',
          `  font-family: "${EMBEDDED_FAMILY}";`,
          `  font-style: ${face.style};`,
          `  font-weight: ${face.weight};`,
          '  font-display: block;',
          `  src: url("${pathToFileURL(file).href}") format("woff2");`,
          `  unicode-range: ${range};`,
          '}',
        ].join('\n'),
      );
    }
  }
  cachedCss = `${rules.join('\n')}\n`;
  return cachedCss;
}
