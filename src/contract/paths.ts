import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project's root folder (where `data/` lives), wherever rasd is run from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function dataPath(relative: string): string {
  return join(PROJECT_ROOT, 'data', relative);
}

/**
 * The shared development material (seeds, dev corpus, spec) beside the project. Tests and
 * `rasd eval` read article text from there at run time; it is never copied into the project.
 */
export const SHARED_DIR = process.env['RASD_SHARED'] ?? join(PROJECT_ROOT, '..', 'shared');
