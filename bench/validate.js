// Benchmarks of `giaouoc validate` (issue goals in bench/README.md; the goals are set for 10,000 documents): repositories of N copies of the examples,
// cold and warm, against the single-process floor and ajv-cli; start-up against `node -e 0`.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { join } from 'node:path';
import { BIN, PROJECT, WORK, formatMs, median, timeCommand, emptyCache } from './lib.js';

const examples = join(PROJECT, 'examples');

/**
 * A repository of `count` distinct, valid documents made from the examples: copy k of the example set moves every
 * year by 4·(k mod 19) (the examples span 2021–2024, so shifted sets never collide) and suffixes every unit and bloc
 * id with its set number (k div 19), registering those units and blocs in giaouoc.yaml; references to other
 * files (a report's plan, a score sheet's evidence) follow the copy into its folder.
 */
export function buildRepository(count) {
  const dir = join(WORK, `validate-${count}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const config = parse(readFileSync(join(examples, 'giaouoc.yaml'), 'utf8'));
  const ids = [...config.units.map((unit) => unit.id), ...(config.blocs ?? []).map((bloc) => bloc.id)].sort((a, b) => b.length - a.length);
  const idPattern = new RegExp(`(?<![a-z0-9-])(${ids.join('|')})(?![a-z0-9-])`, 'g');
  const years = readdirSync(examples).filter((name) => /^\d{4}$/.test(name));
  // Documents others depend on come first, so a last copy cut short at `count` never keeps a report without its plan.
  const rank = (file) => ['giao-uoc', 'ke-hoach', 'bang-diem'].findIndex((prefix) => file.startsWith(prefix)) >>> 0;
  const files = years
    .flatMap((year) => readdirSync(join(examples, year)).map((file) => [year, file, readFileSync(join(examples, year, file), 'utf8')]))
    .sort((a, b) => rank(a[1]) - rank(b[1]));
  const SHIFTS = 19;
  const copies = Math.ceil(count / files.length);
  const sets = Math.ceil(copies / SHIFTS);
  // Each set's units get their own issuer codes too, so that their numbers are series of their own.
  const codes = config.units.map((unit) => unit.code).filter(Boolean).sort((a, b) => b.length - a.length);
  const codePattern = new RegExp(`(?<=[\\s"/-])(${codes.join('|')})(?![\\p{L}\\d&])`, 'gu');
  const rename = (text, set, shift) =>
    text
      .replace(idPattern, (id) => `${id}-s${set}`)
      .replace(codePattern, (code) => `${code}S${set}`)
      .replace(/(?<!\d)(20[12]\d)(?!\d)/g, (year) => String(Number(year) + shift));

  let written = 0;
  for (let copy = 0; copy < copies && written < count; copy++) {
    const set = Math.floor(copy / SHIFTS);
    const shift = 4 * (copy % SHIFTS);
    for (const [year, file, text] of files) {
      if (written >= count) break;
      const target = join(dir, `bo-${set}`, String(Number(year) + shift));
      mkdirSync(target, { recursive: true });
      const body = rename(text, set, shift).replace(/(: )(\d{4}\/[^\s/]+\.yaml)$/gm, `$1bo-${set}/$2`);
      writeFileSync(join(target, file), body.replace(/\$schema=\.\.\/\.\.\//, '$schema=../../../'));
      written++;
    }
  }
  const units = [];
  const blocs = [];
  for (let set = 0; set < sets; set++) {
    units.push(...config.units.map((unit) => timeless(JSON.parse(rename(JSON.stringify(unit), set, 0)))));
    for (const bloc of config.blocs ?? []) {
      const renamed = timeless(JSON.parse(rename(JSON.stringify(bloc), set, 0)));
      renamed.years = Array.from({ length: SHIFTS }, (_, k) => renamed.years.map((term) => ({ ...term, year: term.year + 4 * k }))).flat();
      blocs.push(renamed);
    }
  }
  writeFileSync(join(dir, 'giaouoc.yaml'), stringify({ ...config, units, blocs }));
  writeFileSync(marker, '');
  return dir;
}

/**
 * The examples' registry records when bodies ended (2025); copies shifted decades ahead would name bodies outside
 * their life. Their registry drops the dates, which a registry may always leave out ("always").
 */
function timeless({ start, end, changes, successors, ...rest }) {
  if (rest.signatories) rest.signatories = rest.signatories.map(({ from, until, ...person }) => person);
  return rest;
}

export function runValidateBench({ sizes = [1000, 10000], runs = 3 } = {}) {
  const rows = [];
  const cacheDir = join(WORK, 'cache');
  const env = { ...process.env, GIAOUOC_CACHE_DIR: cacheDir, NO_COLOR: '1' };
  const clearCache = () => emptyCache(cacheDir);

  const nodeFloor = timeCommand(process.execPath, ['-e', '0'], { runs: 15 }).ms;
  const version = timeCommand(process.execPath, [BIN, '--version'], { runs: 15 }).ms;
  rows.push({ name: '`giaouoc --version`', value: formatMs(version), compare: `node -e 0: ${formatMs(nodeFloor)}`, ratio: (version / nodeFloor).toFixed(2) + '×', goal: '≤ 1.5×', ok: version / nodeFloor <= 1.5 });
  // Run from the examples, as a user runs it in their repository: from the project's own folder the cache folder
  // (bench/.work) would lie inside the working directory's repository, where compiled code is never loaded from.
  const oneFile = join('2024', 'giao-uoc-khoi-thi-dua-1.yaml');
  const inExamples = { cwd: examples, env };
  timeCommand(process.execPath, [BIN, 'validate', oneFile], { runs: 1, ...inExamples });
  const one = timeCommand(process.execPath, [BIN, 'validate', oneFile], { runs: 15, ...inExamples }).ms;
  rows.push({ name: 'validate one file (cache kept between runs, as by default)', value: formatMs(one), compare: `node -e 0: ${formatMs(nodeFloor)}`, ratio: (one / nodeFloor).toFixed(2) + '×', goal: '≤ 2×', ok: one / nodeFloor <= 2 });
  const oneCold = timeCommand(process.execPath, [BIN, 'validate', '--no-cache', oneFile], { runs: 15, ...inExamples }).ms;
  rows.push({ name: 'validate one file, --no-cache (parses the registry and the file; the others by their header lines)', value: formatMs(oneCold), compare: `node -e 0: ${formatMs(nodeFloor)}`, ratio: (oneCold / nodeFloor).toFixed(2) + '×', goal: '≤ 2×', ok: oneCold / nodeFloor <= 2 });

  for (const size of sizes) {
    const dir = buildRepository(size);
    // The floor and the cold run alternate, so a machine whose speed drifts during the run affects both alike.
    const floorTimes = [];
    const coldTimes = [];
    let coldResult;
    for (let i = 0; i < runs; i++) {
      floorTimes.push(timeCommand(process.execPath, [join(PROJECT, 'bench', 'validate-floor.js'), dir], { runs: 1 }).ms);
      const once = timeCommand(process.execPath, [BIN, 'validate', '--quiet'], { runs: 1, cwd: dir, env, before: clearCache });
      coldTimes.push(once.ms);
      coldResult = once.result;
    }
    const floor = median(floorTimes);
    const cold = { ms: median(coldTimes), result: coldResult };
    if (cold.result.status !== 0) throw new Error(`validate failed on the bench repository: ${cold.result.stdout}${cold.result.stderr}`);
    const warm = timeCommand(process.execPath, [BIN, 'validate', '--quiet'], { runs, cwd: dir, env }).ms;
    const ajvCli = timeAjvCli(dir, runs);
    const n = size.toLocaleString('en');
    rows.push({ name: `${n} documents: single-process floor (yaml + ajv)`, value: formatMs(floor) });
    rows.push({ name: `${n} documents: validate, cold`, value: formatMs(cold.ms), compare: `floor ${formatMs(floor)}`, ratio: (cold.ms / floor).toFixed(2) + '×', ...(size >= 10000 ? { goal: '≤ 0.7× with both cores', ok: cold.ms <= 0.7 * floor } : {}) });
    rows.push({ name: `${n} documents: validate, nothing changed`, value: formatMs(warm), compare: `floor ${formatMs(floor)}`, ratio: (warm / floor).toFixed(2) + '×', ...(size >= 10000 ? { goal: '< 0.2×', ok: warm / floor < 0.2 } : {}) });
    rows.push({ name: `${n} documents: ajv-cli (js-yaml, YAML 1.1)`, value: formatMs(ajvCli.ms), compare: ajvCli.note });
  }
  return rows;
}

/** ajv-cli validates one schema per run: one run per kind, summed. */
function timeAjvCli(dir, runs) {
  const ajv = join(PROJECT, 'node_modules', '.bin', 'ajv');
  let total = 0;
  let failures = 0;
  const patterns = { compact: 'giao-uoc', plan: 'ke-hoach', report: 'bao-cao', 'scoring-table': 'bang-diem', 'score-sheet': 'cham-diem' };
  for (const [kind, slug] of Object.entries(patterns)) {
    const { ms, result } = timeCommand(ajv, ['validate', '--spec=draft2020', '--strict=true', '--strict-schema=false', '--all-errors', '-s', join(PROJECT, 'schemas', `${kind}.schema.json`), '-d', `**/${slug}-*.yaml`], { runs, cwd: dir });
    total += ms;
    failures += (result.stderr.match(/ invalid/g) ?? []).length + (result.stdout.match(/ invalid/g) ?? []).length;
  }
  return { ms: total, note: failures ? `${failures} files rejected: YAML 1.1 reads dates as Date objects` : 'all valid' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdownTable } = await import('./lib.js');
  const sizes = process.argv.includes('--quick') ? [1000] : [1000, 10000];
  console.log(markdownTable(runValidateBench({ sizes })));
}
