// The view object the templates read: every name resolved, every line already worded, numbered and
// punctuated. HTML templates and a DOCX writer consume the same object, so the wording lives here once.
import type {
  AnyDocument, KindName, PlanDocument, RepositoryConfig, ScoreSheetDocument, ScoringTableDocument,
} from '../../kinds/model.js';

/** What signing has established about a document (filled in by the signing layer; absent means unsigned). */
export interface SignatureState {
  /** Every party has signed the current content. */
  complete: boolean;
  /**
   * Per party unit id: when it signed (ISO date or date-time) and, for a valid signature, who signed as the
   * signature recorded it — printed instead of whoever the registry names today.
   */
  parties?: Record<string, { signedAt?: string; signer?: SignedBy }>;
  /** Content digest, e.g. "sha256:…"; printed in a footer line and in the PDF metadata. */
  digest?: string;
  /** The git commit the rendered content comes from. */
  commit?: string;
  /** A sign-ready print for CA signatures: no draft mark, no "(Đã ký)", a reserved field per party. */
  forSigning?: boolean;
}

/** The person a signature commit names, with the title and authority line they signed under. */
export interface SignedBy {
  name: string;
  title?: string;
  authority?: string;
}

/** Every kind that prints: the three of the year's work and the two of the year-end scoring. */
export type RenderableDocument = AnyDocument | ScoringTableDocument | ScoreSheetDocument;

export interface RenderInput {
  document: RenderableDocument;
  config: RepositoryConfig;
  /** Path of the YAML file, as the user named it; used for the output name and messages. */
  sourceFile: string;
  signatures?: SignatureState;
  /** A report's plan, to name its domains and tasks; without it the ids are printed. */
  plan?: PlanDocument;
  /** A score sheet's scoring table (its bloc's, that year): criteria, maxima and the rules of the totals. */
  scoringTable?: ScoringTableDocument;
}

export interface HeaderView {
  /** The direct upper body, capitals; absent for a top-level body. */
  upper?: string;
  /** The issuing union (or bloc), capitals. */
  issuer: string;
  /** Both names as typed in giaouoc.yaml: their capitals tell where the words of a name start (break-points.ts). */
  written?: { upper?: string; issuer: string };
  /** "Số: 15/KH-CĐBKHĐT"; absent when the document is unnumbered. */
  number?: string;
  /** Unnumbered, of a type that is numbered: "Số:        /KH-CĐBKHĐT", the ordinal left to write (numbers/codes.ts). */
  numberBlank?: string;
  nationalTitle: string;
  motto: string;
  dateLine: string;
}

export interface TitleView {
  docType: string;
  subject?: string;
  /** "(Ban hành kèm theo Quyết định số …)" under the subject, for a document issued with another. */
  issuedWith?: string;
}

/** One paragraph of running text; `lead` is printed bold before the rest (e.g. "Thứ nhất,"). */
export interface LineView {
  text: string;
  lead?: string;
  /** A "- " list line (the dash is part of `text`). */
  item?: boolean;
}

export interface HeadingView {
  /** "I.", "1." */
  label: string;
  title: string;
}

export interface SignerView {
  unitId?: string;
  /** The first authority line ("" for none); `authorityLines` holds them all when the document writes several. */
  authority: string;
  authorityLines?: string[];
  title: string;
  name: string;
  /** The union's name in capitals, printed under the authority line in a compact's grid. */
  unitName?: string;
  /** The same name as typed in giaouoc.yaml. */
  unitWritten?: string;
  signed: boolean;
  /** "Đã ký" line text, with the date when known. */
  signedNote?: string;
  /** Sign-ready print: the link the PDF step turns into this party's empty signature field. */
  signFieldUrl?: string;
}

export interface WitnessView {
  heading: string;
  unitName: string;
  unitWritten?: string;
  signer?: SignerView;
}

export interface SignaturesView {
  layout: 'single' | 'two' | 'grid';
  cells: SignerView[];
  /** The grid's rows (2–3 cells each); one row for the other layouts. */
  rows: SignerView[][];
  witness?: WitnessView;
}

export interface TraceView {
  digest?: string;
  commit?: string;
  line: string;
}

export interface ViewBase {
  kind: KindName;
  /** The HTML <title> and the PDF title. */
  documentTitle: string;
  header: HeaderView;
  title: TitleView;
  /** "Kính gửi: …" lines, already worded. */
  to: string[];
  bases: LineView[];
  recipients: LineView[];
  signatures: SignaturesView;
  /** The boxed draft mark; absent once every party has signed. */
  draftMark?: string;
  trace?: TraceView;
  /** True when no paragraph could carry "./." and it stands on its own line. */
  trailingEndMark: boolean;
  /** The header's and the subject's line breaks and rule lengths for the layout profile (see layout.ts). */
  layout?: import('./layout.js').DocumentLayout;
}

export interface SectionView {
  heading: HeadingView;
  /** A table printed under the heading, before the paragraphs (a plan's timeline). */
  table?: TableView;
  paragraphs: LineView[];
  subsections: SubsectionView[];
}

export interface TableView {
  /** The semantic class of the table: "timeline". */
  role: string;
  caption: string;
  columns: string[];
  rows: string[][];
  /** Per row, a class that changes how the row prints (`group`, `total`: bold); absent for plain rows. */
  rowClasses?: (string | undefined)[];
}

export interface SubsectionView {
  heading: HeadingView;
  paragraphs: LineView[];
}

/** A stretch of text with its inline style. */
export interface RunView {
  text: string;
  bold: boolean;
  italic: boolean;
  /** A line break the author wrote inside a table cell (the run has no text). */
  lineBreak?: boolean;
}

/** One block of an author-shaped body, flattened in reading order. */
export interface BodyBlockView {
  /** "h2" | "h3" | "p" for headings and paragraphs; absent for tables and chapters. */
  tag?: string;
  /** Classes: h-roman, h-arabic, h-minor, body, item, chapter-title, align-center … */
  class?: string;
  /** The marker printed before the text ("I.", "1.1.", "a)", "-", "Điều 3."). */
  label?: string;
  runs?: RunView[];
  /** "Chương I": a chapter's first line. */
  chapter?: string;
  table?: BodyTableView;
}

export interface BodyCellView {
  runs: RunView[];
  colspan?: number;
  rowspan?: number;
  align?: string;
}

export interface BodyTableView {
  caption?: string;
  /** Column widths in percent of the line, when the author gave them. */
  widths?: string[];
  /** The same widths for the DOCX writer, as one attribute. */
  widthList?: string;
  head: BodyCellView[][];
  rows: BodyCellView[][];
}

export interface CompactView extends ViewBase {
  /** The author's body; when present the template prints it instead of the stock parts. */
  body?: BodyBlockView[];
  kind: 'compact';
  intro: string;
  theme: string;
  commitmentsIntro: string;
  sections: SectionView[];
}

export interface PlanView extends ViewBase {
  /** The author's body; when present the template prints it instead of the stock parts. */
  body?: BodyBlockView[];
  kind: 'plan';
  sections: SectionView[];
}

export interface ReportView extends ViewBase {
  /** The author's body; when present the template prints it instead of the stock parts. */
  body?: BodyBlockView[];
  kind: 'report';
  sections: SectionView[];
}

export interface ScoringTableView extends ViewBase {
  kind: 'scoring-table';
  /** The author's body (its `criteria` print as the criteria table); when present it replaces the stock parts. */
  body?: BodyBlockView[];
  /** I. the criteria table, then bonus and penalty rules, tie-breaks and award quotas. */
  sections: SectionView[];
}

export interface ScoreSheetView extends ViewBase {
  kind: 'score-sheet';
  intro: LineView[];
  /** One row per criterion, group subtotals, bonus, penalty and the totals. */
  table: TableView;
  /** Notes on single scores, then the totals in words; the last carries "./.". */
  closing: LineView[];
}

export interface GeneralView extends ViewBase {
  kind: 'document';
  body: BodyBlockView[];
  /** A công văn: no type name, the subject as "V/v …" under the number. */
  letter?: { subject?: string };
}

export type DocumentView = CompactView | PlanView | ReportView | ScoringTableView | ScoreSheetView | GeneralView;
