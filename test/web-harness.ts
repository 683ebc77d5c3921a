/**
 * What the browser tests of the web page share: the built page, a real `rasd serve` on a free
 * port, and Debian's Chromium driven by playwright-core (never a browser download).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT, SHARED_DIR } from '../src/contract/paths.ts';
import { buildPage, pageIsStale } from '../web/scripts/pageBuild.ts';

const run = promisify(execFile);

/** Debian's package; another system browser can be named with RASD_CHROMIUM. */
export const CHROMIUM = process.env['RASD_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(PROJECT_ROOT, 'test-output', 'screenshots');
const CLI = join(PROJECT_ROOT, 'src', 'cli', 'main.ts');

/**
 * Headless without a GPU: Chromium falls back to SwiftShader (software WebGL) for MapLibre; the
 * last two flags ask for it explicitly, as newer Chromium versions no longer fall back unasked.
 * Every other choice also ends in SwiftShader here. Without --disable-gpu the page itself is
 * composited through SwiftShader too, which made the map's first view slower, not faster.
 */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

/** Why the browser tests cannot run here, or false when they can. */
export function skipReason(needShared: boolean): string | false {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium): browser tests skipped`;
  if (!existsSync(join(PROJECT_ROOT, 'src', 'cli', 'commands', 'serve.ts'))) return '`rasd serve` is not there yet: browser tests skipped';
  if (needShared && !existsSync(SHARED_DIR)) return `shared folder ${SHARED_DIR} absent: browser tests skipped`;
  return false;
}

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Builds the page with Vite when web/dist is missing or older than its sources (the server serves whatever is there). */
export async function ensurePageBuilt(): Promise<void> {
  if (pageIsStale()) buildPage('ignore');
}

/** `rasd <args>` in a child process; its output when it succeeds. */
export async function rasd(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export interface Served {
  url: string;
  stop: () => Promise<void>;
  /** GET a JSON path of the API. */
  get: <T>(path: string) => Promise<T>;
}

const SERVER_START_MS = 30_000;

export async function serve(db: string): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', String(port)], {
    cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + SERVER_START_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`rasd serve exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`rasd serve did not answer within ${SERVER_START_MS} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { url, stop, get };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export async function openBrowser(width = 1400, height = 900): Promise<Browser> {
  const profile = tempDir('rasd-chromium-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width, height },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Software WebGL on two shared cores can be slow; a wait that long means something is broken.
  page.setDefaultTimeout(60_000);
  return {
    context, page,
    close: async () => {
      await context.close();
      profile.remove();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until the list shows and the map has drawn the events of the current filter. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = document.querySelector('[data-testid="map"]');
    const drawn = map?.getAttribute('data-map-events');
    return document.querySelector('.app')?.getAttribute('data-current') === 'true' && drawn !== undefined && drawn !== null && drawn !== '';
  });
}
