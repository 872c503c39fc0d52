/**
 * Launches Debian's Chromium (headless) through playwright-core. WebGL2 comes from SwiftShader
 * (software), which headless Chromium needs on a machine without a GPU.
 *
 * How the tests see the live map without the app exposing it: before the app loads, each page
 * gets a minimal React DevTools hook (the published integration React reports its committed trees
 * to, in production builds too, for the DevTools extension). `window.__e2eMap()` then finds the
 * MapLibre instance as the value of the map's context provider, and the tests use MapLibre's own
 * API on it. Nothing in the production bundle exists for the tests; the app itself only renders
 * what users and assistive technology get (aria-busy on the map, the table twin, the URL).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { inject } from 'vitest';

declare global {
  interface Window {
    /** Installed by the tests (observeReact), never by the app: the live map, once it has loaded. */
    __e2eMap(): MapLibreMap | undefined;
  }
}

/** Runs in the page before any of its scripts. Kept self-contained: it is serialised into the page. */
function observeReact(): void {
  type Fiber = { memoizedProps?: { value?: unknown } | null; child: Fiber | null; sibling: Fiber | null };
  const roots = new Set<{ current: Fiber }>();
  const renderers = new Map<number, unknown>();
  Object.assign(window, {
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      isDisabled: false,
      renderers,
      inject: (renderer: unknown) => (renderers.set(renderers.size + 1, renderer), renderers.size),
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => roots.add(root),
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      checkDCE: () => undefined,
    },
    __e2eMap: () => {
      for (const root of roots) {
        const stack: Fiber[] = [root.current];
        while (stack.length > 0) {
          const fiber = stack.pop()!;
          const value = fiber.memoizedProps?.value as { queryRenderedFeatures?: unknown } | undefined;
          if (value && typeof value.queryRenderedFeatures === 'function') return value;
          if (fiber.sibling) stack.push(fiber.sibling);
          if (fiber.child) stack.push(fiber.child);
        }
      }
      return undefined;
    },
  });
}

/**
 * How long any wait for the page's state may take (Playwright's default is 30 s). In CI the map
 * draws with SwiftShader on two cores the other suites also use (load 8-10): a first draw that
 * takes 6 s on a quiet machine took over 45 s there. Each test is bounded by its own 180 s.
 */
export const WAIT_MS = 90_000;

/** A page that can observe the map (see above). */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL', ...options });
  page.setDefaultTimeout(WAIT_MS);
  await page.addInitScript(observeReact);
  return page;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium ontbreekt op ${CHROMIUM}: voer scripts/ensure-chromium.sh uit (als root)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox'],
  });
}

export async function openApp(browser: Browser, query = ''): Promise<Page> {
  const page = await newPage(browser);
  page.on('pageerror', (error) => console.error('[browser] paginafout:', error.message));
  await page.goto(`${inject('baseUrl')}/${query ? `?${query}` : ''}`);
  await waitForMap(page);
  return page;
}

/**
 * Waits until the map has drawn its regions and is idle: the boundaries' first-draw mark (User
 * Timing, set by the app for field monitoring too), the map region no longer aria-busy, and the
 * region features present in the map.
 */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__e2eMap();
      const drawn = performance.getEntriesByName('rp:kaart-grenzen').length > 0;
      const idle = document.querySelector('.rp-map[aria-busy="false"]') !== null;
      return drawn && idle && !!map && map.querySourceFeatures('regions').length > 0;
    },
    undefined,
    { timeout: WAIT_MS },
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(inject('outputDir'), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
