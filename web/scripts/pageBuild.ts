/**
 * Builds the page (web/dist) when it is missing or older than any of its sources, so that `npm start` and the browser
 * tests never serve a page built before an update of the code beside it.
 *
 *   node --import tsx web/scripts/pageBuild.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the built page is made from, under web/. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function pageIsStale(): boolean {
  const built = join(WEB, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.map((s) => join(WEB, s)).filter(existsSync).some((path) => newest(path) > builtAt);
}

/** Builds the page with Vite; `output`: whether Vite's report is shown. */
export function buildPage(output: 'inherit' | 'ignore' = 'inherit'): void {
  const vite = join(WEB, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', join(WEB, 'vite.config.ts')], { cwd: join(WEB, '..'), stdio: output });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && pageIsStale()) buildPage();
