// Bundles the compiled CLI (dist/, from tsc) into dist/cli/ with esbuild, so that a run loads a few files instead of
// hundreds of small modules. Every lazy import() stays a chunk of its own (ESM splitting): `--version` and `validate`
// load only what they use. The bundle sits two folders below the package like the rest of dist/, so paths built from
// import.meta.url (templates, schemas, the validation worker) still resolve.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'cli');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Kept out of the bundle: packages that load files, workers or wasm next to themselves (pdf.js, Chromium's driver,
// fonts), or that are large and loaded only by the commands that print, so bundling them gains no start-up time.
// docx is bundled: its own dependencies stay out of the package, and it lands in the lazy DOCX chunk.
const external = ['puppeteer-core', 'pdfjs-dist', 'pdf-lib', 'pkijs', 'asn1js', 'simple-git', '@fontsource/*'];

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: {
    main: join(dist, 'main.js'),
    worker: join(dist, 'validate', 'worker.js'),
    // The signature pool's worker (src/repo/signature-pool.ts), found beside the chunk that starts it.
    'signature-worker': join(dist, 'repo', 'signature-worker.js'),
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunk-[hash]',
  external,
  // The version is fixed at build time: the bundle does not sit where version.ts looks for package.json.
  define: { GIAOUOC_BUNDLED_VERSION: JSON.stringify(version) },
  // CommonJS packages inside an ESM bundle call require() for Node's built-ins; give them one.
  banner: { js: "import { createRequire as __giaouocRequire } from 'node:module'; const require = __giaouocRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
