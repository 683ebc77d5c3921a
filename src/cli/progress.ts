/**
 * A progress bar on stderr for long runs, and the one way the CLI prints a line to stderr
 * while it may be drawn (lines go above the bar instead of through it).
 */
import cliProgress from 'cli-progress';

/** More inputs than this, or more bytes than the next, make a run long enough for a bar. */
export const PROGRESS_MIN_INPUTS = 3;
/** A single file this large (a JSONL dump) also gets a bar: it takes seconds to minutes. */
export const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;

export interface ProgressCounts {
  articles: number;
  events: number;
  failed: number;
}

export interface Progress {
  /** `done`/`total` in the bar's unit (bytes, or inputs when sizes are unknown). */
  update(done: number, counts: ProgressCounts): void;
  /** Prints a line on stderr without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

const plain: Progress = {
  update: () => {},
  log: (line) => process.stderr.write(line + '\n'),
  stop: () => {},
};

export interface ProgressOptions {
  quiet: boolean;
  inputs: number;
  totalBytes: number;
}

export function wantsProgress({ quiet, inputs, totalBytes }: ProgressOptions): boolean {
  return !quiet && process.stderr.isTTY === true && (inputs > PROGRESS_MIN_INPUTS || totalBytes > PROGRESS_MIN_BYTES);
}

/** A bar counting `total` units, or a silent stand-in when `enabled` is false. */
export function createProgress(enabled: boolean, total: number, unit: 'bytes' | 'inputs'): Progress {
  if (!enabled) return plain;
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: `rasd extract [{bar}] {percentage}% ${unit === 'bytes' ? '' : '{value}/{total} inputs '}| {articles} articles | {events} events | {failed} failed | {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(Math.max(total, 1), 0, { articles: 0, events: 0, failed: 0 });
  return {
    update: (done, counts) => bar.update(Math.min(done, total), { ...counts }),
    log: (line) => bars.log(line + '\n'),
    stop: () => {
      bars.update(); // writes lines still waiting in the log buffer; stop() alone drops them
      bars.stop();
    },
  };
}
