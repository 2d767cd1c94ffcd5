// The body an author shapes: a tree of paragraphs, sections, lists, tables and the Chương/Điều of rules,
// with typed items (plan tasks, compact commitments, report results) sitting wherever the author puts them.
// The JSON Schema schemas/body.schema.json is the authority on shape; these types mirror it.

import type { Id, Measure } from './model.js';

/** A paragraph: a string, or an object when it needs an alignment or a style of its own. */
export type ParagraphNode = string | { text: string; align?: 'left' | 'center' | 'right'; indent?: boolean };

/**
 * How items or headings are numbered: "I.", "A.", "1.", "1)", "1.1.", "a)", "a.", "-", "+", "•", "thứ nhất",
 * or "" for none. Absent, the marker follows the depth (I. → 1. → 1.1. → a) → - → +).
 */
export type MarkerStyle = string;

export interface SectionNode {
  /** The heading as the author writes it. */
  section: string;
  /** The author's own marker ("A.", "Phần I."), or "" for none; absent means numbered by depth. */
  number?: string;
  body?: BodyNode[];
}

export interface ChapterNode {
  /** "NHỮNG QUY ĐỊNH CHUNG", printed under "Chương I". */
  chapter: string;
  number?: string;
  body?: BodyNode[];
}

export interface ArticleNode {
  /** "Phạm vi điều chỉnh", printed after "Điều 1.". Articles are numbered through the whole document. */
  article: string;
  number?: string;
  body?: BodyNode[];
}

export interface ListNode {
  list: ListItem[];
  marker?: MarkerStyle;
}

export interface TableCell {
  text: string;
  colspan?: number;
  rowspan?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableNode {
  table: {
    caption?: string;
    /** Header rows: printed bold and repeated at the top of every page. */
    head?: (string | number | TableCell)[][];
    rows: (string | number | TableCell)[][];
    /** Relative column widths (any unit: they are shares of the line). */
    widths?: number[];
  };
}

/** A scoring table's criteria, printed as its ruled table (src/kinds/scoring-criteria.ts reads them). */
export interface CriteriaNode {
  criteria: CriteriaEntry[];
  caption?: string;
}

export interface CriterionGroupEntry {
  group: Id;
  text: string;
  number?: string;
  criteria: CriteriaEntry[];
}

export interface CriterionEntry {
  criterion: Id;
  text: string;
  number?: string;
  max: number;
  evidence?: string[];
}

export type CriteriaEntry = CriterionGroupEntry | CriterionEntry;

/** A plan task: addressable by reports (`result`) and the year-end summary. */
export interface TaskNode {
  task: Id;
  text: string;
  lead?: string;
  cooperating?: string[];
  /** When it is due: "2024-Q2", "2024-05", "2021-2022" (school year), "2024-H1", "2024", or a range. */
  due?: string;
  /** Free text of the time as printed ("Tháng 5/2024"). */
  time?: string;
  targets?: Id[];
  marker?: string;
  list?: ListItem[];
  listMarker?: MarkerStyle;
}

export interface CommitmentNode {
  commitment: Id;
  text: string;
  marker?: string;
  list?: ListItem[];
  listMarker?: MarkerStyle;
}

/**
 * A measurable target of a compact, worded and valued in one item: `{value}` in the text prints the value
 * ("Tỷ lệ đoàn viên được học tập đạt {value}%"); without it the value follows the text (": đạt 100%").
 */
export interface TargetNode {
  target: Id;
  text: string;
  measure: Measure;
  value: number | boolean;
  unit?: string;
  marker?: string;
}

export interface ResultNode {
  /** The plan task reported on. */
  result: Id;
  status: 'hoàn thành' | 'đang thực hiện' | 'chưa thực hiện' | 'chuyển kỳ sau';
  text: string;
  marker?: string;
  list?: ListItem[];
  listMarker?: MarkerStyle;
}

/**
 * A scoring table's bonus rule where the author writes it (src/kinds/scoring-criteria.ts reads it): `{max}` in the
 * text prints the most points; without it ": tối đa … điểm" follows the text.
 */
export interface BonusNode {
  bonus: Id;
  text: string;
  max: number;
  marker?: string;
}

/** A penalty rule: `{points}` prints the points per occurrence and `{max}` the most in a year. */
export interface PenaltyNode {
  penalty: Id;
  text: string;
  points: number;
  max?: number;
  marker?: string;
}

/** How equal totals are ranked: the order scoring applies (group or criterion ids, `bonus`, `fewer-penalties`) and the author's sentence. */
export interface TieBreaksNode {
  tieBreaks: string[];
  text: string;
  marker?: string;
}

/** A number the author writes, one value per `{slot}`: "Tổng số đoàn viên: {tong}, nữ: {nu}". */
export interface FigureNode {
  figure: string;
  values: Record<string, number | { value: number; unit?: string; target?: Id }>;
  marker?: string;
}

export interface PlainItem {
  text: string;
  marker?: string;
  list?: ListItem[];
  /** A nested list's own marker style. */
  listMarker?: MarkerStyle;
}

export type ScoringRuleNode = BonusNode | PenaltyNode | TieBreaksNode;

export type ListItem = string | PlainItem | TaskNode | CommitmentNode | TargetNode | ResultNode | FigureNode | ScoringRuleNode;

export type BodyNode =
  | ParagraphNode
  | SectionNode
  | ChapterNode
  | ArticleNode
  | ListNode
  | TableNode
  | CriteriaNode
  | TaskNode
  | CommitmentNode
  | TargetNode
  | ResultNode
  | FigureNode
  | ScoringRuleNode;

/** A typed item found in a body, with the heading of the section it sits in and its path in the document. */
export interface Found<T> {
  node: T;
  path: (string | number)[];
  /** Heading of the nearest enclosing section ("Công tác tuyên giáo"). */
  section?: string;
  /** Its path, so that items of one section group together. */
  sectionPath?: string;
  /** Id of the commitment the item sits under (a target inside a commitment's list). */
  commitment?: string;
}

export interface BodyItems {
  tasks: Found<TaskNode>[];
  commitments: Found<CommitmentNode>[];
  targets: Found<TargetNode>[];
  results: Found<ResultNode>[];
  figures: Found<FigureNode>[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every typed item of a body, in document order; tolerant of a body that failed its schema. */
export function bodyItems(body: unknown, root: (string | number)[] = ['body']): BodyItems {
  const found: BodyItems = { tasks: [], commitments: [], targets: [], results: [], figures: [] };
  walk(body, root, {}, found);
  return found;
}

interface Enclosing {
  section?: string;
  sectionPath?: string;
  commitment?: string;
}

function walk(nodes: unknown, path: (string | number)[], around: Enclosing, found: BodyItems): void {
  if (!Array.isArray(nodes)) return;
  nodes.forEach((node, index) => {
    if (!isObject(node)) return;
    const here = [...path, index];
    const place = { path: here, ...around };
    if (typeof node.task === 'string') found.tasks.push({ node: node as unknown as TaskNode, ...place });
    if (typeof node.commitment === 'string') found.commitments.push({ node: node as unknown as CommitmentNode, ...place });
    if (typeof node.target === 'string') found.targets.push({ node: node as unknown as TargetNode, ...place });
    if (typeof node.result === 'string') found.results.push({ node: node as unknown as ResultNode, ...place });
    if (typeof node.figure === 'string') found.figures.push({ node: node as unknown as FigureNode, ...place });
    const heading = typeof node.section === 'string' ? node.section : typeof node.article === 'string' ? node.article : undefined;
    const inner: Enclosing = {
      ...(heading === undefined ? around : { ...around, section: heading, sectionPath: here.join('/') }),
      ...(typeof node.commitment === 'string' ? { commitment: node.commitment } : {}),
    };
    if (Array.isArray(node.body)) walk(node.body, [...here, 'body'], inner, found);
    if (Array.isArray(node.list)) walk(node.list, [...here, 'list'], inner, found);
  });
}

const SLOT = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The `{slot}` names a figure's sentence uses, in order. */
export function figureSlots(text: string): string[] {
  return [...text.matchAll(SLOT)].map((match) => match[1]!);
}

/** A figure's value by slot: the number, its unit and the compact target it measures. */
export function figureValue(value: FigureNode['values'][string] | undefined): { value: number; unit?: string; target?: string } | undefined {
  if (typeof value === 'number') return { value };
  return value && typeof value.value === 'number' ? value : undefined;
}

/** The sentence with every slot replaced by its number (grouped as Vietnamese writes it); unknown slots stay. */
export function figureText(node: FigureNode, format: (value: number) => string): string {
  return node.figure.replace(SLOT, (whole, name: string) => {
    const value = figureValue(node.values?.[name]);
    return value ? `${format(value.value)}${value.unit ? ` ${value.unit}` : ''}` : whole;
  });
}
