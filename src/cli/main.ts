/** The `rasd` command line. Each command lives in its own module under commands/. */
import { Command } from 'commander';

const program = new Command('rasd')
  .description('Arabic conflict news → structured, geocoded, source-attributed events')
  .showHelpAfterError();

// Registration order is the order `rasd --help` lists the commands in.
const commands: Array<(program: Command) => void> = [];

for (const register of commands) register(program);

await program.parseAsync(process.argv);
