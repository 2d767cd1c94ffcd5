// One Chromium for the tests of a file: launched before them, closed after them.
import { afterAll, beforeAll } from 'vitest';
import { PdfPrinter } from '../../src/render/pdf/printer.js';

/** Registers the launch and the close; call the returned function inside a test for the printer. */
export function usePrinter(): () => PdfPrinter {
  let printer: PdfPrinter | undefined;
  beforeAll(async () => {
    printer = await PdfPrinter.launch();
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });
  return () => {
    if (!printer) throw new Error('the printer is used outside a test');
    return printer;
  };
}
