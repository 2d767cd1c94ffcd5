// The document model: what a YAML file holds once parsed. The JSON Schemas in schemas/ are the
// authority on shape; these types mirror them for the code. Keys are English, values Vietnamese.

import type { BodyNode } from './body.js';

/** An id that names a unit, bloc, commitment, target, domain or task: lower-case ASCII, digits, hyphens. */
export type Id = string;

/** A calendar date written as YYYY-MM-DD (read as text, YAML 1.2). */
export type IsoDate = string;

// ---------------------------------------------------------------- giaouoc.yaml

export interface Signatory {
  /** Full name, normal case, no academic titles: "Hà Quốc Trung". */
  name: string;
  /** Title printed under the authority line: "Chủ tịch", "Phó Chủ tịch". */
  title: string;
  /** Authority line: "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "TM. BAN THƯỜNG VỤ". */
  authority?: string;
  /** Term of office [from, until): absent ends mean "always". */
  from?: IsoDate;
  until?: IsoDate;
  decision?: string;
}

/** A signature block a document writes itself: any of the lines, exactly as printed. */
export interface SignatureBlock {
  /** One authority line or several ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"). */
  authority?: string | string[];
  title?: string;
  name?: string;
}

/** A dated event in the life of a unit or bloc, with the document that decided it ("4173/TLĐ-TOC"). */
export interface LifeEvent {
  date: IsoDate;
  decision?: string;
  note?: string;
}

/** From `date` on, the unit is known by these fields; earlier documents keep the earlier ones. */
export interface UnitChange {
  date: IsoDate;
  decision?: string;
  name?: string;
  short?: string;
  code?: string;
  upper?: Id;
  place?: string;
}

export type SuccessorRelation = 'sáp nhập vào' | 'chia tách thành' | 'thay thế bởi';

export interface Successor {
  unit: Id;
  relation: SuccessorRelation;
}

export interface Unit {
  id: Id;
  /** Full name: "Công đoàn Bộ Khoa học và Công nghệ". */
  name: string;
  /** Short name used in running text and tables: "Công đoàn Bộ KH&CN". */
  short?: string;
  /** Id of the direct upper body (another unit), printed above the issuer in the header. */
  upper?: Id;
  /** Issuer code used in document numbers: "CĐBNV" in "12/KH-CĐBNV". */
  code?: string;
  /** Who signs for the unit; the first in office on a document's date is its default signer (the chair). */
  signatories?: Signatory[];
  /** Ids the unit had before its id was renamed; documents and signatures naming them still mean this unit. */
  formerIds?: Id[];
  /** Place name of the date line of its documents, when not the repository's. */
  place?: string;
  /** Life [start, end): absent ends mean "always". */
  start?: LifeEvent;
  end?: LifeEvent;
  /** Dated changes of name, code, upper body or place; the fields above are those of the first period. */
  changes?: UnitChange[];
  successors?: Successor[];
}

export interface BlocYear {
  year: number;
  /** Unit ids of the members that year. */
  members: Id[];
  /** Khối trưởng (unit id). */
  leader?: Id;
  /** Khối phó (unit id). */
  deputy?: Id;
  /** The upper union that confirmed leader and deputy that year, when not the bloc's. */
  upper?: Id;
  decision?: string;
}

export interface Bloc {
  id: Id;
  /** "Khối thi đua I". */
  name: string;
  /** Id of the upper union the bloc belongs to (a unit): "cdvc". */
  upper: Id;
  /** Code in the numbers of documents the bloc issues: "CĐN" in "23/QC-CĐN". */
  code?: string;
  start?: LifeEvent;
  end?: LifeEvent;
  years: BlocYear[];
}

export interface RepositoryConfig {
  /** Default place name in the date line: "Hà Nội". */
  place: string;
  units: Unit[];
  blocs?: Bloc[];
  /** Where `giaouoc new` puts files; placeholders {year} {kind} {issuer} {quarter}. */
  paths?: Partial<Record<KindName, string>>;
  /** Numbers an issuer gave to documents kept outside the repository: no gap, never given again by cap-so. */
  outsideNumbers?: OutsideNumbers[];
}

export interface OutsideNumbers {
  issuer: Id;
  year: number;
  /** Ordinals: `5`, or a range `"5-7"`. */
  numbers: (number | string)[];
  /** Why they have no document in the repository (classified, paper only). */
  note: string;
}

// ---------------------------------------------------------------- documents

export type KindName = 'compact' | 'plan' | 'report' | 'scoring-table' | 'score-sheet' | 'document';

/** Fields every kind shares. */
export interface DocumentBase {
  kind: KindName;
  year: number;
  /** Unit id (or, for a compact, a bloc id) of the issuing body. */
  issuer: Id;
  /** Document number without the issuer suffix spelled out: "12/KH-CĐBNV". Optional for every kind. */
  number?: string;
  /** While there is no number: the symbol printed after the blank ordinal, as the original has it ("BBTĐ-MNMH"). */
  symbol?: string;
  /** Defaults to the repository's place. */
  place?: string;
  date: IsoDate;
  /** Trích yếu. */
  subject?: string;
  /** Issued with another document: the line under the subject, as the original words it, without parentheses. */
  issuedWith?: string;
  /** Căn cứ lines. */
  bases?: string[];
  /** Kính gửi lines (reports and letters). */
  to?: string[];
  /** Nơi nhận lines. */
  recipients?: string[];
  /** Name of one of the issuer's signatories; defaults to its first. */
  signer?: string;
  /**
   * The signature block as the original shows it, instead of the registry's signatory; `false` when the original
   * has none or its capture does not show it (src/domain/signature-block.ts). Not for a compact's parties.
   */
  signature?: SignatureBlock | false;
  /** The body as the author shapes it; when present it is printed instead of the kind's stock parts. */
  body?: BodyNode[];
}

export type Measure = 'phần trăm' | 'số lượng' | 'đạt/không đạt';

export interface Target {
  id: Id;
  text: string;
  measure: Measure;
  /** Number for phần trăm / số lượng, true for đạt/không đạt. */
  value: number | boolean;
  /** Unit of a count: "đoàn viên", "hoạt động". */
  unit?: string;
}

export interface Commitment {
  id: Id;
  text: string;
  targets?: Target[];
}

export interface CompactDocument extends DocumentBase {
  kind: 'compact';
  /** Unit ids of the parties, in signing order. */
  parties: Id[];
  /** Unit id of the witness (the upper union). */
  witness?: Id;
  /** Chủ đề thi đua, without quotes. */
  theme?: string;
  /** Required without a body; with one, commitments are `commitment` items of the body. */
  commitments?: Commitment[];
  /** Tổ chức thực hiện. */
  implementation?: string[];
}

export interface PlanTask {
  id: Id;
  content: string;
  /** Unit id, or free text for a body that is not a unit ("Ban Nữ công"). */
  lead?: string;
  cooperating?: string[];
  /** Quarter (1–4) by which the task is due. */
  quarter?: number;
  /** The period it is due in, when it is not a quarter of the plan's year (src/kinds/period.ts). */
  due?: string;
  /** Free text time: "Tháng 5/2024", "Cả năm". */
  time?: string;
  /** Ids of targets of the compact named by the plan's `compact`. */
  targets?: Id[];
}

export interface PlanDomain {
  id: Id;
  /** "Công tác tuyên giáo". */
  name: string;
  tasks: PlanTask[];
}

export interface PlanDocument extends DocumentBase {
  kind: 'plan';
  /** A period other than the calendar year (see src/kinds/period.ts). */
  period?: string;
  purposes?: string[];
  requirements?: string[];
  /** Required without a body; with one, tasks are `task` items of the body. */
  domains?: PlanDomain[];
  implementation?: string[];
  /** Issuer id (unit or bloc) of the same year's compact whose targets the tasks serve. */
  compact?: Id;
}

export type TaskStatus = 'hoàn thành' | 'đang thực hiện' | 'chưa thực hiện' | 'chuyển kỳ sau';

export interface Figure {
  /** What was counted: "Số đoàn viên tham gia". */
  label: string;
  value: number;
  unit?: string;
  /** Id of a compact target this figure measures. */
  target?: Id;
}

export interface TaskResult {
  /** Id of a task of the report's plan. */
  task: Id;
  status: TaskStatus;
  note?: string;
  figures?: Figure[];
}

export interface ResultSection {
  /** Id of a plan domain, if the section follows one. */
  domain?: Id;
  /** Section heading; defaults to the plan domain's name. */
  name?: string;
  /** Paragraphs of results. */
  text?: string[];
  tasks?: TaskResult[];
  figures?: Figure[];
}

export interface FocusGroup {
  text: string;
  items?: string[];
  /** Plan task ids this focus group carries. */
  tasks?: Id[];
}

export interface ReportDocument extends DocumentBase {
  kind: 'report';
  /** The quarter reported on (1–4); the focus tasks are for the next one. Absent when `period` says. */
  quarter?: number;
  /** The period reported on, when it is not a quarter (src/kinds/period.ts). */
  period?: string;
  /** Path of the plan relative to the repository root; defaults to the plan of the same year and issuer. */
  plan?: string;
  results?: ResultSection[];
  limitations?: string[];
  causes?: string[];
  focus?: FocusGroup[];
}

/** Any other type a union issues (quy chế, hướng dẫn, tờ trình, biên bản, công văn …): the frame and a body. */
export interface GeneralDocument extends DocumentBase {
  kind: 'document';
  /** An id of src/kinds/document-types.ts: `quy-che`, `huong-dan`, `cong-van`. */
  type: string;
  period?: string;
  body: BodyNode[];
}

export type AnyDocument = CompactDocument | PlanDocument | ReportDocument | GeneralDocument;

// ---------------------------------------------------------------- year end: scoring table and score sheets

export interface Criterion {
  id: Id;
  text: string;
  /** Most points a member can get for it. */
  max: number;
  /** What a member must show to claim points: "Kế hoạch triển khai", "Báo cáo quý". */
  evidence?: string[];
}

export interface CriterionGroup {
  id: Id;
  /** "Công tác tuyên giáo". */
  name: string;
  criteria: Criterion[];
}

export interface BonusRule {
  id: Id;
  text: string;
  max: number;
}

export interface PenaltyRule {
  id: Id;
  text: string;
  /** Points taken off per occurrence. */
  points: number;
  /** Most points this rule can take off in a year. */
  max?: number;
}

export interface AwardQuota {
  /** "Cờ thi đua của Công đoàn Viên chức Việt Nam". */
  award: string;
  /** How many members the bloc proposes for it; the best-ranked get the first award listed. */
  count: number;
}

/** Adopted with the compact; issued by the bloc. */
export interface ScoringTableDocument extends DocumentBase {
  kind: 'scoring-table';
  /** The period scored, when it is not the calendar year (src/kinds/period.ts): a school year, a range. */
  period?: string;
  /** Who checks the members' self-assessed points: "Khối trưởng" (the default), "LĐLĐ quận", "Ban Thường vụ". */
  checker?: string;
  /** The type line as the original prints it ("BẢNG CHẤM ĐIỂM THI ĐUA CĐCS NĂM 2019"); else "BẢNG ĐIỂM THI ĐUA". */
  typeName?: string;
  /** Total of the criteria maxima: 100 or 1000; a form that shows none leaves it out (see `tableScale`). */
  scale?: number;
  /** Required without a body; with one, criteria are the `criteria` tables of the body. */
  groups?: CriterionGroup[];
  bonuses?: BonusRule[];
  /** Most bonus points in total, whatever the rules add up to. */
  bonusCap?: number;
  penalties?: PenaltyRule[];
  /** Applied in order when totals are equal: group or criterion ids, or `bonus`, `fewer-penalties`. */
  tieBreaks?: string[];
  awards?: AwardQuota[];
}

export interface Evidence {
  text: string;
  /** Path from the repository root of the document that shows it (a quarterly report). */
  file?: string;
  /** Id of the plan task it comes from. */
  task?: Id;
}

export interface CriterionScore {
  criterion: Id;
  /** Self-assessed points. */
  points: number;
  /** Points after the bloc leader's check; they replace the self-assessed points. */
  checked?: number;
  evidence?: Evidence[];
  note?: string;
}

export interface BonusClaim {
  rule: Id;
  points: number;
  checked?: number;
  evidence?: Evidence[];
  note?: string;
}

export interface PenaltyClaim {
  rule: Id;
  /** Occurrences admitted by the member (default 1). */
  count?: number;
  /** Occurrences found by the bloc leader; they replace `count`. */
  checked?: number;
  note?: string;
}

/** One member's self-assessment for a year; the issuer is the member unit. */
export interface ScoreSheetDocument extends DocumentBase {
  kind: 'score-sheet';
  period?: string;
  /** The bloc (or the union) whose scoring table the sheet follows. */
  bloc: Id;
  scores: CriterionScore[];
  bonuses?: BonusClaim[];
  penalties?: PenaltyClaim[];
}
