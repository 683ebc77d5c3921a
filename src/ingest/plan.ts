/**
 * The inputs named on a command line, before reading: folders expanded (recursive, sorted,
 * supported extensions only, hidden entries skipped), sizes known for progress.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError } from './errors.ts';
import type { InputError } from './errors.ts';
import { formatOfPath } from './sniff.ts';
import type { InputFormat } from './types.ts';

export type PlannedInput =
  | { kind: 'file'; path: string; format: InputFormat | null; size: number }
  | { kind: 'stdin' }
  | { kind: 'error'; error: InputError };

export interface InputPlan {
  inputs: PlannedInput[];
  /** Bytes of all planned files (stdin not counted). */
  totalBytes: number;
}

/** stdin on the command line, in errors and in `SourceArticle.source`. */
export const STDIN = '-';

function fsError(error: unknown, path: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR'
    ? inputError('NOT_FOUND', path)
    : inputError('UNREADABLE', path, code ?? (error as Error).message);
}

async function walk(folder: string, out: PlannedInput[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ kind: 'error', error: fsError(error, folder) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    // Symlinked folders are not followed, so a link loop cannot make the walk endless.
    if (entry.isDirectory()) {
      await walk(path, out);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const format = formatOfPath(path);
      if (format === null) continue;
      try {
        const info = await stat(path);
        if (info.isFile()) out.push({ kind: 'file', path, format, size: info.size });
      } catch (error) {
        out.push({ kind: 'error', error: fsError(error, path) });
      }
    }
  }
}

export async function planInputs(paths: readonly string[]): Promise<InputPlan> {
  const inputs: PlannedInput[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const before = inputs.length;
        await walk(path, inputs);
        if (inputs.length === before) {
          inputs.push({ kind: 'error', error: inputError('EMPTY', path, 'no .txt, .html, .jsonl or feed files in the folder') });
        }
      } else {
        // A file named explicitly is read whatever its extension; content decides when it says nothing.
        inputs.push({ kind: 'file', path, format: formatOfPath(path), size: info.size });
      }
    } catch (error) {
      inputs.push({ kind: 'error', error: fsError(error, path) });
    }
  }
  let totalBytes = 0;
  for (const input of inputs) if (input.kind === 'file') totalBytes += input.size;
  return { inputs, totalBytes };
}
