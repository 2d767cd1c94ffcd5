// Each kind's view builder: its document, with giaouoc.yaml and the signature state, as its template reads it.
// A table beside the registry rather than on its entries, so that `validate` never loads the renderer; TypeScript
// makes it name every kind of the registry, and render/view-model looks a document's builder up here.

import type { LayoutProfile } from '../render/profile.js';
import { buildCompactView } from '../render/view-model/compact.js';
import { buildGeneralView } from '../render/view-model/document.js';
import { buildPlanView } from '../render/view-model/plan.js';
import type { Registry } from '../render/view-model/registry.js';
import { buildReportView } from '../render/view-model/report.js';
import { buildScoreSheetView } from '../render/view-model/score-sheet.js';
import { buildScoringTableView } from '../render/view-model/scoring-table.js';
import type { DocumentView, RenderInput } from '../render/view-model/types.js';
import type { KindName } from './model.js';

export type DocumentOf<K extends KindName> = Extract<RenderInput['document'], { kind: K }>;
export type ViewBuilder<K extends KindName> = (doc: DocumentOf<K>, input: RenderInput, registry: Registry, profile: LayoutProfile) => DocumentView;

export const VIEW_BUILDERS: { [K in KindName]: ViewBuilder<K> } = {
  compact: (doc, input, registry, profile) => buildCompactView(doc, registry, profile, input.signatures),
  plan: (doc, input, registry) => buildPlanView(doc, registry, input.signatures),
  report: (doc, input, registry) => buildReportView(doc, registry, input.plan, input.signatures),
  'scoring-table': (doc, input, registry) => buildScoringTableView(doc, registry, input.signatures),
  'score-sheet': (doc, input, registry) => buildScoreSheetView(doc, input.scoringTable, registry, input.signatures),
  document: (doc, input, registry) => buildGeneralView(doc, registry, input.signatures),
};
