// A file whose text is NFC can still spell a decomposed string with double-quoted escapes: its values must come out
// in NFC like every other string, or ids and schema words would compare unequal to what the same letters typed in.

import { describe, expect, it } from 'vitest';
import { locate, parseSource } from '../../src/documents/parse.js';
import { textIssues } from '../../src/validate/text-issues.js';

describe('double-quoted escapes in an NFC file', () => {
  const source = 'kind: compact\nsubject: "Giao u\\u031Bo\\u031B\\u0301c"\n"ke\\u0301y": 1\n';

  it('reads every string and key in NFC', () => {
    const parsed = parseSource(source);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ kind: 'compact', subject: 'Giao ước', 'kéy': 1 });
    expect(Object.keys(parsed.value as object)).toContain('k\u00e9y');
  });

  it('places the escaped key and warns about each decomposed string or key where it is written', () => {
    const parsed = parseSource(source);
    expect(locate(parsed, ['k\u00e9y'])).toEqual({ line: 3, column: 14 });
    const issues = textIssues('a.yaml', parsed).filter((issue) => issue.code === 'text-nfc');
    expect(issues.map((issue) => issue.line)).toEqual([2, 3]);
  });

  it('leaves a file without escapes alone', () => {
    const parsed = parseSource('subject: Giao ước\n');
    expect(parsed.nfc).toBe(true);
    expect(parsed.value).toEqual({ subject: 'Giao ước' });
  });
});
