// Findings for machines: JSON for tools, workflow commands for GitHub Actions annotations.

import type { Lang } from '../context.js';
import { countBySeverity, type Issue } from '../validate/issue.js';
import { displayPath } from './issues-text.js';
import { issueMessage } from './localize.js';

export function formatIssuesJson(issues: readonly Issue[], fileCount: number, cwd: string, lang: Lang): string {
  const { errors, warnings } = countBySeverity(issues);
  const list = issues.map((issue) => ({
    file: displayPath(issue.file, cwd),
    line: issue.line,
    column: issue.column,
    path: issue.path,
    severity: issue.severity,
    code: issue.code,
    message: issueMessage(issue, lang),
  }));
  return JSON.stringify({ files: fileCount, errors, warnings, issues: list }, null, 2) + '\n';
}

export function formatIssuesGithub(issues: readonly Issue[], cwd: string, lang: Lang): string {
  return issues
    .map((issue) => {
      const command = issue.severity === 'error' ? 'error' : 'warning';
      const props = `file=${property(displayPath(issue.file, cwd))},line=${issue.line},col=${issue.column},title=${property(`giaouoc ${issue.code}`)}`;
      return `::${command} ${props}::${data(issueMessage(issue, lang))}\n`;
    })
    .join('');
}

function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
