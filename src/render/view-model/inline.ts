// Bold and italic inside a sentence: **đậm**, *nghiêng*, ***cả hai***; `\*` is a literal asterisk. Text whose
// marks do not pair up prints exactly as written, so a stray asterisk never swallows the rest of a sentence.
import type { RunView } from './types.js';

export function inlineRuns(text: string): RunView[] {
  const runs: RunView[] = [];
  let bold = false;
  let italic = false;
  let current = '';
  const flush = () => {
    if (current !== '') runs.push({ text: current, bold, italic });
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '*') {
      current += '*';
      i++;
      continue;
    }
    if (char !== '*') {
      current += char;
      continue;
    }
    let count = 1;
    while (text[i + count] === '*' && count < 3) count++;
    flush();
    if (count !== 1) bold = !bold;
    if (count !== 2) italic = !italic;
    i += count - 1;
  }
  flush();
  if (bold || italic) return [{ text: text.replace(/\\\*/g, '*'), bold: false, italic: false }];
  return runs;
}

/** The text of runs, for titles and checks. */
/** A cell's lines as the author broke them ("- …" lines, points of each line), each with its own marks. */
export function cellRuns(text: string): RunView[] {
  return text.split('\n').flatMap((line, index) => [
    ...(index ? [{ text: '', bold: false, italic: false, lineBreak: true }] : []),
    ...inlineRuns(line),
  ]);
}

export function runsText(runs: readonly RunView[]): string {
  return runs.map((run) => run.text).join('');
}
