// Gathers what the register is built from: the documents of the working folder numbered in the year (picked by
// their header lines, parsed only when they qualify) and, from history, the documents deleted since they were
// issued. Git is read once for the history and once for the deleted texts.

import { readFileSync } from 'node:fs';
import { CONFIG_FILE, discoverDocuments, isYamlFile, repoRelative } from '../documents/repository.js';
import { parseSource } from '../documents/parse.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { issuerCodesOf, numberingYear } from '../numbers/codes.js';
import { openLayout } from '../repo/layout.js';
import { readHeader } from '../validate/dependencies.js';
import { buildRegister, type RegisterEntry, type RegisterSource } from './entries.js';
import { readDeleted, readPathHistory } from './history.js';

export interface RegisterRequest {
  root: string;
  year: number;
  issuer?: string;
  env: NodeJS.ProcessEnv;
}

const SKIPPED = /(^|\/)(node_modules|templates|out|dist|build|\.[^/]*)\//;

export async function collectRegister(request: RegisterRequest): Promise<{ config: RepositoryConfig; entries: RegisterEntry[] }> {
  const { root, year, issuer } = request;
  const config = readConfig(root);
  const codes = issuer ? issuerCodesOf(config, issuer, `${year}-12-31`, year) : [];
  const layout = await openLayout(root, request.env);
  const historyRead = readPathHistory(layout, (relative) => isYamlFile(relative) && relative !== CONFIG_FILE && !SKIPPED.test(relative));
  const files = await discoverDocuments([root], root);
  const sources: RegisterSource[] = [];
  const present = new Set<string>();
  for (const file of files) {
    const relative = repoRelative(root, file);
    present.add(relative);
    const text = readFileSync(file, 'utf8');
    if (!qualifies(text, year, issuer, codes)) continue;
    const value = registerFields(text);
    if (value) sources.push({ relative, value });
  }
  const histories = await historyRead;
  for (const source of sources) source.history = histories.get(source.relative);
  const deleted = [...histories].filter(([relative, history]) => history.deleted && !present.has(relative)).map(([relative, history]) => [relative, history.deleted!] as [string, typeof history.deleted & {}]);
  for (const [relative, text] of await readDeleted(layout, deleted)) {
    if (!qualifies(text, year, issuer, codes)) continue;
    const value = registerFields(text);
    if (value) sources.push({ relative, value, history: histories.get(relative), withdrawn: true });
  }
  return { config, entries: buildRegister(config, sources, year, issuer) };
}

// The top-level fields a register line reads. The rest of a document (its body, most of its bytes) is not parsed.
const FIELDS = new Set(['kind', 'year', 'issuer', 'quarter', 'number', 'date', 'subject', 'bases', 'recipients', 'signer']);

/** The register's fields of a document: its top-level blocks for those fields alone, else the whole text, parsed. */
export function registerFields(text: string): Record<string, unknown> | undefined {
  const kept: string[] = [];
  let keep = false;
  for (const line of text.split('\n')) {
    const key = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(line)?.[1];
    if (key !== undefined) keep = FIELDS.has(key);
    if (keep) kept.push(line);
  }
  for (const source of [kept.join('\n'), text]) {
    const value = parseSource(source).value;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'kind' in value) return value as Record<string, unknown>;
  }
  return undefined;
}

/** Numbered, of the issuer asked for, and numbered in the year: read from the header lines without parsing. */
function qualifies(text: string, year: number, issuer: string | undefined, codes: readonly string[]): boolean {
  const header = readHeader(text);
  if (!/^number:/m.test(text)) return false;
  if (issuer && header.issuer !== issuer && !codes.some((code) => header.number?.includes(code))) return false;
  return numberingYear(header.date, header.year ?? NaN) === year || header.year === year || Number(header.date?.slice(0, 4)) === year;
}

function readConfig(root: string): RepositoryConfig {
  const parsed = parseSource(readFileSync(`${root}/${CONFIG_FILE}`, 'utf8'));
  const value = parsed.value as RepositoryConfig | undefined;
  if (!value || !Array.isArray(value.units)) {
    throw new UserError({ vi: `không đọc được ${CONFIG_FILE}; hãy chạy \`giaouoc validate\` và sửa tệp này trước`, en: `cannot read ${CONFIG_FILE}; run \`giaouoc validate\` and fix it first` });
  }
  return value;
}
