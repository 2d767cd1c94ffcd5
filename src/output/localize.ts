// From a finding's code and values to the sentence a person reads, in their language.

import type { Lang } from '../context.js';
import type { Issue, Severity } from '../validate/issue.js';
import { MESSAGES } from '../validate/messages/catalog.js';

export function issueMessage(issue: Issue, lang: Lang): string {
  const spec = MESSAGES[issue.code];
  if (!spec) return issue.code;
  return lang === 'en' ? spec.en(issue.args) : spec.vi(issue.args);
}

export function severityLabel(severity: Severity, lang: Lang): string {
  if (lang === 'en') return severity;
  return severity === 'error' ? 'lỗi' : 'cảnh báo';
}
