// Findings for people: `file:line:column severity message [code]`, and in a terminal a code frame under each.

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Painter } from './style.js';
import type { Lang } from '../context.js';
import { countBySeverity, type Issue } from '../validate/issue.js';
import { issueMessage, severityLabel } from './localize.js';

export interface TextOptions {
  cwd: string;
  lang: Lang;
  paint: Painter;
  codeFrames: boolean;
}

export function formatIssuesText(issues: readonly Issue[], fileCount: number, options: TextOptions): string {
  const { paint, lang } = options;
  const sources = new Map<string, string[] | undefined>();
  const lines: string[] = [];
  for (const issue of issues) {
    const where = `${displayPath(issue.file, options.cwd)}:${issue.line}:${issue.column}`;
    const label = severityLabel(issue.severity, lang);
    const painted = issue.severity === 'error' ? paint.red(label) : paint.yellow(label);
    lines.push(`${paint.bold(where)} ${painted} ${issueMessage(issue, lang)} ${paint.dim(`[${issue.code}]`)}`);
    if (options.codeFrames) {
      if (!sources.has(issue.file)) sources.set(issue.file, readLines(issue.file));
      const frame = codeFrame(sources.get(issue.file), issue.line, issue.column, paint);
      if (frame) lines.push(frame, '');
    }
  }
  lines.push(summary(issues, fileCount, lang, paint));
  return lines.join('\n') + '\n';
}

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function summary(issues: readonly Issue[], fileCount: number, lang: Lang, paint: Painter): string {
  const { errors, warnings } = countBySeverity(issues);
  if (lang === 'en') {
    if (issues.length === 0) return paint.green(`✔ ${fileCount} ${fileCount === 1 ? 'file' : 'files'} checked, no problems`);
    const text = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${fileCount} ${fileCount === 1 ? 'file' : 'files'}`;
    return errors ? paint.red(`✖ ${text}`) : paint.yellow(`⚠ ${text}`);
  }
  if (issues.length === 0) return paint.green(`✔ đã kiểm tra ${fileCount} tệp, không có lỗi`);
  const text = `${errors} lỗi, ${warnings} cảnh báo trong ${fileCount} tệp`;
  return errors ? paint.red(`✖ ${text}`) : paint.yellow(`⚠ ${text}`);
}

function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

function codeFrame(lines: string[] | undefined, line: number, column: number, paint: Painter): string | undefined {
  if (!lines || line < 1 || line > lines.length) return undefined;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const gutter = `${n === line ? '>' : ' '} ${String(n).padStart(width)} | `;
    const content = lines[n - 1].replace(/\t/g, '→');
    out.push(n === line ? paint.bold(gutter) + content : paint.dim(gutter) + paint.dim(content));
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${paint.red('^')}`);
  }
  return out.join('\n');
}
