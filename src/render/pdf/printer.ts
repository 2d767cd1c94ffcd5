// One browser for a whole batch: a small pool of pages, each reused from document to document.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { embeddedFontCss } from '../fonts.js';
import { launchBrowser, type LaunchedBrowser, type LaunchOptions } from './browser.js';
import { addTraceInfo, type PdfTraceInfo } from './metadata.js';

export interface PdfPrinterOptions extends LaunchOptions {
  /** Pages printing at the same time (default 2: one per core on a small machine). */
  concurrency?: number;
  /** Per document, for loading and printing. */
  timeoutMs?: number;
}

export interface PrintItem {
  html: string;
  meta?: PdfTraceInfo;
}

export interface PrintManyOptions {
  concurrency?: number;
  /** Called after each document, with its index in `items`; for progress output. */
  onPrinted?: (index: number) => void;
}

export class PdfPrinter {
  private readonly idle: Page[] = [];
  private readonly waiting: Array<(page: Page) => void> = [];
  private pageCount = 0;
  private closed = false;

  private constructor(
    private readonly launched: LaunchedBrowser,
    private readonly concurrency: number,
    private readonly timeoutMs: number,
  ) {}

  static async launch(options: PdfPrinterOptions = {}): Promise<PdfPrinter> {
    const launched = await launchBrowser(options);
    return new PdfPrinter(launched, Math.max(1, options.concurrency ?? 2), options.timeoutMs ?? 30_000);
  }

  /** The HTML must be self-contained (renderHtml with fonts: "embedded"); the result is the PDF's bytes. */
  async print(html: string, meta: PdfTraceInfo = {}): Promise<Buffer> {
    const page = await this.acquire();
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        // The structure tree of a tagged PDF costs about a third of the printing time; poppler, print shops
        // and archives do not read it.
        tagged: false,
        timeout: this.timeoutMs,
      });
      return addTraceInfo(Buffer.from(pdf), meta);
    } finally {
      this.release(page);
    }
  }

  /** Prints every item with up to `concurrency` pages at once; results keep the order of `items`. */
  async printMany(items: PrintItem[], options: PrintManyOptions = {}): Promise<Buffer[]> {
    const results: Buffer[] = new Array(items.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const index = next++;
        const item = items[index]!;
        results[index] = await this.print(item.html, item.meta);
        options.onPrinted?.(index);
      }
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? this.concurrency, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.launched.close();
  }

  private async acquire(): Promise<Page> {
    if (this.closed) throw new Error('PdfPrinter is closed');
    const page = this.idle.pop();
    if (page) return page;
    if (this.pageCount < this.concurrency) {
      this.pageCount++;
      try {
        return await this.openPage();
      } catch (error) {
        this.pageCount--;
        throw error;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(page);
    else this.idle.push(page);
  }

  /**
   * A sealed page on a file:// document: a repository's templates are not trusted, so the page runs no script
   * and may load nothing but its own blank document and giaouoc's font files — no other file, no network.
   */
  private async openPage(): Promise<Page> {
    const page = await this.launched.browser.newPage();
    const allowed = new Set([this.launched.blankUrl, ...fontUrls()]);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (allowed.has(url) || url.startsWith('data:')) void request.continue().catch(() => undefined);
      // A navigation answered "204 No Content" leaves the page where it is (a blocked one would show an error page).
      else if (request.isNavigationRequest()) void request.respond({ status: 204, body: '' }).catch(() => undefined);
      else void request.abort('blockedbyclient').catch(() => undefined);
    });
    await page.goto(this.launched.blankUrl, { waitUntil: 'load', timeout: this.timeoutMs });
    return page;
  }
}

let fonts: string[] | undefined;

/** The file:// URLs of the bundled font faces, exactly as the embedded stylesheet names them. */
function fontUrls(): string[] {
  fonts ??= [...embeddedFontCss().matchAll(/url\("([^"]+)"\)/g)].map((match) => match[1]!);
  return fonts;
}
