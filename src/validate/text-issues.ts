// Text that parses but will print wrong: decomposed Unicode, legacy Vietnamese encodings, unfilled placeholders.

import { forEachString, type ParsedSource } from '../documents/parse.js';
import { pointer, type Issue } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { isNfc } from './text/nfc.js';
import { detectLegacyEncoding } from './text/legacy.js';
import { findPlaceholder } from './text/placeholder.js';

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
    const placeholder = findPlaceholder(value);
    if (placeholder) {
      issues.push({ ...where(), severity: MESSAGES['text-placeholder'].severity, code: 'text-placeholder', args: { sample: placeholder } });
    }
  });
  return issues;
}
