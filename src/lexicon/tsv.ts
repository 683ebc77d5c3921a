import { readFileSync } from 'node:fs';
import { dataPath } from '../contract/paths.ts';

/** Rows of a tab-separated data file: `#` lines are comments, the first other line names the columns. */
export function readTsv(relative: string): Array<Record<string, string>> {
  const lines = readFileSync(dataPath(relative), 'utf8').split('\n');
  let header: string[] | null = null;
  const rows: Array<Record<string, string>> = [];
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (header === null) {
      header = cells;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    rows.push(row);
  }
  return rows;
}

/** A `|`-separated cell as a list, without empty items. */
export function splitForms(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '');
}
