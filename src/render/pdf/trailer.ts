// The classic trailer of the PDF Chromium writes, read by both incremental updates (document information and
// the finishing step) so that they agree on where the catalog, the Info object and the last cross-reference are.

export interface PdfTrailer {
  size: number;
  /** The catalog's object reference without the `R` ("12 0"). */
  root: string;
  /** The Info object's reference without the `R`, when there is one. */
  info?: string;
  startxref: number;
}

export function readPdfTrailer(text: string): PdfTrailer {
  const at = text.lastIndexOf('trailer');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (at < 0 || !start) throw new Error('PDF without a classic trailer: cannot update it');
  const dict = text.slice(at, text.indexOf('>>', at) + 2);
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+\s+\d+)\s+R/.exec(dict);
  if (!size || !root) throw new Error('PDF trailer without /Size or /Root');
  const info = /\/Info\s+(\d+\s+\d+)\s+R/.exec(dict);
  return { size: Number(size[1]), root: root[1]!, info: info?.[1], startxref: Number(start[1]) };
}
