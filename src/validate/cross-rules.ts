// Rules that need more than one file: references to the registry, to plans and to compacts, and duplicates.
// They run on facts only (cheap), every time, so a change in one file is never missed in another.

import type { DocumentFacts, Ref } from '../kinds/facts.js';
import type { Bloc, RepositoryConfig, Unit } from '../kinds/model.js';
import type { Need } from '../kinds/links.js';
import { findKind, kindNamed, type CrossRule } from '../kinds/registry.js';
import type { Issue, IssueArgs } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { closest } from './suggest.js';
import { yearEndIssues } from './yearend-rules.js';
import { documentTimeIssues } from './time-rules.js';
import { registryOf } from '../domain/registry.js';
import { signingUnitOf } from '../domain/signers.js';
import { numberIssues } from '../numbers/rules.js';

export interface KnownDocument {
  /** Absolute path. */
  file: string;
  /** Path from the repository root with `/` separators: how documents refer to each other. */
  relative: string;
  facts: DocumentFacts;
  /** Known only by the identity in its header (a targeted run did not need its facts): counts for duplicates only. */
  light?: boolean;
  /** The content hash of the bytes the facts came from (validate/cache.ts), when the run read or remembered them. */
  hash?: string;
}

/** Documents by kind, year and issuer: what references resolve against, looked up in constant time. */
class DocumentIndex {
  private readonly byKey = new Map<string, KnownDocument>();
  readonly byPath: Map<string, KnownDocument>;

  constructor(documents: readonly KnownDocument[]) {
    this.byPath = new Map(documents.map((doc) => [doc.relative, doc]));
    for (const doc of documents) {
      const key = DocumentIndex.key(doc.facts.kind, doc.facts.year, doc.facts.issuer.id);
      if (!this.byKey.has(key)) this.byKey.set(key, doc);
    }
  }

  find(kind: string, year: number, issuer: string): KnownDocument | undefined {
    return this.byKey.get(DocumentIndex.key(kind, year, issuer));
  }

  /** The document a need names: by its path, or as the document of a kind, year and issuer. */
  resolve(need: Need): KnownDocument | undefined {
    if ('path' in need) return this.byPath.get(need.path);
    return need.issuer === undefined ? undefined : this.find(need.kind, need.year, need.issuer);
  }

  private static key(kind: string, year: number, issuer: string): string {
    return `${kind}|${year}|${issuer}`;
  }
}

export function crossIssues(config: RepositoryConfig, documents: readonly KnownDocument[]): Issue[] {
  const units = new Map<string, Unit>((config.units ?? []).map((unit) => [unit.id, unit]));
  const blocs = new Map<string, Bloc>((config.blocs ?? []).map((bloc) => [bloc.id, bloc]));
  // Former ids keep naming their unit: documents written before an id was renamed stay valid.
  const registry = registryOf(config);
  for (const unit of config.units ?? []) for (const former of unit.formerIds ?? []) if (!units.has(former)) units.set(former, unit);
  const index = new DocumentIndex(documents);
  const byIdentity = new Map<string, KnownDocument>();
  const issues: Issue[] = [];

  for (const doc of [...documents].sort((a, b) => (a.relative < b.relative ? -1 : 1))) {
    const { facts, file } = doc;
    const report = (ref: Ref, code: string, args: IssueArgs) =>
      issues.push({ file, line: ref.line, column: ref.column, path: ref.path, severity: MESSAGES[code].severity, code, args });
    const unknownUnit = (ref: Ref) => {
      if (!units.has(ref.id)) report(ref, 'unknown-unit', { id: ref.id, suggest: closest(ref.id, units.keys()) ?? '' });
    };

    const identity = identityOf(facts);
    const twin = byIdentity.get(identity);
    if (twin) report(facts.issuer, 'duplicate-document', { other: twin.relative });
    else byIdentity.set(identity, doc);
    if (doc.light) continue;

    const bloc = blocs.get(facts.issuer.id);
    const kind = findKind(facts.kind);
    if (!units.has(facts.issuer.id) && !(bloc && kind?.blocIssuer)) {
      const candidates = kind?.blocIssuer ? [...units.keys(), ...blocs.keys()] : [...units.keys()];
      report(facts.issuer, kind?.blocIssuer ? 'unknown-issuer' : 'unknown-unit', { id: facts.issuer.id, suggest: closest(facts.issuer.id, candidates) ?? '' });
    }
    facts.units.forEach(unknownUnit);
    facts.parties.forEach(unknownUnit);

    if (facts.signer) {
      const signingUnit = units.get(signingUnitOf({ issuer: facts.issuer.id, year: facts.year, kind: facts.kind }, registry) ?? '');
      const names = (signingUnit?.signatories ?? []).map((person) => person.name.normalize('NFC'));
      if (signingUnit && !names.includes(facts.signer.id)) {
        report(facts.signer, 'unknown-signer', { name: facts.signer.id, unitName: signingUnit.name, allowed: names.join(', ') || '—' });
      }
    }

    documentTimeIssues(registry, facts, report);
    const context: RuleContext = { doc, index, report, blocs, units, registry };
    for (const rule of kind?.crossRules ?? []) CROSS_RULES[rule](context);
  }
  issues.push(...yearEndIssues(config, documents.filter((doc) => !doc.light), new Set(documents.map((doc) => doc.relative))));
  issues.push(...numberIssues(config, documents));
  return issues;
}

type Reporter = (ref: Ref, code: string, args: IssueArgs) => void;

interface RuleContext {
  doc: KnownDocument;
  index: DocumentIndex;
  report: Reporter;
  blocs: ReadonlyMap<string, Bloc>;
  units: ReadonlyMap<string, Unit>;
  registry: ReturnType<typeof registryOf>;
}

/** The rules a kind's entry names in `crossRules`: a new rule must be added here before any kind can name it. */
const CROSS_RULES = {
  'bloc-members-sign': checkBlocMembers,
  'tasks-of-plan': checkReport,
  'targets-of-compact': checkPlanTargets,
} satisfies Record<CrossRule, (context: RuleContext) => void>;

/** What no two documents may share (the duplicate rule): kind, year, issuer, quarter or period, and what else sets them apart. */
export function identityOf(facts: DocumentFacts): string {
  const period = facts.period ? `${facts.period.start}..${facts.period.end}` : '';
  return [facts.kind, facts.year, facts.issuer.id, facts.quarter ?? '', period, facts.distinct ?? ''].join('|');
}

/** A bloc's compact is signed by exactly the bloc's members of its year. */
function checkBlocMembers({ doc: { facts }, blocs, units, registry, report }: RuleContext): void {
  const bloc = blocs.get(facts.issuer.id);
  if (!bloc) return;
  const term = bloc.years.find((entry) => entry.year === facts.year);
  if (!term) return report(facts.issuer, 'bloc-year-missing', { bloc: bloc.id, year: facts.year });
  // Compared by the id each unit is declared under today, so a renamed id matches its former one.
  const parties = new Set(facts.parties.map((party) => registry.canonical(party.id)));
  const members = new Set(term.members.map((member) => registry.canonical(member)));
  for (const party of facts.parties) {
    if (units.has(party.id) && !members.has(registry.canonical(party.id))) report(party, 'party-not-in-bloc', { id: party.id, blocName: bloc.name, year: facts.year });
  }
  for (const member of term.members) {
    if (!parties.has(registry.canonical(member))) report(facts.issuer, 'missing-member', { id: member, blocName: bloc.name, year: facts.year });
  }
}

/** A report's tasks are those of the plan it follows (named by path, or the plan of its year and issuer). */
function checkReport({ doc, index, report }: RuleContext): void {
  const { facts } = doc;
  const follows = kindNamed(facts.kind)?.follows;
  const need = follows?.need(facts);
  if (!follows || !need) return;
  const plan = index.resolve(need);
  if (facts.plan) {
    if (!plan || plan.facts.kind !== follows.kind) return report(facts.plan, 'plan-missing', { path: facts.plan.id });
    if (plan.facts.year !== facts.year) return report(facts.plan, 'plan-year', { year: facts.year, planYear: plan.facts.year, path: facts.plan.id });
  } else {
    if (!plan) {
      if (facts.taskRefs.length > 0) report(facts.taskRefs[0], 'plan-missing', { path: '', year: facts.year, issuer: facts.issuer.id });
      return;
    }
  }
  const tasks = new Set(plan.facts.taskIds);
  for (const ref of facts.taskRefs) {
    if (!tasks.has(ref.id)) report(ref, 'unknown-task', { id: ref.id, plan: plan.relative, suggest: closest(ref.id, tasks) ?? '' });
  }
  checkTargets(facts.targetRefs, plan, index, report);
}

/** A plan's compact exists, and its tasks' targets are that compact's. */
function checkPlanTargets({ doc, index, report }: RuleContext): void {
  const { facts } = doc;
  const need = kindNamed(facts.kind)?.follows?.need(facts);
  if (facts.compact && (!need || !index.resolve(need))) {
    report(facts.compact, 'compact-missing', { id: facts.compact.id, year: facts.year });
    return;
  }
  checkTargets(facts.targetRefs, doc, index, report);
}

/** Target ids are looked up in the compact that the plan names. */
function checkTargets(refs: readonly Ref[], plan: KnownDocument, index: DocumentIndex, report: Reporter): void {
  if (refs.length === 0) return;
  if (!plan.facts.compact) return report(refs[0], 'no-compact-for-target', {});
  // The compact the plan follows, as the plan's own entry finds it.
  const need = kindNamed(plan.facts.kind)?.follows?.need(plan.facts);
  const compact = need ? index.resolve(need) : undefined;
  if (!compact) return;
  const targets = new Set(compact.facts.targetIds);
  for (const ref of refs) {
    if (!targets.has(ref.id)) report(ref, 'unknown-target', { id: ref.id, compact: compact.relative, suggest: closest(ref.id, targets) ?? '' });
  }
}
