import { readFileSync, writeFileSync } from 'node:fs';
import { appFromValuesFile } from '../app';
import { ProblemsError } from '../problem';
import { importVendorManifest } from './import-manifest';
import { valuesYaml } from './values-yaml';

/** Where the command reads and writes; tests pass their own. */
export interface CliIo {
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The process's files and streams. */
export const PROCESS_IO: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const USAGE = `Usage: nsx-node-agent import <nsx-node-agent-ds.yml> [-o <values.yaml>]
       nsx-node-agent synth [<values.yaml>]

import  Reads an existing node-agent manifest (the vendor's nsx-node-agent-ds.yml, edited by hand, of any
        NCP generation) and writes the values file that makes the NsxNodeAgent construct generate the same
        agent; without -o, to standard output. What the generated manifest changes on purpose and everything
        it does not carry over are listed in the file's header; the warnings also go to standard error.
synth   Synthesizes a values file (default: $NSX_NODE_AGENT_VALUES, else values.yaml) into
        $CDK8S_OUTDIR (default dist/): the app of cdk8s.yaml "app: npx nsx-node-agent synth".

Options:
  -o, --output <file>  import: write the values file to <file>
  -h, --help           show this help
`;

/** Runs the command line `args` (without node and the script); returns the exit code. */
export function runCli(args: readonly string[], io: CliIo = PROCESS_IO): number {
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    (args.length === 0 ? io.stderr : io.stdout)(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = args;
  if (command === 'synth') {
    if (rest.length > 1 || rest.some((a) => a.startsWith('-'))) {
      io.stderr(`nsx-node-agent synth: takes one values file (got ${rest.join(' ')})\n\n${USAGE}`);
      return 2;
    }
    return synth(rest[0] ?? process.env.NSX_NODE_AGENT_VALUES ?? 'values.yaml', io);
  }
  if (command !== 'import') {
    io.stderr(`nsx-node-agent: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const parsed = importArguments(rest);
  if (typeof parsed === 'string') {
    io.stderr(`nsx-node-agent import: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`nsx-node-agent import: cannot read ${parsed.file} (${(error as NodeJS.ErrnoException).code ?? error})\n`);
    return 1;
  }
  const imported = importVendorManifest(text, { source: parsed.file });
  if (imported.problems.length > 0) {
    io.stderr(`${new ProblemsError(`${parsed.file} cannot be imported: it`, imported.problems).message}\n`);
    return 1;
  }
  const yaml = valuesYaml(imported, parsed.file);
  if (parsed.output === undefined) {
    io.stdout(yaml);
  } else {
    io.writeFile(parsed.output, yaml);
  }
  for (const warning of imported.warnings) {
    io.stderr(`warning: ${warning}\n`);
  }
  if (parsed.output !== undefined) {
    const count = imported.warnings.length;
    io.stderr(`wrote ${parsed.output}${count > 0 ? ` (${count} warning${count === 1 ? '' : 's'}: see its header)` : ''}\n`);
  }
  return 0;
}

/** Synthesizes the values file, as the project's app does; problems are listed and nothing is written. */
function synth(valuesFile: string, io: CliIo): number {
  try {
    appFromValuesFile(valuesFile).synth();
    return 0;
  } catch (error) {
    if (!(error instanceof ProblemsError)) {
      throw error;
    }
    io.stderr(`${error.message}\n`);
    return 1;
  }
}

/** `<file> [-o <file>]`, or what is wrong with the arguments. */
function importArguments(args: readonly string[]): { file: string; output?: string } | string {
  const files: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-o' || args[i] === '--output') {
      output = args[++i];
      if (output === undefined) {
        return `${args[i - 1]} needs a file name`;
      }
    } else if (args[i].startsWith('-')) {
      return `unknown option ${args[i]}`;
    } else {
      files.push(args[i]);
    }
  }
  if (files.length !== 1) {
    return files.length === 0 ? 'name the manifest to import' : `import one manifest at a time (got ${files.join(', ')})`;
  }
  return { file: files[0], output };
}
