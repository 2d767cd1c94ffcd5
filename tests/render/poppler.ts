// Reading PDFs back with poppler's command-line tools (pdfinfo, pdftotext, pdffonts).
import { runTool } from '../helpers/tools.js';

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export const MM = 72 / 25.4;

function run(tool: string, args: string[]): string {
  return runTool(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** The text with every run of white space as one space (wrapped lines join up). */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', [...range, file, '-']).replace(/\s+/g, ' ');
}

export function pdfWords(file: string): Word[] {
  const xml = run('pdftotext', ['-bbox', file, '-']);
  const words: Word[] = [];
  let page = 0;
  const pattern = /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of xml.matchAll(pattern)) {
    if (match[0] === '<page') {
      page++;
      continue;
    }
    words.push({
      page,
      text: decodeEntities(match[5]!),
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    const name = line.split(/\s+/)[0]!;
    // Columns after the type and encoding: emb sub uni object ID.
    const flags = line.trim().split(/\s+/).slice(-5);
    return { name, embedded: flags[0] === 'yes' };
  });
}

/** The words of one line, found by its first word and joined; with their combined box. */
export function findLine(words: Word[], page: number, phrase: string): Word | undefined {
  const parts = phrase.split(' ');
  const onPage = words.filter((word) => word.page === page);
  for (let i = 0; i + parts.length <= onPage.length; i++) {
    const run = onPage.slice(i, i + parts.length);
    if (run.every((word, k) => word.text === parts[k])) {
      return {
        page,
        text: phrase,
        xMin: Math.min(...run.map((w) => w.xMin)),
        yMin: Math.min(...run.map((w) => w.yMin)),
        xMax: Math.max(...run.map((w) => w.xMax)),
        yMax: Math.max(...run.map((w) => w.yMax)),
      };
    }
  }
  return undefined;
}
