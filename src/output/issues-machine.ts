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

/**
 * SARIF 2.1.0 for code scanning (GitHub uploads it with `github/codeql-action/upload-sarif`): one rule per finding
 * code, one result per finding, paths relative to where the command ran (the repository root in CI).
 */
export function formatIssuesSarif(issues: readonly Issue[], cwd: string, lang: Lang, version: string): string {
  const codes = [...new Set(issues.map((issue) => issue.code))].sort();
  const results = issues.map((issue) => ({
    ruleId: issue.code,
    ruleIndex: codes.indexOf(issue.code),
    level: issue.severity === 'error' ? 'error' : 'warning',
    message: { text: issueMessage(issue, lang) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(displayPath(issue.file, cwd)), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, issue.line), startColumn: Math.max(1, issue.column) },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'giaouoc',
            version,
            informationUri: 'https://www.npmjs.com/package/giaouoc',
            rules: codes.map((code) => ({ id: code, name: code, shortDescription: { text: `giaouoc ${code}` } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative path as a URI reference: `/`-separated, each segment percent-encoded (spaces, Vietnamese letters). */
function sarifUri(path: string): string {
  return path.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

// GitHub keeps the step summary to 1 MiB; stay well below and say how many findings were left out.
const SUMMARY_LIMIT = 900 * 1024;

/** The job summary (`$GITHUB_STEP_SUMMARY`): every finding in one Markdown table, since annotations stop at ten. */
export function formatIssuesSummary(issues: readonly Issue[], fileCount: number, cwd: string, lang: Lang): string {
  const { errors, warnings } = countBySeverity(issues);
  const en = lang === 'en';
  const head = en
    ? `### giaouoc: ${errors} error(s), ${warnings} warning(s) in ${fileCount} file(s)\n`
    : `### giaouoc: ${errors} lỗi, ${warnings} cảnh báo trong ${fileCount} tệp\n`;
  if (issues.length === 0) return `${head}\n${en ? 'No findings.' : 'Không có lỗi hay cảnh báo nào.'}\n`;
  const lines = [head, en ? '| File | Line | Column | Severity | Finding | Code |' : '| Tệp | Dòng | Cột | Mức | Nội dung | Mã |', '|---|---:|---:|---|---|---|'];
  let size = lines.join('\n').length;
  let shown = 0;
  for (const issue of issues) {
    const severity = issue.severity === 'error' ? (en ? 'error' : 'lỗi') : en ? 'warning' : 'cảnh báo';
    const row = `| ${cell(displayPath(issue.file, cwd))} | ${issue.line} | ${issue.column} | ${severity} | ${cell(issueMessage(issue, lang))} | \`${issue.code}\` |`;
    if (size + row.length + 1 > SUMMARY_LIMIT) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < issues.length) lines.push('', en ? `… and ${issues.length - shown} more: run \`giaouoc validate\` to see them all.` : `… và ${issues.length - shown} chỗ khác: chạy \`giaouoc validate\` để xem đủ.`);
  return lines.join('\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
