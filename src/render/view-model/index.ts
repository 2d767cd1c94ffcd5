// Document + giaouoc.yaml + signature state → the view object the templates read. Pure and deterministic.
import { documentDate } from '../../domain/period.js';
import { defaultProfile, type LayoutProfile } from '../profile.js';
import { withEndMark } from './end-mark.js';
import { withLayout } from './layout.js';
import { Registry } from './registry.js';
import { defaultReportSubject } from './report.js';
import type { DocumentView, RenderInput } from './types.js';
import type { KindName } from '../../kinds/model.js';
import { kindNamed } from '../../kinds/registry.js';
import { VIEW_BUILDERS, type DocumentOf, type ViewBuilder } from '../../kinds/views.js';

export type * from './types.js';

export function buildViewModel(input: RenderInput, profile: LayoutProfile = defaultProfile): DocumentView {
  return withLayout(withEndMark(buildBodyView(input, profile)), profile);
}

function buildBodyView(input: RenderInput, profile: LayoutProfile): DocumentView {
  const doc = input.document;
  const registry = new Registry(input.config, documentDate(doc));
  const build = VIEW_BUILDERS[doc.kind] as ViewBuilder<KindName>;
  const view = build(doc as DocumentOf<KindName>, input, registry, profile);
  const issuedWith = issuedWithLine(doc.issuedWith);
  return issuedWith ? { ...view, title: { ...view.title, issuedWith } } : view;
}

/** The line of a document issued with another, in parentheses (NĐ 30/2020 Phụ lục I, III.1.c): “(Kèm theo …)”. */
export function issuedWithLine(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const inner = text.trim().replace(/^\((.*)\)$/su, '$1').trim();
  return `(${inner})`;
}

/** The subject a document prints with, without building its whole view (the outgoing register lists thousands). */
export function printedSubject(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.subject === 'string') return doc.subject;
  // A quarterly report without a subject prints its quarter's.
  if (kindNamed(doc.kind)?.quarterly && typeof doc.quarter === 'number' && typeof doc.year === 'number') return defaultReportSubject(doc.quarter, doc.year);
  return undefined;
}
