// "./." ends the last line of the body (FORMAT.md). A kind's view appends it to its last paragraph; when the
// body ends in something else (a heading whose items are empty, a table's closing line), this finds the last
// printed line of the body, whatever shape the body has, so the mark never stands on a line of its own.

/** Parts of a view that are not the body, in the order a template prints them. */
const NOT_BODY = new Set(['header', 'title', 'to', 'bases', 'recipients', 'signatures', 'trace', 'draftMark', 'layout', 'documentTitle']);

interface Carrier {
  holder: Record<string, unknown>;
  key: string;
}

/** The view with "./." on its body's last line; a view that already closes its body is returned as it is. */
export function withEndMark<T extends { trailingEndMark: boolean }>(view: T): T {
  if (!view.trailingEndMark) return view;
  const copy = structuredClone(view) as T & Record<string, unknown>;
  const last = lastLine(copy);
  if (!last) return view;
  const text = String(last.holder[last.key]).replace(/[\s.;:,]+$/u, '');
  last.holder[last.key] = `${text}./.`;
  return { ...copy, trailingEndMark: false };
}

function lastLine(view: Record<string, unknown>): Carrier | undefined {
  let found: Carrier | undefined;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (record.heading && typeof (record.heading as Record<string, unknown>).title === 'string') {
      found = { holder: record.heading as Record<string, unknown>, key: 'title' };
    }
    if (typeof record.text === 'string' && record.text.trim()) found = { holder: record, key: 'text' };
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'heading' && typeof child === 'object') visit(child);
    }
  };
  for (const [key, value] of Object.entries(view)) {
    if (NOT_BODY.has(key)) continue;
    if (typeof value === 'string' && value.trim() && key !== 'kind') found = { holder: view, key };
    else visit(value);
  }
  return found;
}
