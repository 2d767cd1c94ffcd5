// The registry of document kinds: `new`, `validate` and `render` look a kind up here instead of switching on names.
// Adding a kind is adding one entry here, one schema in schemas/ and one template in templates/.

import type { DocumentFacts, Locator } from './facts.js';
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
  /** Adopted for the year it governs, so drafted for the coming year from October on (a compact, its scoring table). */
  adoptedAhead?: boolean;
  /** Every party named in the document signs it (a compact); any other document is signed for its issuer. */
  signedByParties?: boolean;
  /** The question `new` asks for the issuer. */
  issuerQuestion: { vi: string; en: string };
}

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
    adoptedAhead: true,
    signedByParties: true,
    issuerQuestion: { vi: 'Giao ước của khối thi đua (hoặc đơn vị) nào?', en: 'Which bloc (or unit) is the compact for?' },
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
    issuerQuestion: { vi: 'Kế hoạch của đơn vị (hoặc khối) nào?', en: 'Which unit (or bloc) issues the plan?' },
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
    adoptedAhead: true,
    issuerQuestion: { vi: 'Bảng điểm của khối thi đua (hoặc đơn vị) nào?', en: 'Which bloc (or unit) issues the scoring table?' },
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
