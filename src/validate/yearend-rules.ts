// Year-end rules across documents: every score sheet against its bloc's scoring table and the bloc's members.
// Like the other cross rules they read facts only, so a changed table re-checks every sheet at no parsing cost.

import type { Ref } from '../kinds/facts.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { overlaps } from '../kinds/period.js';
import { yearEndRole } from '../kinds/registry.js';
import { scoringBody, type ScoringBody } from '../domain/scored-members.js';
import type { ClaimFact, ScoreSheetFacts } from '../kinds/score-sheet.js';
import { TIE_BREAK_KEYWORDS, type ScoringTableFacts } from '../kinds/scoring-table.js';
import type { KnownDocument } from './cross-rules.js';
import type { Issue, IssueArgs } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { closest } from './suggest.js';

type Place = Omit<Ref, 'id'>;
type Reporter = (place: Place, code: string, args: IssueArgs) => void;

/** `paths`: every document of the repository, for evidence references (defaults to those given). */
export function yearEndIssues(config: RepositoryConfig, documents: readonly KnownDocument[], paths: ReadonlySet<string> = new Set(documents.map((doc) => doc.relative))): Issue[] {
  const issues: Issue[] = [];
  const reporterFor = (file: string): Reporter => (place, code, args) =>
    issues.push({ file, line: place.line, column: place.column, path: place.path, severity: MESSAGES[code].severity, code, args });
  const bodies = new Map<string, ScoringBody | undefined>();
  const bodyOf = (id: string, year: number) => {
    const key = `${id}|${year}`;
    if (!bodies.has(key)) bodies.set(key, scoringBody(config, id, year));
    return bodies.get(key);
  };
  // Each kind's entry says what its documents are here: the criteria members are scored by, or a member's claims.
  const tables = documents.filter((doc) => yearEndRole(doc.facts.kind) === 'criteria');
  // By issuer, once: looked up for each sheet, a scan of every table cost seconds in an archive of thousands of each.
  const tablesBy = new Map<string, KnownDocument[]>();
  for (const table of tables) {
    const list = tablesBy.get(table.facts.issuer.id);
    if (list) list.push(table);
    else tablesBy.set(table.facts.issuer.id, [table]);
  }
  const present = new Set<string>();

  for (const doc of documents) {
    const report = reporterFor(doc.file);
    const role = yearEndRole(doc.facts.kind);
    if (role === 'criteria') checkTable(doc.facts as ScoringTableFacts, report);
    if (role !== 'claims') continue;
    const sheet = doc.facts as ScoreSheetFacts;
    if (!sheet.bloc) continue;
    const body = bodyOf(sheet.bloc.id, sheet.year);
    if (!body) {
      const known = [...(config.blocs ?? []).map((bloc) => bloc.id), ...config.units.map((unit) => unit.id)];
      report(sheet.bloc, 'score-sheet-unknown-bloc', { id: sheet.bloc.id, suggest: closest(sheet.bloc.id, known) ?? '' });
      continue;
    }
    const table = tableFor(tablesBy.get(body.id) ?? [], sheet);
    if (table && body.members.includes(sheet.issuer.id)) present.add(`${table.file}|${sheet.issuer.id}`);
    if (!body.members.includes(sheet.issuer.id)) report(sheet.issuer, 'score-sheet-not-member', { id: sheet.issuer.id, blocName: body.name, year: sheet.year });
    for (const file of sheet.evidenceFiles) {
      if (!paths.has(file.id.replace(/^\.\//, ''))) report(file, 'score-evidence-file-missing', { path: file.id });
    }
    if (!table) report(sheet.bloc, 'scoring-table-missing', { bloc: body.id, year: sheet.year });
    else checkSheet(sheet, table.facts as ScoringTableFacts, table.relative, report);
  }

  for (const table of tables) {
    const body = bodyOf(table.facts.issuer.id, table.facts.year);
    if (!body || body.yearMissing) continue;
    const report = reporterFor(table.file);
    for (const member of body.members) {
      if (!present.has(`${table.file}|${member}`)) report(table.facts.issuer, 'score-sheet-missing', { id: member, blocName: body.name, year: table.facts.year });
    }
  }
  return issues;
}

/** The table a sheet follows, among its scoring body's tables: the one of its year, or one whose period covers it. */
function tableFor(issued: readonly KnownDocument[], sheet: ScoreSheetFacts): KnownDocument | undefined {
  return issued.find((table) => table.facts.year === sheet.year) ?? issued.find((table) => table.facts.period && sheet.period && overlaps(table.facts.period, sheet.period));
}

function checkTable(table: ScoringTableFacts, report: Reporter): void {
  const sum = table.criteria.reduce((total, criterion) => total + criterion.max, 0);
  if (table.scale && Math.abs(sum - table.scale.value) > 1e-9) report(table.scale, 'scoring-scale-mismatch', { sum: roundPoints(sum), scale: table.scale.value });
  const keys = new Set<string>([...TIE_BREAK_KEYWORDS, ...table.groups.map((group) => group.id), ...table.criteria.map((criterion) => criterion.id)]);
  for (const key of table.tieBreaks) {
    if (!keys.has(key.id)) report(key, 'scoring-unknown-tie-break', { id: key.id, suggest: closest(key.id, keys) ?? '' });
  }
}

function checkSheet(sheet: ScoreSheetFacts, table: ScoringTableFacts, tablePath: string, report: Reporter): void {
  const criteria = new Map(table.criteria.map((criterion) => [criterion.id, criterion]));
  const bonuses = new Map(table.bonuses.map((rule) => [rule.id, rule]));
  const penalties = new Set(table.penalties.map((rule) => rule.id));
  const overMax = (claim: ClaimFact, max: number, code: 'score-over-max' | 'bonus-over-max') => {
    for (const what of ['points', 'checked'] as const) {
      const points = claim[what];
      if (points && points.value > max) report(points, code, { what, points: points.value, max, id: claim.id, table: tablePath });
    }
  };

  repeated(sheet.scores, report);
  for (const claim of sheet.scores) {
    const criterion = criteria.get(claim.id);
    if (!criterion) {
      report(claim, 'score-unknown-criterion', { id: claim.id, table: tablePath, suggest: closest(claim.id, criteria.keys()) ?? '' });
      continue;
    }
    overMax(claim, criterion.max, 'score-over-max');
    if (criterion.evidence > 0 && claim.evidence === 0 && (claim.checked ?? claim.points)?.value) {
      report(claim, 'score-evidence-missing', { id: claim.id, needed: criterion.evidence });
    }
  }
  const scored = new Set(sheet.scores.map((claim) => claim.id));
  for (const criterion of table.criteria) {
    if (!scored.has(criterion.id)) report(sheet.issuer, 'score-criterion-missing', { id: criterion.id });
  }

  repeated(sheet.bonuses, report);
  for (const claim of sheet.bonuses) {
    const rule = bonuses.get(claim.id);
    if (rule) overMax(claim, rule.max, 'bonus-over-max');
    else report(claim, 'score-unknown-rule', { type: 'bonus', id: claim.id, table: tablePath, suggest: closest(claim.id, bonuses.keys()) ?? '' });
  }
  repeated(sheet.penalties, report);
  for (const ref of sheet.penalties) {
    if (!penalties.has(ref.id)) report(ref, 'score-unknown-rule', { type: 'penalty', id: ref.id, table: tablePath, suggest: closest(ref.id, penalties) ?? '' });
  }
}

function repeated(refs: readonly Ref[], report: Reporter): void {
  const first = new Map<string, Ref>();
  for (const ref of refs) {
    const earlier = first.get(ref.id);
    if (earlier) report(ref, 'score-duplicate', { id: ref.id, firstLine: earlier.line });
    else first.set(ref.id, ref);
  }
}

/** Points are halves or tenths in practice; a sum printed in a message must not show float noise. */
function roundPoints(value: number): number {
  return Math.round(value * 1000) / 1000;
}
