import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../cli/cli';
import { repeatedFlag } from '../cli/flags';
import { type FleetSource, fleetMembers, synthFleet } from './fleet';
import { renderValuesFile } from './render';

/** The values file when none is named: as the single synth's. */
export function defaultValuesFile(): string {
  return process.env.NSX_NODE_AGENT_VALUES ?? 'values.yaml';
}

/** `synth`'s arguments, as far as the fleet and `--stdout` need them. */
interface SynthArguments {
  readonly files: readonly string[];
  readonly output?: string;
  readonly stdout: boolean;
  readonly allOrNothing: boolean;
}

/**
 * `synth --stdout [<values.yaml>]` and the fleet run `synth <values.yaml|dir>... -o <dir>`: the exit code, or
 * `undefined` when the arguments ask for the single synth of one values file (or are wrong in a way it reports).
 */
export function synthOperation(args: readonly string[], io: CliIo, usage: string): number | undefined {
  const parsed = synthArguments(args);
  if (parsed === undefined) {
    return undefined;
  }
  const usageError = (message: string) => {
    io.stderr(`nsx-node-agent synth: ${message}\n${usage}`);
    return 2;
  };
  if (typeof parsed === 'string') {
    return usageError(parsed);
  }
  if (parsed.stdout) {
    if (parsed.output !== undefined || parsed.allOrNothing || parsed.files.length > 1) {
      return usageError(
        `--stdout writes the manifest of one values file to standard output (got ${describe(parsed)})\n` +
          '    allowed: synth --stdout [<values.yaml>]\n' +
          '    fix: drop -o and --all-or-nothing, and name one values file; for several, run one synth --stdout per file',
      );
    }
    return synthToStdout(parsed.files[0] ?? defaultValuesFile(), io);
  }
  const files = expandDirectories(parsed.files);
  if (typeof files === 'string') {
    return usageError(files);
  }
  if (parsed.output === undefined) {
    return usageError(
      `several values files need an output directory (got ${parsed.files.join(', ')} and no -o)\n` +
        '    allowed: synth <values.yaml|dir>... -o <dir>: each file is written to <dir>/<its name>/\n' +
        '    fix: add -o <dir>, e.g. -o out/',
    );
  }
  const members = fleetMembers(files, parsed.output);
  if (typeof members === 'string') {
    return usageError(members);
  }
  const result = synthFleet(members, parsed.allOrNothing);
  for (const w of result.written) {
    io.stdout(`wrote ${w.manifest} (${w.objects} objects)\n`);
  }
  for (const f of result.failed) {
    const left = existsSync(f.folder) ? `${f.folder} is unchanged.` : `Nothing was written to ${f.folder}.`;
    io.stderr(`${f.message}\n${result.withheld ? '' : `${left}\n`}`);
  }
  if (result.failed.length > 0) {
    io.stderr(
      result.withheld
        ? `${result.failed.length} of ${members.length} values ${files1(members.length)} failed; nothing was written (--all-or-nothing).\n`
        : `${result.failed.length} of ${members.length} values ${files1(members.length)} failed; the other ${result.written.length} ${result.written.length === 1 ? 'was' : 'were'} written.\n`,
    );
    return 1;
  }
  return 0;
}

/** The whole manifest on standard output, or the problems on standard error and nothing on standard output. */
export function synthToStdout(file: string, io: CliIo): number {
  const rendered = renderValuesFile(file);
  if ('problems' in rendered) {
    io.stderr(`${rendered.problems}\nNothing was written to standard output.\n`);
    return 1;
  }
  io.stdout(rendered.yaml);
  return 0;
}

/**
 * The arguments of a `synth` that is a fleet run or `--stdout`, or what is wrong with them; `undefined` for the
 * single synth (at most one values file that is not a directory, no `--stdout`, no `--all-or-nothing`).
 */
function synthArguments(args: readonly string[]): SynthArguments | string | undefined {
  const files: string[] = [];
  let output: string | undefined;
  let stdout = false;
  let allOrNothing = false;
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const repeated = repeatedFlag(arg, seen, ['-o', '--output']);
    if (repeated !== undefined) {
      return repeated;
    }
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (output === undefined || output === '') {
        return `${arg} needs a path`;
      }
    } else if (arg === '--stdout') {
      stdout = true;
    } else if (arg === '--all-or-nothing') {
      allOrNothing = true;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  const single = files.length <= 1 && !stdout && !allOrNothing && !(files.length === 1 && isDirectory(files[0]));
  return single ? undefined : { files, output, stdout, allOrNothing };
}

/** The files named, each directory replaced by its `*.yaml` and `*.yml` files in name order. */
function expandDirectories(names: readonly string[]): FleetSource[] | string {
  if (names.length === 0) {
    return (
      'name the values files or directories to synthesize (got none)\n' +
      '    allowed: synth <values.yaml|dir>... -o <dir>\n    fix: e.g. synth clusters/ -o out/'
    );
  }
  const files: FleetSource[] = [];
  for (const name of names) {
    if (!isDirectory(name)) {
      files.push({ file: name });
      continue;
    }
    const inside = readdirSync(name)
      .filter((entry) => /\.ya?ml$/.test(entry) && !isDirectory(join(name, entry)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (inside.length === 0) {
      return (
        `directory ${name} holds no values file\n` +
        '    allowed: a directory of values files named *.yaml or *.yml\n' +
        '    fix: name a directory that holds values files, or the files themselves'
      );
    }
    files.push(...inside.map((entry) => ({ file: join(name, entry), directory: name })));
  }
  return files;
}

/** `file` or `files`, as `count` needs. */
function files1(count: number): string {
  return count === 1 ? 'file' : 'files';
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function describe(parsed: SynthArguments): string {
  const parts = [
    ...(parsed.files.length > 0 ? [parsed.files.join(', ')] : []),
    ...(parsed.output === undefined ? [] : [`-o ${parsed.output}`]),
    ...(parsed.allOrNothing ? ['--all-or-nothing'] : []),
  ];
  return parts.join(', ');
}
