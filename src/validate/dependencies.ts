// Validating a few files of a large repository need not parse all the others. The cross-document rules of a
// document read the facts of the documents it points at (a report its plan, a plan its compact, a score sheet
// its bloc's scoring table, a scoring table the year's score sheets); every other file only has to be known by
// its identity (kind, year, issuer), for the duplicate rule. That identity comes from a scan of the file's
// top-level lines, without a YAML parse.

import { emptyFacts, type DocumentFacts } from '../kinds/facts.js';
import type { Need } from '../kinds/links.js';
import type { KindName } from '../kinds/model.js';
import { needsOf as kindNeeds } from '../kinds/registry.js';
import { ownCopy } from '../repo/interner.js';

export interface Header {
  kind?: string;
  year?: number;
  issuer?: string;
  quarter?: number;
  /** Read for the number rules: a light document's number still counts for uniqueness. */
  number?: string;
  date?: string;
}

export type { Need };

const TOP_LEVEL = /^(kind|year|issuer|quarter|number|date):[ \t]*(.*)$/gm;

/** The identity a document declares in its top-level lines; fields it does not state plainly stay undefined. */
export function readHeader(text: string): Header {
  const header: Header = {};
  for (const match of text.matchAll(TOP_LEVEL)) {
    const value = match[1] === 'number' ? numberScalar(match[2]) : plainScalar(match[2]);
    if (value === undefined) continue;
    const key = match[1] as keyof Header;
    if (key === 'year' || key === 'quarter') {
      if (/^\d+$/.test(value)) header[key] = Number(value);
    } else {
      // A string of its own: a piece cut from the file's text would keep all of it alive (ownCopy).
      header[key] = ownCopy(value);
    }
  }
  return header;
}

/** A plain or quoted one-line scalar without its comment; undefined for anything more involved. */
function plainScalar(raw: string): string | undefined {
  const text = raw.replace(/\s+#.*$/, '').trim();
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted) return quoted[2];
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text) ? text : undefined;
}

/** A number holds `/` and Vietnamese capitals: any one-line scalar without spaces inside. */
function numberScalar(raw: string): string | undefined {
  const text = raw.replace(/\s+#.*$/, '').trim();
  const value = /^(['"])(.*)\1$/.exec(text)?.[2] ?? text;
  return value && !/[\s'"#]/u.test(value) ? value.normalize('NFC') : undefined;
}

/** Enough of a header to stand in for the document's facts in the duplicate rule. */
export function isComplete(header: Header): header is Required<Pick<Header, 'kind' | 'year' | 'issuer'>> & Header {
  return header.kind !== undefined && header.year !== undefined && header.issuer !== undefined;
}

export function headerFacts(header: Header): DocumentFacts {
  const facts = emptyFacts(header.kind as KindName, header.year ?? NaN, { id: header.issuer ?? '', line: 1, column: 1, path: '' });
  const place = { line: 1, column: 1, path: '' };
  return {
    ...facts,
    quarter: header.quarter,
    number: header.number ? { id: header.number, ...place } : undefined,
    date: header.date ? { id: header.date, ...place } : undefined,
  };
}

/** The documents whose full facts the rules for `facts` read: each kind's entry says which (src/kinds/links.ts). */
export const needsOf: (facts: DocumentFacts) => Need[] = kindNeeds;

export function satisfies(need: Need, relative: string, header: Header): boolean {
  if ('path' in need) return need.path === relative;
  return (
    header.kind === need.kind &&
    header.year === need.year &&
    (need.issuer === undefined || header.issuer === need.issuer)
  );
}
