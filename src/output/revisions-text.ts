// `giaouoc log` and `giaouoc diff` for people.

import type { Painter } from './style.js';
import { pick, type Lang } from '../context.js';
import { describeChange } from '../repo/diff-phrases.js';
import { WORKING_FILE, type DocumentDiff } from '../repo/document-diff.js';
import type { DocumentLog } from '../repo/document-log.js';
import { explainProblem, unitName } from './signatures-text.js';

export function formatLogText(log: DocumentLog, options: { lang: Lang; paint: Painter }): string {
  const { lang, paint } = options;
  if (log.revisions.length === 0) {
    return `${pick({ vi: `${log.relative} chưa có phiên bản nào được commit.`, en: `${log.relative} has no committed revision yet.` }, lang)}\n`;
  }
  const lines: string[] = [];
  for (const revision of log.revisions) {
    lines.push(`${paint.yellow(revision.commit.slice(0, 7))} ${revision.date.slice(0, 10)} ${revision.author}: ${revision.subject}`);
    for (const signature of revision.signatures) {
      const who = `${unitName(log.config, signature.unit)}${signature.signer ? ` (${signature.signer})` : ''}`;
      const when = signature.signedAt.slice(0, 10);
      if (!signature.problem) {
        lines.push(`    ${paint.green(pick({ vi: 'đã ký', en: 'signed' }, lang))} ${who} ${when} · ${signature.commit.slice(0, 7)}`);
      } else {
        const party = { unit: signature.unit, status: 'invalid' as const, party: true, commit: signature.commit };
        lines.push(`    ${paint.red(pick({ vi: 'chữ ký không hợp lệ', en: 'invalid signature' }, lang))} ${who} ${when}: ${pick(explainProblem(signature.problem, party, log.config), lang)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatDiffText(diff: DocumentDiff, lang: Lang): string {
  const label = (value: string) => (value === WORKING_FILE ? pick({ vi: 'tệp đang sửa', en: 'working file' }, lang) : value.length === 40 ? value.slice(0, 7) : value);
  const heading = `${diff.relative}: ${label(diff.from.label)} → ${label(diff.to.label)}`;
  if (diff.changes.length === 0) return `${heading}\n${pick({ vi: 'Nội dung không thay đổi.', en: 'The content did not change.' }, lang)}\n`;
  const unitNameOf = (id: string) => diff.config?.units.find((unit) => unit.id === id)?.name;
  const lines = diff.changes.map((change) => `- ${pick(describeChange(change, { schema: diff.schema, before: diff.from.value, after: diff.to.value, unitName: unitNameOf }), lang)}`);
  return `${heading}\n${lines.join('\n')}\n`;
}
