import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time, when installed, reports the peak resident set of a command and all its descendants. */
const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = existsSync(GNU_TIME);

/** A command the bench runs as a fresh process, from the project's root. */
export interface Command {
  readonly argv: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** One run: wall time, and the peak resident set in MiB when GNU time is there to tell it. */
export interface Sample {
  readonly seconds: number;
  readonly maxRssMiB?: number;
  readonly stdout: string;
}

/** Runs the command once; fails loudly if it does. */
export function measure(command: Command): Sample {
  const dir = mkdtempSync(join(tmpdir(), 'nsx-bench-time-'));
  const timeFile = join(dir, 'time');
  const argv = HAS_GNU_TIME ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...command.argv] : [...command.argv];
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', ...command.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  try {
    if (result.status !== 0) {
      throw new Error(`${command.argv.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
    }
    const maxRssMiB = HAS_GNU_TIME ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
    return { seconds, maxRssMiB, stdout: result.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
