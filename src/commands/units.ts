// `giaouoc don-vi [id] [--at date]` (alias `units`): a unit's (or a bloc's) history, or the registry on a date.
// Reads giaouoc.yaml alone, checked with its schema and rules; the documents are not read.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { CONFIG_FILE, requireRoot } from '../documents/repository.js';
import { registryOn, unitHistory } from '../domain/history.js';
import { isIsoDate } from '../domain/period.js';
import { registryOf } from '../domain/registry.js';
import { formatIssuesText } from '../output/issues-text.js';
import { formatBlocHistory, formatRegistryOn, formatUnitHistory } from '../output/units-text.js';
import { painterFor } from '../output/style.js';
import { checkFile } from '../validate/check-file.js';
import { closest } from '../validate/suggest.js';

export interface UnitsCommandOptions {
  at?: string;
  format: 'text' | 'json';
  lang: Lang;
}

export async function unitsCommand(id: string | undefined, options: UnitsCommandOptions, ctx: RunContext): Promise<number> {
  const date = options.at === undefined ? today() : checkedDate(options.at);
  const root = requireRoot(ctx.cwd);
  const file = join(root, CONFIG_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UserError(
      { vi: `không đọc được ${file} (${(error as NodeJS.ErrnoException).code}); hãy kiểm tra quyền đọc tệp`, en: `cannot read ${file} (${(error as NodeJS.ErrnoException).code}); check its permissions` },
      { cause: error },
    );
  }
  const result = checkFile(file, bytes, 'config');
  if (!result.config) {
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    const paint = painterFor(ctx.stderr, ctx.env);
    ctx.stderr.write(formatIssuesText(errors, 1, { cwd: ctx.cwd, lang: options.lang, paint, codeFrames: false }));
    return EXIT.findings;
  }
  const registry = registryOf(result.config);
  if (id === undefined) {
    const snapshot = registryOn(registry, date);
    ctx.stdout.write(options.format === 'json' ? `${JSON.stringify(snapshot, null, 2)}\n` : formatRegistryOn(snapshot, registry, options.lang));
    return EXIT.ok;
  }
  const history = unitHistory(registry, id);
  const bloc = registry.bloc(id);
  if (!history && bloc) {
    ctx.stdout.write(options.format === 'json' ? `${JSON.stringify(bloc, null, 2)}\n` : formatBlocHistory(bloc, registry, options.lang));
    return EXIT.ok;
  }
  if (!history) {
    const suggest = closest(id, [...result.config.units.map((unit) => unit.id), ...(result.config.blocs ?? []).map((entry) => entry.id)]);
    throw new UserError({
      vi: `không có đơn vị mã “${id}” trong giaouoc.yaml${suggest ? ` (có phải “${suggest}”?)` : ''}; chạy \`giaouoc don-vi\` để xem danh sách`,
      en: `there is no unit “${id}” in giaouoc.yaml${suggest ? ` (did you mean “${suggest}”?)` : ''}; run \`giaouoc units\` for the list`,
    });
  }
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ ...history, at: options.at === undefined ? undefined : registry.unitAt(id, date) }, null, 2)}\n`);
    return EXIT.ok;
  }
  let text = formatUnitHistory(history, registry, options.lang);
  if (options.at !== undefined) {
    const state = registry.unitAt(id, date)!;
    const people = registry.signatoriesAt(id, date).map((person) => person.name).join(', ') || '—';
    text += options.lang === 'en'
      ? `On ${date}: ${state.alive ? `${state.name}; in office: ${people}` : 'not in existence'}\n`
      : `Ngày ${date}: ${state.alive ? `${state.name}; người ký đương nhiệm: ${people}` : 'không hoạt động'}\n`;
  }
  ctx.stdout.write(text);
  return EXIT.ok;
}

function checkedDate(value: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!isIsoDate(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new UserError({ vi: `ngày “${value}” không hợp lệ; hãy ghi NĂM-THÁNG-NGÀY, ví dụ --at 2025-07-01`, en: `“${value}” is not a valid date; write YEAR-MONTH-DAY, e.g. --at 2025-07-01` });
  }
  return value;
}

/** Today in Vietnam, where the documents are dated. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
