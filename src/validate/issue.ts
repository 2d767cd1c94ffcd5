// Findings are data: where, how bad, which rule, with what values. Wording happens in messages/.

export type Severity = 'error' | 'warning';

export type IssueArgs = Record<string, string | number>;

export interface Issue {
  /** Absolute path of the file the finding is about. */
  file: string;
  line: number;
  column: number;
  /** JSON pointer of the value inside the document ('' for the whole file). */
  path: string;
  severity: Severity;
  code: string;
  args: IssueArgs;
}

export function pointer(path: readonly (string | number)[]): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}

/** Files first, then lines and columns: the order a person fixes them in. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
