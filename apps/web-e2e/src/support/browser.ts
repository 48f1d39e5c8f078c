import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { baseUrl } from './env';

/** Debian's Chromium, never a downloaded browser. CHROMIUM_PATH overrides for other machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** A desktop office screen; wide enough for the xl two-column layouts (≥ 1200 px). */
export const VIEWPORT = { width: 1440, height: 900 };

/** A branch secretary's phone (iPhone 12–15 class): they fill in on it. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export interface ContextOptions {
  viewport?: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
  /** Default 'reduce' (see newContext); 'no-preference' for what depends on motion (the antd theme). */
  reducedMotion?: 'reduce' | 'no-preference';
}

/** The message and the top of its stack: minified frames further down say nothing more. */
const firstLines = (text: string, lines = 4) => text.split('\n').slice(0, lines).join('\n');

/**
 * Every console error and uncaught exception of every page, with the page it came from. Nothing is
 * filtered: the browser talks only to our own server (background networking, sync and component
 * updates are off), so any error is ours.
 */
class BrowserErrors {
  private seen: string[] = [];

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location();
      this.seen.push(
        `console.error on ${page.url()}: ${firstLines(message.text())}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`,
      );
    });
    page.on('pageerror', (error) =>
      this.seen.push(`uncaught on ${page.url()}: ${firstLines(error.stack ?? error.message)}`),
    );
  }

  take(): string[] {
    return this.seen.splice(0);
  }
}

export interface BrowserFixture {
  /** A fresh context (its own localStorage: its own session and language), Chinese and Beijing time, reduced motion. */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context. */
  newPage(options?: ContextOptions): Promise<Page>;
}

/**
 * Registers the hooks of a spec file: one browser for the file, fresh contexts per test, closed
 * after each test, and the test fails when any page logged a console error or threw.
 */
export function useBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors = new BrowserErrors();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
    const seen = errors.take();
    if (seen.length) throw new Error(`the browser reported ${seen.length} error(s):\n${seen.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const newContext = async (options: ContextOptions = {}) => {
    if (!browser)
      throw new Error('the browser is not running (useBrowser() must be called at the top of a describe)');
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: VIEWPORT,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      // The app then drops antd's animations (app/reduced-motion.ts): a dialog's OK button does not
      // move while it is clicked, which on a loaded machine made a click land beside it.
      reducedMotion: 'reduce',
      ...options,
    });
    context.setDefaultTimeout(20_000);
    context.setDefaultNavigationTimeout(60_000);
    context.on('page', (page) => errors.watch(page));
    contexts.push(context);
    return context;
  };

  return {
    newContext,
    newPage: async (options?: ContextOptions) => (await newContext(options)).newPage(),
  };
}
