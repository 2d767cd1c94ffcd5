// Each kind's way to a new document, reached through its entry in the registry of kinds (src/kinds/registry.ts):
// `giaouoc new` never decides by a kind's name, and a kind without a scaffolder cannot be scaffolded as another.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { parseSource } from '../documents/parse.js';
import { decodeSource } from '../documents/source.js';
import { UserError } from '../errors.js';
import { overlaps, quarterPeriod } from '../kinds/period.js';
import type { PlanDocument, ScoringTableDocument } from '../kinds/model.js';
import type { KindSpec } from '../kinds/registry.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import { scaffoldCompact } from './compact.js';
import { advanceDocument } from './from-previous.js';
import { scaffoldGeneral } from './general.js';
import { compactForPlan, scaffoldPlan } from './plan.js';
import { scaffoldReport, type PlanSource } from './report.js';
import type { KindScaffolder } from './request.js';
import { scaffoldScoreSheet, sheetBloc, type ScoringTableSource } from './score-sheet.js';
import { scaffoldScoringTable } from './scoring-table.js';

// A bloc's members change from year to year: next year's compact takes the parties the registry gives that year.
export const newCompact: KindScaffolder = async ({ base, from }) =>
  from ? advanceDocument({ ...base, previous: from.parsed, previousShown: from.shown, renewParties: true }) : scaffoldCompact(base);

export const newPlan: KindScaffolder = async ({ base, documents, from }) => {
  const compact = compactForPlan(documents.filter(followedBy(base.kind)), base.issuer, base.year);
  return from ? advanceDocument({ ...base, previous: from.parsed, previousShown: from.shown, relink: { compact } }) : scaffoldPlan({ ...base, compact });
};

export const newReport: KindScaffolder = async ({ base, documents, from, quarter = 1 }) => {
  const plan = from ? { value: from.parsed.value as PlanDocument, relative: from.relative } : await findPlan(documents.filter(followedBy(base.kind)), base.issuer.id, base.year, quarter, base.target.root);
  return scaffoldReport({ ...base, quarter, plan });
};

export const newScoringTable: KindScaffolder = async ({ base, from }) =>
  from ? advanceDocument({ ...base, previous: from.parsed, previousShown: from.shown }) : scaffoldScoringTable(base);

export const newScoreSheet: KindScaffolder = async ({ base, documents, bloc: named }) => {
  const bloc = sheetBloc(base.config, base.issuer, base.year, named);
  const table = await findScoringTable(documents.filter(followedBy(base.kind)), bloc.id, base.year, base.target.root);
  return scaffoldScoreSheet({ ...base, bloc, table });
};

export const newGeneral: KindScaffolder = async ({ base, from, type }) =>
  from ? advanceDocument({ ...base, previous: from.parsed, previousShown: from.shown }) : scaffoldGeneral({ ...base, type });

/** Documents of the kind that `kind` follows (a report its plan, a plan its compact, a score sheet its table). */
function followedBy(kind: KindSpec): (known: KnownDocument) => boolean {
  return (known) => kind.follows !== null && known.facts.kind === kind.follows.kind;
}

function repoRelative(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** The plan whose period covers the quarter: a school-year plan of 2021-2022 serves the reports of 2022's first half. */
async function findPlan(plans: readonly KnownDocument[], issuer: string, year: number, quarter: number, root: string): Promise<PlanSource | undefined> {
  const reported = quarterPeriod(year, quarter);
  const covers = (known: KnownDocument) => (known.facts.period ? overlaps(known.facts.period, reported) : known.facts.year === year);
  const issued = plans.filter((known) => known.facts.issuer.id === issuer && covers(known));
  const doc = issued.find((known) => known.facts.year === year) ?? issued[0];
  if (!doc) return undefined;
  const parsed = parseSource(decodeSource(await readFile(doc.file)).text);
  if (parsed.problems.length > 0) return undefined;
  return { value: parsed.value as PlanDocument, relative: repoRelative(root, doc.file) };
}

/** The bloc's scoring table of the year, which a score sheet lists every criterion of. */
async function findScoringTable(tables: readonly KnownDocument[], bloc: string, year: number, root: string): Promise<ScoringTableSource> {
  const doc = tables.find((known) => known.facts.year === year && known.facts.issuer.id === bloc);
  if (!doc) {
    throw new UserError({
      vi: `kho chưa có bảng điểm năm ${year} của khối ${bloc} để lập phiếu chấm điểm; hãy tạo trước: giaouoc new bang-diem --bloc ${bloc} --year ${year}`,
      en: `the repository has no ${year} scoring table of the bloc ${bloc} to build the score sheet from; create it first: giaouoc new scoring-table --bloc ${bloc} --year ${year}`,
    });
  }
  const relativePath = repoRelative(root, doc.file);
  const parsed = parseSource(decodeSource(await readFile(doc.file)).text);
  if (parsed.problems.length > 0) {
    throw new UserError({
      vi: `bảng điểm ${relativePath} còn lỗi nên chưa lập được phiếu chấm điểm; hãy chạy \`giaouoc validate ${relativePath}\` và sửa các lỗi`,
      en: `the scoring table ${relativePath} has errors, so no score sheet can be built yet; run \`giaouoc validate ${relativePath}\` and fix them`,
    });
  }
  return { value: parsed.value as ScoringTableDocument, relative: relativePath };
}
