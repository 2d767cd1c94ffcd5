// A compact: theme in quotes, "Thứ nhất, …" commitments with their targets, implementation, parties' grid.
import type { CompactDocument } from '../../kinds/model.js';
import { endSentence, ordinal, stripQuotes, toRoman } from '../vietnamese/index.js';
import { targetText } from './target-text.js';
import type { LayoutProfile } from '../profile.js';
import { authoredParts } from './authored.js';
import { baseFields, closeBody, documentTitle, paragraphs } from './common.js';
import type { Registry } from './registry.js';
import { compactSignatures } from './signatures.js';
import type { CompactView, LineView, SectionView, SignatureState } from './types.js';

export const COMPACT_TYPE = 'GIAO ƯỚC THI ĐUA';

export function buildCompactView(
  doc: CompactDocument,
  registry: Registry,
  profile: LayoutProfile,
  state?: SignatureState,
): CompactView {
  if (doc.body) {
    const parts = authoredParts({ ...doc, body: doc.body }, COMPACT_TYPE, registry, state);
    return { kind: 'compact', ...parts, intro: '', theme: '', commitmentsIntro: '', sections: [], signatures: compactSignatures(doc, registry, profile, state) };
  }
  const subject = doc.subject ?? `${registry.fullName(doc.issuer)} năm ${doc.year}`;
  const sections: SectionView[] = [
    { heading: { label: `${toRoman(1)}.`, title: 'NỘI DUNG GIAO ƯỚC' }, paragraphs: commitmentLines(doc), subsections: [] },
  ];
  if (doc.implementation?.length) {
    sections.push({
      heading: { label: `${toRoman(2)}.`, title: 'TỔ CHỨC THỰC HIỆN' },
      paragraphs: paragraphs(doc.implementation),
      subsections: [],
    });
  }
  const closed = closeBody(sections[sections.length - 1]?.paragraphs);
  return {
    kind: 'compact',
    documentTitle: documentTitle(COMPACT_TYPE, subject),
    title: { docType: COMPACT_TYPE, subject },
    ...baseFields(doc, registry, state),
    intro: `Thực hiện phong trào thi đua năm ${doc.year}, các đơn vị thống nhất ký kết giao ước thi đua với chủ đề:`,
    theme: `“${stripQuotes(doc.theme ?? '')}”`,
    commitmentsIntro: 'Các đơn vị cam kết thực hiện tốt các nội dung sau:',
    sections,
    signatures: compactSignatures(doc, registry, profile, state),
    trailingEndMark: !closed,
  };
}

function commitmentLines(doc: CompactDocument): LineView[] {
  const lines: LineView[] = [];
  (doc.commitments ?? []).forEach((commitment, index) => {
    lines.push({ lead: `${ordinal(index + 1)},`, text: commitment.text });
    const targets = commitment.targets ?? [];
    targets.forEach((target, at) => {
      lines.push({ item: true, text: `- ${endSentence(targetText(target), at === targets.length - 1)}` });
    });
  });
  return lines;
}
