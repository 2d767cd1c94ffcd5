// Finding and starting the Chromium that prints PDFs: the one CHROME_PATH names, else a usual install.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { UserError } from '../../errors.js';

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
const FIXED_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface FindBrowserOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Answers whether a file exists; tests pass their own. */
  exists?: (path: string) => boolean;
}

/** The path of a Chromium-family browser, or undefined when none is installed where we look. */
export function findBrowser(options: FindBrowserOptions = {}): string | undefined {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const platform = options.platform ?? process.platform;
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) return exists(fromEnv) ? fromEnv : undefined;
  const candidates = [
    '/usr/bin/chromium',
    ...searchPath(LINUX_NAMES, env.PATH ?? '', platform),
    ...(FIXED_PATHS[platform] ?? []),
  ];
  return candidates.find((path) => exists(path));
}

function searchPath(names: string[], pathVariable: string, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') return [];
  const dirs = pathVariable.split(delimiter).filter(Boolean);
  return names.flatMap((name) => dirs.map((dir) => join(dir, name)));
}

export function browserNotFound(env: NodeJS.ProcessEnv = process.env): UserError {
  const named = env.CHROME_PATH?.trim();
  if (named) {
    return new UserError({
      vi: `Không tìm thấy trình duyệt tại CHROME_PATH=${named}; hãy sửa đường dẫn hoặc cài Chromium (sudo apt-get install -y chromium).`,
      en: `No browser at CHROME_PATH=${named}; fix the path or install Chromium (sudo apt-get install -y chromium).`,
    });
  }
  return new UserError({
    vi: 'Cần Chromium để in PDF: cài bằng `sudo apt-get install -y chromium` hoặc đặt biến CHROME_PATH trỏ tới Chrome/Chromium/Edge.',
    en: 'Printing PDF needs Chromium: install it with `sudo apt-get install -y chromium` or set CHROME_PATH to a Chrome/Chromium/Edge binary.',
  });
}

export interface LaunchedBrowser {
  browser: Browser;
  /** A file:// page in the profile folder: documents set on it may load the local font files. */
  blankUrl: string;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = options.executablePath ?? findBrowser({ env: options.env });
  if (!executablePath) throw browserNotFound(options.env);
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = await mkdtemp(join(tmpdir(), 'giaouoc-chromium-'));
  const blankFile = join(userDataDir, 'blank.html');
  await writeFile(blankFile, '<!DOCTYPE html><title></title>');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: CHROMIUM_FLAGS,
      // Chromium exits when its end of the DevTools pipe closes, which the kernel does even when giaouoc is
      // killed outright; signals are handled by giaouoc's own exit (130/143), which ends the browser too.
      pipe: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new UserError(
      {
        vi: `Không khởi động được trình duyệt ${executablePath}: ${(error as Error).message}`,
        en: `Could not start the browser ${executablePath}: ${(error as Error).message}`,
      },
      { cause: error },
    );
  }
  return {
    browser,
    blankUrl: pathToFileURL(blankFile).href,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}
