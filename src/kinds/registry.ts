// The registry of document kinds: `new`, `validate` and `render` look a kind up here instead of switching on names.
// Adding a kind is adding one entry here, one schema in schemas/ and one template in templates/.

import type { DocumentFacts, Locator } from './facts.js';
import type { KindName } from './model.js';
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
}

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
  },
];

export function findKind(name: string): KindSpec | undefined {
  const wanted = name.trim().toLowerCase();
  return KINDS.find((kind) => kind.name === wanted || kind.aliases.includes(wanted));
}

export const KIND_NAMES = KINDS.map((kind) => kind.name);
