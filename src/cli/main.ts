/** The `rasd` command line. Each command lives in its own module under commands/. */
import { Command } from 'commander';
import { StoreOpenError } from '../store/location.ts';
import { register as extract } from './commands/extract.ts';
import { register as evaluate } from './commands/eval.ts';
import { register as ingest } from './commands/ingest.ts';
import { register as search } from './commands/search.ts';
import { register as serve } from './commands/serve.ts';
import { register as start } from './commands/start.ts';
import { register as worker } from './commands/worker.ts';

const program = new Command('rasd')
  .description('Arabic conflict news → structured, geocoded, source-attributed events')
  .showHelpAfterError();

// Registration order is the order `rasd --help` lists the commands in.
const commands: Array<(program: Command) => void> = [extract, evaluate, ingest, worker, search, serve, start];

for (const register of commands) register(program);

/** Every command's exit status for a database it cannot open, as for other usage errors. */
const EXIT_USAGE = 2;

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof StoreOpenError)) throw error;
  process.stderr.write(`rasd: ${error.message}\n`);
  process.exitCode = EXIT_USAGE;
}
