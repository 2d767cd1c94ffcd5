// The print check's findings for people: one line per finding, `file:page` first, then a closing count.
import type { Lang } from '../context.js';
import { printFindingText, type PrintFinding } from '../render/check/index.js';

export interface PrintCheckResult {
  file: string;
  findings: PrintFinding[];
}

export function formatPrintFindings(results: PrintCheckResult[], lang: Lang): string {
  const lines: string[] = [];
  const page = lang === 'en' ? 'page' : 'trang';
  for (const result of results) {
    for (const finding of result.findings) {
      lines.push(`${result.file}:${page} ${finding.page} ${printFindingText(finding, lang)} [${finding.code}]`);
    }
  }
  const count = results.reduce((sum, result) => sum + result.findings.length, 0);
  const failing = results.filter((result) => result.findings.length > 0).length;
  if (count === 0) {
    lines.push(lang === 'en' ? `✔ ${results.length} printed file(s) meet the layout profile` : `✔ ${results.length} tệp in đạt thể thức`);
  } else {
    lines.push(lang === 'en' ? `✖ ${count} layout problem(s) in ${failing} of ${results.length} file(s)` : `✖ ${count} chỗ sai thể thức trong ${failing}/${results.length} tệp`);
  }
  return `${lines.join('\n')}\n`;
}
