// Text that parses but will print wrong: decomposed Unicode, legacy Vietnamese encodings, unfilled placeholders.

import { forEachString, type ParsedSource } from '../documents/parse.js';
import { pointer, type Issue } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { isNfc } from './text/nfc.js';
import { detectLegacyEncoding } from './text/legacy.js';
import { findPlaceholder } from './text/placeholder.js';

// Controls but tab and newline, DEL and C1, bidi embeddings/overrides/isolates/marks, line and paragraph separators.
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

function hiddenCharacter(value: string): string | undefined {
  return value.includes('\u0000') ? '\u0000' : HIDDEN.exec(value)?.[0];
}

export function textIssues(file: string, parsed: ParsedSource): Issue[] {
  const issues: Issue[] = [];
  forEachString(parsed, (value, path, offset) => {
    const where = () => ({ file, ...parsed.lines.at(offset), path: pointer(path) });
    if (!parsed.nfc && !isNfc(value)) {
      const word = value.split(/\s+/).find((part) => !isNfc(part)) ?? value;
      issues.push({ ...where(), severity: MESSAGES['text-nfc'].severity, code: 'text-nfc', args: { sample: word.normalize('NFC') } });
    }
    const legacy = detectLegacyEncoding(value);
    if (legacy) {
      const code = legacy.encoding === 'TCVN3' ? 'text-tcvn3' : 'text-vni';
      issues.push({ ...where(), severity: MESSAGES[code].severity, code, args: { sample: legacy.sample, converted: legacy.converted ?? '' } });
    }
    const control = hiddenCharacter(value);
    if (control) {
      const code = control === '\u0000' ? 'text-nul' : 'text-control';
      issues.push({ ...where(), severity: MESSAGES[code].severity, code, args: { sample: `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } });
    }
    const placeholder = findPlaceholder(value);
    if (placeholder) {
      issues.push({ ...where(), severity: MESSAGES['text-placeholder'].severity, code: 'text-placeholder', args: { sample: placeholder } });
    }
  });
  return issues;
}
