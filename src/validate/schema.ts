// ajv's findings on one parsed file, turned into Issues placed on the YAML source.

import type { AjvError, Validator } from './generated/validators.js';
import { locate, type ParsedSource, type PathSegment } from '../documents/parse.js';
import { pointer, type Issue, type IssueArgs } from './issue.js';
import { closest, closestValue } from './suggest.js';
import { propertyNames, schemaAt, titleAt } from './schema-titles.js';

export function schemaIssues(file: string, parsed: ParsedSource, schemaName: string, validate: Validator): Issue[] {
  if (validate(parsed.value)) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // A field a condition requires (`then`) is reported after the fields every document requires, whatever
  // order ajv checked them in, so the first finding at a place is the plainest one.
  const conditional = (error: AjvError) => Number(error.schemaPath.includes('/then/'));
  for (const error of [...(validate.errors ?? [])].sort((a, b) => conditional(a) - conditional(b))) {
    if (error.keyword === 'if') continue; // its `then` error says what is wrong
    // A `not` tells editors what may not stand together; validate words each one as a rule of its own
    // (commitments beside a body: src/validate/local-rules.ts), placed on the key at fault.
    if (error.keyword === 'not') continue;
    const issue = toIssue(file, parsed, schemaName, error);
    const key = `${issue.line}:${issue.column}:${issue.code}:${issue.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(file: string, parsed: ParsedSource, schemaName: string, error: AjvError): Issue {
  const path = parsePointer(error.instancePath);
  const field = fieldName(path);
  const title = titleAt(schemaName, path, parsed.value);
  const value = valueAt(parsed.value, path);
  const base = { file, severity: 'error' as const };
  const at = (where: readonly PathSegment[], key = false) => ({ ...locate(parsed, where, { key }), path: pointer(where) });
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const childTitle = schemaAt(schemaName, [...path, missing], parsed.value)?.title ?? '';
      return { ...base, ...at(path), code: 'schema-required', args: { field: missing, title: childTitle } };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const suggest = closest(extra, propertyNames(schemaName, path, parsed.value)) ?? '';
      return { ...base, ...at([...path, extra], true), code: 'schema-additional', args: { field: extra, suggest } };
    }
    case 'type':
      return { ...base, ...at(path), code: 'schema-type', args: { title, field, expected: String(params.type), actual: jsonType(value) } };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggest = typeof value === 'string' ? (closestValue(value, allowed) ?? '') : '';
      return { ...base, ...at(path), code: 'schema-enum', args: { title, field, value: show(value), allowed: allowed.join(', '), suggest } };
    }
    case 'const':
      return { ...base, ...at(path), code: 'schema-const', args: { title, field, allowed: String(params.allowedValue) } };
    case 'pattern':
      return { ...base, ...at(path), code: 'schema-pattern', args: { title, field, value: show(value), pattern: String(params.pattern) } };
    case 'minLength':
      return { ...base, ...at(path), code: 'schema-minLength', args: { title, field } };
    case 'minItems':
    case 'maxItems':
      return { ...base, ...at(path), code: `schema-${error.keyword}`, args: { title, field, limit: Number(params.limit), count: Array.isArray(value) ? value.length : 0 } };
    case 'minProperties':
      return { ...base, ...at(path), code: 'schema-minProperties', args: { title, field, limit: Number(params.limit) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, ...at(path), code: error.keyword.endsWith('inimum') ? 'schema-minimum' : 'schema-maximum', args: { title, field, value: show(value), limit: Number(params.limit) } };
    case 'uniqueItems':
      return { ...base, ...at([...path, Number(params.i)]), code: 'schema-uniqueItems', args: { title, field, first: Number(params.j) + 1, second: Number(params.i) + 1 } };
    default:
      return { ...base, ...at(path), code: 'schema-other', args: { title, field, detail: error.message ?? error.keyword } };
  }
}

function parsePointer(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `commitments[2].targets[0].value`: how a YAML key path reads to someone editing the file. */
export function fieldName(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(tệp)';
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) current = (current as Record<string | number, unknown> | undefined)?.[segment];
  return current;
}

function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

