import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { appFromValuesFile } from '../app/app';
import { ProblemsError } from '../checking/problem';
import { importVendorManifest } from '../import/import-manifest';
import { importVendorStack } from '../import/import-stack';
import { valuesYaml } from '../import/values-yaml';
import { diffCommand } from '../operations/diff-command';
import { planCommand } from '../operations/plan-command';
import { synthOperation } from '../operations/synth-command';
import { NodeType } from '../releases/vendor';
import { repeatedFlag } from './flags';

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
  writeFile: (path, text) => {
    // Written beside and renamed over: the target is the old file or the new one whole, never truncated.
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, text);
      renameSync(temporary, path);
    } finally {
      rmSync(temporary, { force: true });
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const USAGE = `Usage: nsx-node-agent import <nsx-node-agent-ds.yml> [-o <values.yaml>] [--image <ref>] [--node-type <type>] [--stack]
       nsx-node-agent synth [<values.yaml>] [-o <dir>]
       nsx-node-agent synth --stdout [<values.yaml>]
       nsx-node-agent synth <values.yaml|dir>... -o <dir> [--all-or-nothing]
       nsx-node-agent diff [<values.yaml>] <live.yaml> [--json]
       nsx-node-agent plan [<values.yaml>] --to <release> [--json]
       nsx-node-agent plan <old-values.yaml> <new-values.yaml> [--json]
       nsx-node-agent --version

import  Reads an existing node-agent manifest (the vendor's nsx-node-agent-ds.yml, edited by hand, of any
        NCP generation) and writes the values file that makes the NsxNodeAgent construct generate the same
        agent; without -o, to standard output. What the generated manifest changes on purpose and everything
        it does not carry over are listed in the file's header; the warnings also go to standard error.
synth   Synthesizes a values file (default: $NSX_NODE_AGENT_VALUES, else values.yaml) into <dir>
        (default: $CDK8S_OUTDIR, else dist/): the app of cdk8s.yaml "app: npx nsx-node-agent synth".
        The manifests are rendered beside <dir> and renamed into it only when there is no problem, so a
        failed or killed run leaves the previous manifests as they were.
        --stdout writes the manifest to standard output as one YAML stream (for oc apply -f -, Argo CD)
        and nothing to disk; problems go to standard error, with nothing on standard output.
        Several values files, or a directory of them, are a fleet: each is written to
        <dir>/<file name without extension>/nsx-node-agent.k8s.yaml; a file with problems leaves its folder
        as it was while the others are written (--all-or-nothing: none is written when any fails).
diff    Compares what the values generate with objects read from a cluster (oc get ds,cm,... -o yaml),
        ignoring what the API server writes and defaults; each difference names its option.
plan    What applying changes: the values for another NCP release (--to), or old values to new ones:
        objects added and removed, fields changed, pods that roll, changes the API server refuses in place.

Options:
  -o, --output <path>  import: write the values file to <path>; synth: write the manifests into <path>
  --stdout             synth: write the manifest to standard output
  --all-or-nothing     synth of several files: write none when any has problems
  --image <ref>        import: run <ref> instead of the file's image (e.g. its placeholder nsx-ncp)
  --node-type <type>   import: HOSTVM or BAREMETAL, where ncp.ini and the DaemonSet disagree
  --stack              import: a whole install (NCP with the agent) into the stack's values, NCP under ncp;
                       Secrets are referenced by name, never carried, each with a warning
  --to <release>       plan: the NCP release to plan for, as ncpVersion takes it (e.g. 3.1)
  --json               diff, plan: the report as JSON
  -h, --help           show this help
  --version            show the version

Exit codes: 0 done (diff: no differences), 1 problems with the input (listed, nothing written), 2 usage error,
3 internal error, 4 diff: the cluster differs from what the values generate.
`;

/** What a usage error prints after its one-line error, instead of the whole help. */
export const USAGE_HINT = 'run `nsx-node-agent --help` for the usage\n';

/** Runs the command line `args` (without node and the script); returns the exit code. */
export function runCli(args: readonly string[], io: CliIo = PROCESS_IO): number {
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    (args.length === 0 ? io.stderr : io.stdout)(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  if (args.length === 1 && args[0] === '--version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = args;
  if (command === 'diff') {
    return diffCommand(rest, io, USAGE_HINT);
  }
  if (command === 'plan') {
    return planCommand(rest, io, USAGE_HINT);
  }
  if (command === 'synth') {
    const operation = synthOperation(rest, io, USAGE_HINT);
    if (operation !== undefined) {
      return operation;
    }
    const parsed = fileArguments(rest, 'synthesize one values file at a time');
    if (typeof parsed === 'string') {
      io.stderr(`nsx-node-agent synth: ${parsed}\n${USAGE_HINT}`);
      return 2;
    }
    const valuesFile = parsed.file ?? process.env.NSX_NODE_AGENT_VALUES ?? 'values.yaml';
    return synth(valuesFile, parsed.output ?? process.env.CDK8S_OUTDIR ?? 'dist', io);
  }
  if (command !== 'import') {
    io.stderr(`nsx-node-agent: unknown command "${command}"\n${USAGE_HINT}`);
    return 2;
  }
  const parsed = fileArguments(rest, 'import one manifest at a time', true);
  if (typeof parsed === 'string' || parsed.file === undefined) {
    io.stderr(`nsx-node-agent import: ${typeof parsed === 'string' ? parsed : 'name the manifest to import'}\n${USAGE_HINT}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`nsx-node-agent import: cannot read ${parsed.file} (${(error as NodeJS.ErrnoException).code ?? error})\n`);
    return 1;
  }
  const importOptions = { source: parsed.file, image: parsed.image, nodeType: parsed.nodeType };
  const imported = parsed.stack ? importVendorStack(text, importOptions) : importVendorManifest(text, importOptions);
  if (imported.problems.length > 0) {
    io.stderr(`${new ProblemsError(`${parsed.file} cannot be imported: it`, imported.problems).message}\n`);
    return 1;
  }
  const yaml = valuesYaml(imported, parsed.file);
  if (parsed.output === undefined) {
    io.stdout(yaml);
  } else {
    try {
      io.writeFile(parsed.output, yaml);
    } catch (error) {
      io.stderr(`nsx-node-agent import: cannot write ${parsed.output} (${errorCode(error)}); nothing was written\n`);
      return 1;
    }
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

/**
 * Synthesizes the values file, as the project's app does, into a directory beside `outdir`; only when there is no
 * problem are the manifests renamed into `outdir` (each file is then the old one or the new one whole), and
 * manifests of charts that no longer exist removed.
 */
function synth(valuesFile: string, outdir: string, io: CliIo): number {
  const target = resolve(outdir);
  let staging: string;
  try {
    mkdirSync(dirname(target), { recursive: true });
    staging = mkdtempSync(join(dirname(target), `.${basename(target)}.synth-`));
  } catch (error) {
    io.stderr(`nsx-node-agent synth: cannot write beside ${outdir} (${errorCode(error)})\n`);
    return 1;
  }
  try {
    try {
      appFromValuesFile(valuesFile, staging).synth();
    } catch (error) {
      if (!(error instanceof ProblemsError)) {
        throw error;
      }
      io.stderr(`${error.message}\n${existsSync(target) ? `${outdir} is unchanged.` : 'Nothing was written.'}\n`);
      return 1;
    }
    const written = readdirSync(staging).sort();
    mkdirSync(target, { recursive: true });
    for (const name of written) {
      renameSync(join(staging, name), join(target, name));
    }
    for (const name of readdirSync(target)) {
      if (name.endsWith('.k8s.yaml') && !written.includes(name)) {
        rmSync(join(target, name));
      }
    }
    const objects = (name: string) => readFileSync(join(target, name), 'utf8').split(/^---$/m).length;
    io.stdout(`wrote ${written.map((name) => `${join(outdir, name)} (${objects(name)} objects)`).join(', ')}\n`);
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** `[<file>] [-o <path>]` (import also `--image <ref>`, `--node-type <type>`), or what is wrong with the arguments. */
function fileArguments(
  args: readonly string[],
  oneAtATime: string,
  importing = false,
): { file?: string; output?: string; image?: string; nodeType?: NodeType; stack?: boolean } | string {
  const files: string[] = [];
  let output: string | undefined;
  let image: string | undefined;
  let nodeType: NodeType | undefined;
  const seen = new Set<string>();
  let stack = false;
  for (let i = 0; i < args.length; i++) {
    const repeated = repeatedFlag(args[i], seen, ['-o', '--output'], ...(importing ? [['--image'], ['--node-type']] : []));
    if (repeated !== undefined) {
      return repeated;
    }
    if (args[i] === '-o' || args[i] === '--output') {
      output = args[++i];
      if (output === undefined || output === '') {
        return `${args[i - 1]} needs a path`;
      }
    } else if (importing && args[i] === '--image') {
      image = args[++i];
      if (image === undefined || image === '') {
        return '--image needs an image reference, e.g. --image registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827';
      }
    } else if (importing && args[i] === '--stack') {
      stack = true;
    } else if (importing && args[i] === '--node-type') {
      const value = args[++i];
      nodeType = Object.values(NodeType).find((t) => t === value);
      if (nodeType === undefined) {
        return `--node-type needs ${Object.values(NodeType).join(' or ')} (got ${value ?? 'nothing'})`;
      }
    } else if (args[i].startsWith('-')) {
      return `unknown option ${args[i]}`;
    } else {
      files.push(args[i]);
    }
  }
  if (files.length > 1) {
    return `${oneAtATime} (got ${files.join(', ')})`;
  }
  return { file: files[0], output, image, nodeType, stack };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** This package's version: from its package.json, found upwards from the running code (source, lib/ or bundle). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const own = JSON.parse(readFileSync(file, 'utf8'));
      if (own.name === 'nsx-node-agent-cdk8s') {
        return String(own.version);
      }
    }
    if (dirname(dir) === dir) {
      return 'unknown';
    }
  }
}
