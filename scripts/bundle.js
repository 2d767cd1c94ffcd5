// Bundles the compiled CLI (dist/, from tsc) into dist/cli/ with esbuild, so that a run loads a few files instead of
// hundreds of small modules. The bundle sits two folders below the package like the rest of dist/, so paths built
// from import.meta.url (templates, schemas, the validation worker) still resolve.
// - dist/cli/main.cjs: the whole CLI as one CommonJS script. bin/giaouoc.js runs it through dist/cli/start.cjs,
//   which keeps V8's compiled code of it between runs (src/startup/compiled-code.ts): Node 20 has no code cache
//   for ES modules. Lazy imports stay lazy: a module's code runs only when its command asks for it.
// - dist/cli/start.cjs: the start, CommonJS like bin/giaouoc.js (bin/package.json), so that a run never starts
//   Node's ES module loader, whose asynchronous set-up and file reads cost about 10 ms of every command.
// - the two workers: ES modules with shared chunks (the workers load only what they use).
// Every file is plain ASCII: V8 then keeps the source as a one-byte string, read without decoding.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildId } from './build-id.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'cli');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Kept out of the bundle: packages that load files, workers or wasm next to themselves (pdf.js, Chromium's driver,
// fonts), or that are large and loaded only by the commands that print, so bundling them gains no start-up time.
// docx is bundled: its own dependencies stay out of the package, and it lands in the lazy DOCX chunk.
const external = ['puppeteer-core', 'pdfjs-dist', 'pdf-lib', 'pkijs', 'asn1js', 'simple-git', '@fontsource/*'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  external,
  // The version is fixed at build time: the bundle does not sit where version.ts looks for package.json.
  // The build's digest keys the caches (scripts/build-id.js).
  define: { GIAOUOC_BUNDLED_VERSION: JSON.stringify(version), GIAOUOC_BUILD_ID: JSON.stringify(buildId(dist)) },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

// Every validator at once (1.4 MB) is read only by the signed registry's check: it stays its own file, loaded
// when that check runs, instead of making every run read it with the bundle.
const validatorsApart = {
  name: 'validators-apart',
  setup(build) {
    build.onResolve({ filter: /generated\/validators\.js$/ }, () => ({ path: '../validate/generated/validators.js', external: true }));
  },
};

// commander loads node:child_process (about 2.5 ms, with net, dgram and streams) at start for executable
// subcommands, which giaouoc has none of: it gets the module only if it ever asks for one of its functions.
const commanderSpawnsLazily = {
  name: 'commander-spawns-lazily',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require('node:${args.path}')[key] });`,
      loader: 'js',
    }));
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    worker: join(dist, 'validate', 'worker.js'),
  },
  outdir: out,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunk-[hash]',
  // CommonJS packages inside an ESM bundle call require() for Node's built-ins; give them one.
  banner: { js: "import { createRequire as __giaouocRequire } from 'node:module'; const require = __giaouocRequire(import.meta.url);" },
});
// The CommonJS scripts: import.meta.url becomes the script's own file URL.
const commonJs = {
  ...common,
  outdir: out,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__giaouocUrl' },
  banner: { js: "var __giaouocUrl = require('node:url').pathToFileURL(__filename).href;" },
};
await build({
  ...commonJs,
  entryPoints: { main: join(dist, 'main.js') },
  // A script run by vm has no import() of its own: every lazy import becomes a deferred require().
  supported: { 'dynamic-import': false },
  plugins: [validatorsApart, commanderSpawnsLazily],
});
await build({ ...commonJs, entryPoints: { start: join(dist, 'startup', 'start.js') } });

for (const name of readdirSync(out)) asciiOnly(join(out, name));
// The validators of each kind (compile-schemas.ts) are read the same way (src/startup/compiled-code.ts): their
// messages and patterns are Vietnamese, which made a run decode 300 KB of UTF-8 for the one it loads.
const kinds = join(dist, 'validate', 'generated', 'kinds');
for (const name of readdirSync(kinds)) asciiOnly(join(kinds, name));

/**
 * Writes the characters esbuild leaves as they are (in regular expressions) as \u escapes, which mean the same in
 * strings, templates, regular expressions and names.
 */
export function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return;
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
