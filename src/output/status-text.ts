// `giaouoc status`: one line per document — kind, year, issuer, parties signed x/y, state, last change.

import type { Painter } from './style.js';
import { pick, type Lang, type Text } from '../context.js';
import { findKind } from '../kinds/registry.js';
import type { DocumentState, SignatureReport } from '../repo/verify.js';

export const STATE_LABEL: Record<DocumentState, Text> = {
  draft: { vi: 'dự thảo', en: 'draft' },
  signed: { vi: 'đã ký đủ', en: 'fully signed' },
  resign: { vi: 'cần ký lại', en: 'needs signing again' },
};

export function formatStatusText(report: SignatureReport, options: { lang: Lang; chalk: Painter }): string {
  const { lang, chalk } = options;
  const colour: Record<DocumentState, (text: string) => string> = { draft: chalk.yellow, signed: chalk.green, resign: chalk.red };
  const rows = report.documents.map((doc) => {
    const kind = doc.kind ? pick(findKind(doc.kind)?.label ?? { vi: doc.kind, en: doc.kind }, lang) : '?';
    const signed = doc.parties.filter((party) => party.status === 'valid').length;
    const changed = doc.lastChange?.date ?? pick({ vi: 'chưa commit', en: 'not committed' }, lang);
    return [doc.relative, kind, String(doc.year ?? '?'), doc.issuer ?? '?', `${signed}/${doc.parties.length}`, doc.state, changed] as const;
  });
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => {
    const cells = row.slice(0, 5).map((cell, column) => cell.padEnd(widths[column]));
    const state = row[5] as DocumentState;
    return `${cells.join('  ')}  ${colour[state](pick(STATE_LABEL[state], lang).padEnd(10))}  ${row[6]}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : `${pick({ vi: 'Kho chưa có văn bản nào.', en: 'The repository has no documents yet.' }, lang)}\n`;
}
