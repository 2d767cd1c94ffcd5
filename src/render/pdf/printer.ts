// One browser for a whole batch: a small pool of pages, each reused from document to document.
import type { CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { embeddedFontCss } from '../fonts.js';
import { launchBrowser, type LaunchedBrowser, type LaunchOptions } from './browser.js';
import { finishPdf, type PdfFinish } from './finish.js';

export interface PdfPrinterOptions extends LaunchOptions {
  /** Pages printing at the same time (default 2: one per core on a small machine). */
  concurrency?: number;
  /** Per document, for loading and printing. */
  timeoutMs?: number;
  /**
   * A tagged PDF (structure tree for screen readers). Off: it costs about a sixth of the batch rate
   * (bench/README.md), and poppler, print shops and archives do not read it.
   */
  tagged?: boolean;
}

export interface PrintItem {
  html: string;
  /** The document's metadata: the PDF is finished with it (see finish.ts); without it the PDF is Chromium's own. */
  finish?: PdfFinish;
}

export interface PrintManyOptions {
  concurrency?: number;
  /** Called after each document, with its index in `items`; for progress output. */
  onPrinted?: (index: number) => void;
}

export class PdfPrinter {
  private readonly idle: PooledPage[] = [];
  private readonly waiting: Array<(page: PooledPage) => void> = [];
  private pageCount = 0;
  private closed = false;

  private constructor(
    private readonly launched: LaunchedBrowser,
    private readonly concurrency: number,
    private readonly timeoutMs: number,
    private readonly tagged: boolean,
  ) {}

  static async launch(options: PdfPrinterOptions = {}): Promise<PdfPrinter> {
    const launched = await launchBrowser(options);
    return new PdfPrinter(launched, Math.max(1, options.concurrency ?? 2), options.timeoutMs ?? 30_000, options.tagged ?? false);
  }

  /** The HTML must be self-contained (renderHtml with fonts: "embedded"); the result is the PDF's bytes. */
  async print(html: string, finish?: PdfFinish): Promise<Buffer> {
    const page = await this.acquire();
    let pdf: Buffer;
    try {
      await page.page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
      pdf = await this.printPage(page);
    } finally {
      this.release(page);
    }
    return finish ? finishPdf(pdf, finish) : pdf;
  }

  /**
   * Page.printToPDF on the page's own DevTools session, the PDF returned in the answer: one round trip where
   * puppeteer's page.pdf() takes four (a fonts.ready check in a second world, the print, a stream read and its
   * close). The fonts are awaited in the page itself first, so no glyph prints in a fallback face.
   */
  private async printPage(page: PooledPage): Promise<Buffer> {
    await page.page.evaluate(() => document.fonts.ready.then(() => undefined));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`printing took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const result = await Promise.race([
        page.session.send('Page.printToPDF', {
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
          generateTaggedPDF: this.tagged,
          transferMode: 'ReturnAsBase64',
        }),
        timeout,
      ]);
      return Buffer.from(result.data, 'base64');
    } finally {
      clearTimeout(timer);
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
        results[index] = await this.print(item.html, item.finish);
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

  private async acquire(): Promise<PooledPage> {
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

  private release(page: PooledPage): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(page);
    else this.idle.push(page);
  }

  /**
   * A sealed page on a file:// document: a repository's templates are not trusted, so the page runs no script
   * and may load nothing but its own blank document and giaouoc's font files — no other file, no network.
   */
  private async openPage(): Promise<PooledPage> {
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
    return { page, session: await page.createCDPSession() };
  }
}

/** A page of the pool and a DevTools session of its own on the same target, for printing. */
interface PooledPage {
  page: Page;
  session: CDPSession;
}

let fonts: string[] | undefined;

/** The file:// URLs of the bundled font faces, exactly as the embedded stylesheet names them. */
function fontUrls(): string[] {
  fonts ??= [...embeddedFontCss().matchAll(/url\("([^"]+)"\)/g)].map((match) => match[1]!);
  return fonts;
}
