// Everything that can be checked from one file alone: bytes, YAML, schema, text, ids and dates.
// Pure: bytes in, findings and facts out. The result is what the cache stores and what workers return.

import { decodeSource } from '../documents/source.js';
import { locate, parseSource, type ParsedSource } from '../documents/parse.js';
import type { DocumentFacts, Locator } from '../kinds/facts.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { findKind, KIND_NAMES } from '../kinds/registry.js';
import { validatorOf } from './validator-of.js';
import { pointer, type Issue, type IssueArgs } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { schemaIssues } from './schema.js';
import { textIssues } from './text-issues.js';
import { localRuleIssues } from './local-rules.js';
import { configRuleIssues } from './config-rules.js';

export interface FileResult {
  issues: Issue[];
  /** Present for a document whose kind, year and issuer could be read. */
  facts?: DocumentFacts;
  /** The registry itself, for giaouoc.yaml without errors: the cross-document rules read it. */
  config?: RepositoryConfig;
}

/** 'facts': a document read only for the facts another file's rules need; nothing about it is reported or kept. */
export type FileRole = 'config' | 'document' | 'facts';

export function checkFile(file: string, bytes: Uint8Array, role: FileRole): FileResult {
  const decoded = decodeSource(bytes);
  const issues: Issue[] = decoded.problems.map((problem) => sourceIssue(file, problem.code, problem.line, problem.column, problem.args));
  if (!decoded.text && issues.length > 0) return { issues };
  const parsed = parseSource(decoded.text);
  for (const problem of parsed.problems) issues.push(sourceIssue(file, problem.code, problem.line, problem.column, problem.args));
  if (parsed.value === undefined && parsed.problems.length > 0) return { issues };

  if (role !== 'facts') issues.push(...textIssues(file, parsed));
  if (role === 'config') {
    issues.push(...schemaIssues(file, parsed, 'config', validatorOf('config')));
    issues.push(...configRuleIssues(file, parsed));
    const sound = !issues.some((issue) => issue.severity === 'error');
    return { issues, config: sound ? (parsed.value as RepositoryConfig) : undefined };
  }
  const value = parsed.value;
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('kind' in value)) {
    issues.push(issueAt(file, parsed, [], 'not-a-document', {}));
    return { issues };
  }
  const doc = value as Record<string, unknown>;
  const kind = typeof doc.kind === 'string' ? findKind(doc.kind) : undefined;
  if (!kind || kind.name !== doc.kind) {
    issues.push(issueAt(file, parsed, ['kind'], 'unknown-kind', { value: String(doc.kind), allowed: KIND_NAMES.join(', ') }));
    return { issues };
  }
  if (role !== 'facts') issues.push(...schemaIssues(file, parsed, kind.schema, validatorOf(kind.schema)));
  const at: Locator = (path) => ({ ...locate(parsed, path), path: pointer(path) });
  const facts = kind.facts(doc, at);
  if (role !== 'facts') issues.push(...localRuleIssues(file, facts, doc));
  return { issues, facts: Number.isFinite(facts.year) && facts.issuer.id ? facts : undefined };
}

function sourceIssue(file: string, code: string, line: number, column: number, args: IssueArgs): Issue {
  const known = MESSAGES[code] ? code : code.startsWith('yaml-') ? 'yaml-syntax' : code;
  return { file, line, column, path: '', severity: MESSAGES[known]?.severity ?? 'error', code: known, args };
}

export function issueAt(file: string, parsed: ParsedSource, path: (string | number)[], code: string, args: IssueArgs): Issue {
  return { file, ...locate(parsed, path), path: pointer(path), severity: MESSAGES[code].severity, code, args };
}
