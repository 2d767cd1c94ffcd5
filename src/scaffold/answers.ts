// What a new document needs before it can be written — issuer, year, quarter — from the flags, from the file
// it continues, from questions in a terminal, or from defaults; with nobody to ask, a missing issuer is an error.

import type { Text } from '../context.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { KindSpec } from '../kinds/registry.js';
import { defaultQuarter, defaultYear } from './dates.js';
import { findIssuer, issuerCandidates, issuerFromFlags, issuerName, type Issuer, type IssuerFlags } from './issuer.js';

export interface AskChoice<T> {
  value: T;
  label: string;
  keys: readonly string[];
}

/** The questions `new` may ask; the terminal prompter implements it, tests may too. */
export interface Asker {
  choose<T>(question: Text, choices: readonly AskChoice<T>[], initial?: number): Promise<T>;
  integer(question: Text, options: { min: number; max: number; initial?: number }): Promise<number>;
}

export interface AnswerFlags extends IssuerFlags {
  year?: number;
  quarter?: number;
}

/** What the `--from` file says about itself. */
export interface FromFacts {
  kind: string;
  year: number;
  issuer: string;
}

export interface AnswerInput {
  config: RepositoryConfig;
  kind: KindSpec;
  flags: AnswerFlags;
  from?: FromFacts;
  today: Date;
  /** Absent with --yes or without a terminal. */
  asker?: Asker;
}

export interface Answers {
  issuer: Issuer;
  year: number;
  quarter?: number;
}

export async function gatherAnswers(input: AnswerInput): Promise<Answers> {
  const issuer = await answerIssuer(input);
  const year = await answerYear(input);
  const quarter = input.kind.quarterly ? await answerQuarter(input, year) : undefined;
  return { issuer, year, quarter };
}

async function answerIssuer(input: AnswerInput): Promise<Issuer> {
  const { config, kind, flags, from, asker } = input;
  const flagged = issuerFromFlags(config, kind, flags);
  if (flagged) return flagged;
  if (from) return findIssuer(config, kind, from.issuer);
  const candidates = issuerCandidates(config, kind);
  if (asker && candidates.length > 0) {
    const choices = candidates.map((issuer) => ({ value: issuer, label: `${issuerName(issuer)} (${issuer.id})`, keys: [issuer.id] }));
    return asker.choose(kind.issuerQuestion, choices, candidates.length === 1 ? 0 : undefined);
  }
  throw missingIssuer(config, kind);
}

async function answerYear(input: AnswerInput): Promise<number> {
  const { kind, flags, from, asker, today } = input;
  if (flags.year !== undefined) return flags.year;
  // A document continuing one of its own kind is next year's; one following another kind's (a report its plan), the same year's.
  if (from) return kind.continues === kind.name ? from.year + 1 : from.year;
  const initial = defaultYear(kind.name, today);
  return asker ? asker.integer({ vi: 'Năm của văn bản', en: 'Year of the document' }, { min: 2000, max: 2100, initial }) : initial;
}

async function answerQuarter(input: AnswerInput, year: number): Promise<number> {
  const { flags, asker, today } = input;
  if (flags.quarter !== undefined) return flags.quarter;
  const initial = defaultQuarter(year, today);
  return asker ? asker.integer({ vi: 'Báo cáo quý mấy (1–4)', en: 'Which quarter (1–4)' }, { min: 1, max: 4, initial }) : initial;
}

function missingIssuer(config: RepositoryConfig, kind: KindSpec): UserError {
  // A kind usually issued by a bloc asks for one (the entry's `askedBloc`); only blocs issue some (a scoring table).
  const bloc = kind.askedBloc ? config.blocs?.[0]?.id : undefined;
  if (kind.askedBloc && bloc) {
    const { vi, en, only } = kind.askedBloc;
    return new UserError({
      vi: `thiếu --bloc: hãy ghi mã khối thi đua của ${vi} (ví dụ --bloc ${bloc})${only ? '' : ', hoặc --issuer <mã đơn vị>'}`,
      en: `missing --bloc: name the ${en} bloc (for example --bloc ${bloc})${only ? '' : ', or --issuer <unit id>'}`,
    });
  }
  const unit = config.units.find((candidate) => candidate.signatories?.length)?.id ?? config.units[0]?.id ?? 'cd-bo-noi-vu';
  return new UserError({
    vi: `thiếu --issuer: hãy ghi mã đơn vị ban hành ${kind.label.vi} (ví dụ --issuer ${unit})`,
    en: `missing --issuer: name the unit that issues the ${kind.label.en} (for example --issuer ${unit})`,
  });
}
