/**
 * `npm run bench`: runs each bench module in turn and prints its figures, or with `--json`
 * one JSON object holding every module's fields; `--only NAME` runs one module. Single process, no workers: figures are
 * per core.
 */

/** What a bench module returns: named figures (null when it could not measure one) and notes. */
export interface BenchSection {
  title: string;
  fields: Record<string, number | string | null>;
  notes: string[];
}

// One line per bench module, by the title of its section; they run in this order.
const BENCHES: ReadonlyArray<[string, () => Promise<BenchSection>]> = [
  ['extract', async () => (await import('./extract.ts')).benchExtract()],
  ['store', async () => (await import('./store.ts')).benchStore()],
];

function show(value: number | string | null): string {
  if (typeof value !== 'number') return value ?? 'not measured';
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

const json = process.argv.includes('--json');
// `--only store`: that module alone.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && !BENCHES.some(([title]) => title === only)) {
  process.stderr.write(`--only takes one of: ${BENCHES.map(([title]) => title).join(', ')}\n`);
  process.exit(2);
}
const merged: Record<string, number | string | null> = {};
for (const [title, bench] of BENCHES) {
  if (only !== undefined && title !== only) continue;
  const section = await bench();
  Object.assign(merged, section.fields);
  if (json) {
    for (const note of section.notes) process.stderr.write(`${section.title}: ${note}\n`);
    continue;
  }
  const width = Math.max(...Object.keys(section.fields).map((k) => k.length));
  process.stdout.write(`${section.title}\n`);
  for (const note of section.notes) process.stdout.write(`  (${note})\n`);
  for (const [name, value] of Object.entries(section.fields)) process.stdout.write(`  ${name.padEnd(width)}  ${show(value)}\n`);
  process.stdout.write('\n');
}
if (json) process.stdout.write(JSON.stringify(merged) + '\n');
