// The registry of document kinds: `new`, `validate` and `render` look a kind up here instead of switching on names.
// Adding a kind is adding one entry here (each required property is a question a new kind must answer), one schema in
// schemas/, one template in templates/ with its view builder in views.ts, and its scaffolder in src/scaffold/entries.ts.
// tests/kinds/registry-switches.test.ts fails when code outside src/kinds decides by a kind's name.

import type { DocumentFacts, Locator } from './facts.js';
import { nothingElse, PLAN_FOLLOWS, REPORT_FOLLOWS, SCORE_SHEET_FOLLOWS, sheetsOfTheYear, type Follows, type Need } from './links.js';
import type { KindName } from './model.js';
import type { KindScaffolder } from '../scaffold/request.js';
import { compactFacts } from './compact.js';
import { planFacts } from './plan.js';
import { reportFacts } from './report.js';
import { scoringTableFacts } from './scoring-table.js';
import { scoreSheetFacts } from './score-sheet.js';
import { generalFacts } from './document.js';

export interface KindSpec {
  name: KindName;
  /** Vietnamese names accepted on the command line (`giaouoc new giao-uoc`). */
  aliases: string[];
  /** Used in file names: `giao-uoc`, `ke-hoach`, `bao-cao`. */
  slug: string;
  /** Schema file name without `.schema.json`. */
  schema: string;
  /** Main template name in templates/ without `.hbs`. */
  template: string;
  label: { vi: string; en: string };
  /** Document-type code in numbers (`12/KH-CĐBNV`); a compact has none. */
  typeCode?: string;
  /** May the issuer be a bloc rather than a unit? */
  blocIssuer: boolean;
  /** Default place of a new file, relative to the repository root. */
  defaultPath: string;
  facts(value: Record<string, unknown>, at: Locator): DocumentFacts;
  /** Builds a new document of this kind (`giaouoc new`); the scaffolding code is loaded only then. */
  scaffold: () => Promise<KindScaffolder>;
  /** The kind of the file `--from` continues (a report follows its plan); null when none may be given. */
  continues: KindName | null;
  /** Asks for the quarter reported on (`--quarter`), and dates a new one after that quarter. */
  quarterly?: boolean;
  /** `--bloc` names the bloc a member is scored in, not the issuer. */
  blocIsMembership?: boolean;
  /** Dated at the year's end (the year-end scoring), not at its start: in the first quarter, the year just ended. */
  datedAtYearEnd?: boolean;
  /**
   * Adopted before the year it governs: from this month (1–12) on, a new one is drafted for the coming year. A
   * compact and its scoring table from October, when blocs prepare next year's signing; a plan from December, when
   * next year's emulation plans are issued (LĐLĐ Hà Nội's for 2025 on 26 December 2024, the Tổng Liên đoàn's
   * proposal for 2024 on 20 December 2023).
   */
  draftedAheadFrom?: number;
  /** Every party named in the document signs it (a compact); any other document is signed for its issuer. */
  signedByParties?: boolean;
  /** The question `new` asks for the issuer. */
  issuerQuestion: { vi: string; en: string };
  /** The bloc `new` asks for when no issuer is given (a compact: "the compact's bloc"); null when it asks for a unit. */
  askedBloc: AskedBloc | null;
  /** The document it follows, which its rules check it against and its print may read; null when it follows none. */
  follows: Follows | null;
  /** What else its cross-document rules read, besides the document it follows. */
  reads(facts: DocumentFacts): Need[];
  /** The cross-document rules (validate/cross-rules.ts) its documents answer to, beyond those every document does. */
  crossRules: readonly CrossRule[];
  /** What its documents are to the year-end computations (`summary`, `score`) and their rules; null when those read none. */
  yearEnd: YearEndRole | null;
}

export interface AskedBloc {
  /** The kind as named in "the scoring table's bloc": `bảng điểm`, `scoring table's`. */
  vi: string;
  en: string;
  /** Only a bloc is offered (a scoring table, adopted with its bloc's compact); otherwise `--issuer` may name a unit. */
  only: boolean;
}

/**
 * `bloc-members-sign`: a bloc's document is signed by exactly the bloc's members that year.
 * `tasks-of-plan`: the tasks it reports on are the followed plan's, its targets that plan's compact's.
 * `targets-of-compact`: the followed compact exists and holds the targets its tasks serve.
 */
export type CrossRule = 'bloc-members-sign' | 'tasks-of-plan' | 'targets-of-compact';

/**
 * `targets`: the compact whose targets a unit's summary counts; `tasks`: the plan whose tasks it counts; `results`: a
 * report it counts them done by; `criteria`: the table a bloc's members are scored by; `claims`: a member's own scores.
 */
export type YearEndRole = 'targets' | 'tasks' | 'results' | 'criteria' | 'claims';

/** The scaffolders live in src/scaffold/entries.ts; importing them lazily keeps `validate` light. */
const scaffolders = () => import('../scaffold/entries.js');

export const KINDS: readonly KindSpec[] = [
  {
    name: 'compact',
    aliases: ['giao-uoc', 'giaouoc'],
    slug: 'giao-uoc',
    schema: 'compact',
    template: 'compact',
    label: { vi: 'giao ước thi đua', en: 'emulation compact' },
    blocIssuer: true,
    defaultPath: '{year}/giao-uoc-{issuer}.yaml',
    facts: compactFacts,
    scaffold: async () => (await scaffolders()).newCompact,
    continues: 'compact',
    draftedAheadFrom: 10,
    signedByParties: true,
    issuerQuestion: { vi: 'Giao ước của khối thi đua (hoặc đơn vị) nào?', en: 'Which bloc (or unit) is the compact for?' },
    askedBloc: { vi: 'giao ước', en: "compact's", only: false },
    follows: null,
    reads: nothingElse,
    crossRules: ['bloc-members-sign'],
    yearEnd: 'targets',
  },
  {
    name: 'plan',
    aliases: ['ke-hoach', 'kehoach'],
    slug: 'ke-hoach',
    schema: 'plan',
    template: 'plan',
    label: { vi: 'kế hoạch', en: 'plan' },
    typeCode: 'KH',
    blocIssuer: true,
    defaultPath: '{year}/ke-hoach-{issuer}.yaml',
    facts: planFacts,
    scaffold: async () => (await scaffolders()).newPlan,
    continues: 'plan',
    draftedAheadFrom: 12,
    issuerQuestion: { vi: 'Kế hoạch của đơn vị (hoặc khối) nào?', en: 'Which unit (or bloc) issues the plan?' },
    askedBloc: null,
    follows: PLAN_FOLLOWS,
    reads: nothingElse,
    crossRules: ['targets-of-compact'],
    yearEnd: 'tasks',
  },
  {
    name: 'report',
    aliases: ['bao-cao', 'baocao'],
    slug: 'bao-cao',
    schema: 'report',
    template: 'report',
    label: { vi: 'báo cáo quý', en: 'quarterly report' },
    typeCode: 'BC',
    blocIssuer: false,
    defaultPath: '{year}/bao-cao-quy-{quarter}-{issuer}.yaml',
    facts: reportFacts,
    scaffold: async () => (await scaffolders()).newReport,
    continues: 'plan',
    quarterly: true,
    issuerQuestion: { vi: 'Báo cáo của đơn vị nào?', en: 'Which unit issues the report?' },
    askedBloc: null,
    follows: REPORT_FOLLOWS,
    reads: nothingElse,
    crossRules: ['tasks-of-plan'],
    yearEnd: 'results',
  },
  {
    name: 'scoring-table',
    aliases: ['bang-diem', 'bangdiem'],
    slug: 'bang-diem',
    schema: 'scoring-table',
    template: 'scoring-table',
    label: { vi: 'bảng điểm thi đua', en: 'scoring table' },
    blocIssuer: true,
    defaultPath: '{year}/bang-diem-{issuer}.yaml',
    facts: scoringTableFacts,
    scaffold: async () => (await scaffolders()).newScoringTable,
    continues: 'scoring-table',
    draftedAheadFrom: 10,
    issuerQuestion: { vi: 'Bảng điểm của khối thi đua (hoặc đơn vị) nào?', en: 'Which bloc (or unit) issues the scoring table?' },
    askedBloc: { vi: 'bảng điểm', en: "scoring table's", only: true },
    follows: null,
    reads: sheetsOfTheYear,
    crossRules: [],
    yearEnd: 'criteria',
  },
  {
    name: 'score-sheet',
    aliases: ['phieu-cham-diem', 'cham-diem'],
    slug: 'cham-diem',
    schema: 'score-sheet',
    template: 'score-sheet',
    label: { vi: 'phiếu chấm điểm thi đua', en: 'score sheet' },
    blocIssuer: false,
    defaultPath: '{year}/cham-diem-{issuer}.yaml',
    facts: scoreSheetFacts,
    scaffold: async () => (await scaffolders()).newScoreSheet,
    continues: null,
    blocIsMembership: true,
    datedAtYearEnd: true,
    issuerQuestion: { vi: 'Phiếu tự chấm điểm của đơn vị nào?', en: 'Which member union scores itself?' },
    askedBloc: null,
    follows: SCORE_SHEET_FOLLOWS,
    reads: nothingElse,
    crossRules: [],
    yearEnd: 'claims',
  },
  {
    name: 'document',
    aliases: ['van-ban', 'vanban'],
    slug: 'van-ban',
    schema: 'document',
    template: 'document',
    label: { vi: 'văn bản', en: 'document' },
    blocIssuer: true,
    defaultPath: '{year}/van-ban-{issuer}.yaml',
    facts: generalFacts,
    scaffold: async () => (await scaffolders()).newGeneral,
    continues: 'document',
    issuerQuestion: { vi: 'Văn bản của đơn vị (hoặc khối) nào?', en: 'Which unit (or bloc) issues the document?' },
    askedBloc: null,
    follows: null,
    reads: nothingElse,
    crossRules: [],
    yearEnd: null,
  },
];

export function findKind(name: string): KindSpec | undefined {
  const wanted = name.trim().toLowerCase();
  return KINDS.find((kind) => kind.name === wanted || kind.aliases.includes(wanted));
}

/** The entry of a document's `kind` as written (exactly its name, not an alias), for rules that ask the kind. */
export function kindNamed(name: unknown): KindSpec | undefined {
  return KINDS.find((kind) => kind.name === name);
}

export const KIND_NAMES = KINDS.map((kind) => kind.name);

/** The documents whose facts the cross-document rules for `facts` read: the one it follows, and what else its kind reads. */
export function needsOf(facts: DocumentFacts): Need[] {
  const kind = kindNamed(facts.kind);
  if (!kind) return [];
  const followed = kind.follows?.need(facts);
  return [...(followed ? [followed] : []), ...kind.reads(facts)];
}

/** What a document of this kind is to the year-end computations; null for a kind they do not read or an unknown one. */
export function yearEndRole(kind: unknown): YearEndRole | null {
  return kindNamed(kind)?.yearEnd ?? null;
}
