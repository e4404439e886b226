import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type CliIo, PROCESS_IO, runCli } from '../../src/cli/cli';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(__dirname, 'fixtures');

/** Runs the command in-process against the real files; returns the exit code and the streams. */
export function cli(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    ...PROCESS_IO,
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
  };
  return { code: runCli(args, io), ...out };
}

/** Runs `nsx-node-agent <args>` as the repository runs it, in a child process with `env` added. */
export function child(args: string[], env: Record<string, string | undefined> = {}, cwd = ROOT) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'run-app.cjs'), join(ROOT, 'src', 'cli', 'main.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
