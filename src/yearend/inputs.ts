// Gathers what a year-end computation reads: the validated repository's documents of one year, chosen by their
// facts and parsed again only for those files, and the findings on exactly those files.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSource } from '../documents/source.js';
import { CONFIG_FILE } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { CompactDocument, PlanDocument, RepositoryConfig, ReportDocument, ScoreSheetDocument, ScoringTableDocument } from '../kinds/model.js';
import type { ScoreSheetFacts } from '../kinds/score-sheet.js';
import { concernsYear, documentPeriod } from '../kinds/period.js';
import { yearEndRole, type YearEndRole } from '../kinds/registry.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import { compareIssues, type Issue } from '../validate/issue.js';
import type { ValidationRun } from '../validate/run.js';
import { yearEndIssues } from '../validate/yearend-rules.js';
import type { UnitInputs } from './summary.js';
import { contentHash } from '../validate/cache.js';
import { storedValue, storeValue } from './document-values.js';

export interface Loaded<T> {
  relative: string;
  doc: T;
}

/** The repository's findings on the given documents and the registry, the year-end rules included once. */
export function findingsFor(run: ValidationRun, config: RepositoryConfig, documents: readonly KnownDocument[]): Issue[] {
  const files = new Set([join(run.root, CONFIG_FILE), ...documents.map((doc) => doc.file)]);
  const seen = new Set<string>();
  const all = [...run.issues, ...yearEndIssues(config, run.documents)].filter((issue) => {
    const key = `${issue.file}|${issue.line}|${issue.column}|${issue.code}|${JSON.stringify(issue.args)}`;
    if (!files.has(issue.file) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return all.sort(compareIssues);
}

export function requireConfig(run: ValidationRun): RepositoryConfig {
  if (run.config) return run.config;
  throw new UserError({
    vi: `giaouoc.yaml ở ${run.root} có lỗi nên không tính được; hãy chạy \`giaouoc validate\` và sửa các lỗi trước`,
    en: `giaouoc.yaml in ${run.root} has errors, so nothing can be computed; run \`giaouoc validate\` and fix them first`,
  });
}

export async function load<T>(doc: KnownDocument): Promise<Loaded<T>> {
  // The content the validation run checked is read from the store of parsed documents when it is there.
  const stored = doc.hash ? storedValue(doc.file, doc.hash) : undefined;
  if (stored !== undefined) return { relative: doc.relative, doc: stored as T };
  const bytes = await readFile(doc.file);
  const { parseSource } = await import('../documents/parse.js');
  const parsed = parseSource(decodeSource(bytes).text);
  if (doc.hash && contentHash(bytes) === doc.hash) storeValue(doc.file, doc.hash, parsed.value);
  return { relative: doc.relative, doc: parsed.value as T };
}

/**
 * The documents a summary of `units` in `year` reads: their plans and reports, and the compacts the plans serve —
 * as each kind's entry names its part (`yearEnd`: tasks, results, targets).
 */
export function summaryDocuments(run: ValidationRun, year: number, units: readonly string[]): KnownDocument[] {
  const wanted = new Set(units);
  const ofYear = run.documents.filter((doc) => doc.facts.year === year);
  const counted = (doc: KnownDocument) => {
    const role = yearEndRole(doc.facts.kind);
    return role === 'tasks' || role === 'results';
  };
  // Plans and reports by period: a school-year plan of 2023-2024 and a December report count for 2024 too.
  const own = run.documents.filter((doc) => concernsYear(doc.facts.period, doc.facts.year, year)).filter((doc) => counted(doc) && wanted.has(doc.facts.issuer.id));
  const compactIssuers = new Set(own.flatMap((doc) => (doc.facts.compact ? [doc.facts.compact.id] : [])));
  const compacts = ofYear.filter((doc) => yearEndRole(doc.facts.kind) === 'targets' && compactIssuers.has(doc.facts.issuer.id));
  return [...own, ...compacts];
}

export async function summaryInputs(documents: readonly KnownDocument[], year: number, units: readonly string[]): Promise<UnitInputs[]> {
  const loaded = await Promise.all(documents.map(async (doc) => ({ known: doc, ...(await load<PlanDocument | ReportDocument | CompactDocument>(doc)) })));
  // Grouped by part and issuer once, in order: a bloc of hundreds of units must not scan every document per unit.
  const groups = new Map<YearEndRole | null, Map<unknown, typeof loaded>>();
  for (const item of loaded) {
    const role = yearEndRole(item.doc.kind);
    const byIssuer = groups.get(role) ?? new Map<unknown, typeof loaded>();
    groups.set(role, byIssuer);
    byIssuer.set(item.doc.issuer, [...(byIssuer.get(item.doc.issuer) ?? []), item]);
  }
  const of = (role: YearEndRole, issuer: unknown) => groups.get(role)?.get(issuer) ?? [];
  return units.map((unit) => {
    const plan = of('tasks', unit).find((item) => concernsYear(documentPeriod(item.doc), item.doc.year, year)) as Loaded<PlanDocument> | undefined;
    const compactIssuer = plan?.doc.compact;
    const compact = of('targets', compactIssuer)[0] as Loaded<CompactDocument> | undefined;
    const reports = of('results', unit)
      .filter((item) => reportsOn(item.doc as ReportDocument, plan))
      .map((item) => item.doc as ReportDocument);
    return { unit, plan, compact, reports };
  });
}

/** A report names its plan, or reports on the plan of its own year and issuer. */
function reportsOn(report: ReportDocument, plan: Loaded<PlanDocument> | undefined): boolean {
  return !report.plan || !plan || report.plan.replace(/^\.\//, '') === plan.relative;
}

export interface ScoringDocuments {
  table?: KnownDocument;
  sheets: KnownDocument[];
}

export function scoringDocuments(run: ValidationRun, year: number, bloc: string): ScoringDocuments {
  // The same period rule as the summary's: a table or sheet counts for every year its period overlaps.
  const ofYear = run.documents.filter((doc) => concernsYear(doc.facts.period, doc.facts.year, year));
  return {
    table: ofYear.find((doc) => yearEndRole(doc.facts.kind) === 'criteria' && doc.facts.issuer.id === bloc),
    sheets: ofYear.filter((doc) => yearEndRole(doc.facts.kind) === 'claims' && (doc.facts as ScoreSheetFacts).bloc?.id === bloc),
  };
}

export async function loadScoring(found: Required<ScoringDocuments>): Promise<{ table: Loaded<ScoringTableDocument>; sheets: Loaded<ScoreSheetDocument>[] }> {
  const [table, ...sheets] = await Promise.all([load<ScoringTableDocument>(found.table), ...found.sheets.map((doc) => load<ScoreSheetDocument>(doc))]);
  return { table, sheets: sheets as Loaded<ScoreSheetDocument>[] };
}
