// Punctuation of list lines: `căn cứ` lines and recipients end with `;`, the last one with `.`.

const DOCUMENT_END = /\s*\.\/\.\s*$/u;
const TRAILING_PUNCTUATION = /[\s;.,]+$/u;

/**
 * Ends a list line with `;`, or `.` when it is the last one, replacing whatever `;`, `.` or `,` the line already
 * ends with. A `./.` is removed too: it closes a whole document, never a line inside it.
 */
export function endSentence(s: string, last: boolean): string {
  const body = s.replace(DOCUMENT_END, '').replace(TRAILING_PUNCTUATION, '');
  if (body === '') return body;
  return `${body}${last ? '.' : ';'}`;
}

// Opening mark → the closing marks accepted with it. Straight and typographic quotes get mixed when text is
// pasted between editors, so “…" and "…” are taken as quoted too.
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”"',
  '"': '"”',
  '‘': '’\'',
  "'": '\'’',
  '„': '“”',
};

/** Removes one pair of surrounding quotes: themes are stored bare and printed inside “ ” by the template. */
export function stripQuotes(s: string): string {
  const text = s.trim();
  if (text.length < 2) return text;
  const closers = QUOTE_PAIRS[text[0]];
  if (closers === undefined || !closers.includes(text[text.length - 1])) return text;
  return text.slice(1, -1).trim();
}
