// `giaouoc status`: one line per document — kind, year, issuer, parties signed x/y, state, last change.

import type { Painter } from './style.js';
import { pick, type Lang, type Text } from '../context.js';
import { findKind } from '../kinds/registry.js';
import type { DocumentState, SignatureReport } from '../repo/verify.js';

export const STATE_LABEL: Record<DocumentState, Text> = {
  draft: { vi: 'dự thảo', en: 'draft' },
  signed: { vi: 'đã ký trong kho (SSH)', en: 'signed in the repository (SSH)' },
  resign: { vi: 'cần ký lại', en: 'needs signing again' },
};

/** A stored CA-signed PDF of the current content: the electronic original (see pdfsign/ca-status.ts). */
export const CA_SIGNED_LABEL: Text = { vi: 'đã ký số (CA)', en: 'digitally signed (CA)' };

export function formatStatusText(report: SignatureReport, options: { lang: Lang; paint: Painter; caSigned?: ReadonlySet<string> }): string {
  const { lang, paint } = options;
  const colour: Record<DocumentState, (text: string) => string> = { draft: paint.yellow, signed: paint.green, resign: paint.red };
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
    const ca = options.caSigned?.has(row[0]) ? `${paint.green(pick(CA_SIGNED_LABEL, lang))}, ` : '';
    const label = ca && state === 'draft' ? '' : colour[state](pick(STATE_LABEL[state], lang));
    return `${cells.join('  ')}  ${`${ca}${label}`.replace(/, $/, '').padEnd(10)}  ${row[6]}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : `${pick({ vi: 'Kho chưa có văn bản nào.', en: 'The repository has no documents yet.' }, lang)}\n`;
}
