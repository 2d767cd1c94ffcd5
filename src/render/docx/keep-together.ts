// The print stylesheet's pagination rule for Word: the body's last paragraphs stay on the signature's page.
// Word keeps a paragraph marked "keep with next" on the page of the following table's first row, so the last
// two paragraphs before the signature block get that mark. A data table before them is left to break between
// its rows, as in the PDF.
import { Paragraph, Table } from 'docx';

/** Tables that hold the signature block (the closing, a compact's grid), registered as they are made. */
const signatureTables = new WeakSet<Table>();

export function markSignatureTable<T extends Table>(table: T): T {
  signatureTables.add(table);
  return table;
}

type Block = Paragraph | Table;

/** The blocks with the paragraphs just before the first signature table kept with it. */
export function keepBodyWithSignature(blocks: Block[]): Block[] {
  const at = blocks.findIndex((block) => block instanceof Table && signatureTables.has(block));
  if (at < 0) return blocks;
  const result = [...blocks];
  for (let index = at - 1, kept = 0; index >= 0 && kept < 2; index--, kept++) {
    const block = result[index];
    if (!(block instanceof Paragraph)) break;
    result[index] = keptWithNext(block);
  }
  return result;
}

/** The same paragraph rebuilt from its own options, with "keep with next". */
function keptWithNext(paragraph: Paragraph): Paragraph {
  const options = (paragraph as unknown as { options?: unknown }).options;
  if (typeof options !== 'object' || options === null) return paragraph;
  return new Paragraph({ ...(options as ConstructorParameters<typeof Paragraph>[0] & object), keepNext: true });
}
