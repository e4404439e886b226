import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { AgentOptions } from '../agent/settings/agent-options';
import { withNcpIniRead } from '../agent/settings/ncp-ini-keys';
import { deepMerge, isMap } from '../checking/deep-merge';
import { didYouMean } from '../checking/did-you-mean';
import { Problem } from '../checking/problem';
import { readTextFile } from '../checking/read-text-file';
import { readNcpIniFile } from '../ncp-ini/parse';

/** Every key a values file may hold: the construct's props (a missing entry fails to compile). */
const KNOWN_KEYS: Record<keyof AgentOptions, true> = {
  image: true,
  nodeType: true,
  baremetal: true,
  ovsBridge: true,
  namespace: true,
  name: true,
  configMapName: true,
  serviceAccountName: true,
  imagePullPolicy: true,
  ncpIni: true,
  ncpVersion: true,
  platform: true,
  createNamespace: true,
  podSecurityLabels: true,
  createServiceAccount: true,
  createRbac: true,
  clusterRoleName: true,
  clusterRoleBindingName: true,
  createScc: true,
  sccName: true,
  tolerations: true,
  nodeSelector: true,
  affinity: true,
  priorityClassName: true,
  updateStrategy: true,
  maxUnavailable: true,
  imagePullSecrets: true,
  containers: true,
  terminationGracePeriodSeconds: true,
  labels: true,
  annotations: true,
  podLabels: true,
  podAnnotations: true,
  rollOnConfigChange: true,
};

/** The construct's option names, as a values file writes them. */
export const OPTION_NAMES: readonly string[] = Object.keys(KNOWN_KEYS);

/** The key that lists several agents; the file's other keys are their shared defaults. */
const AGENTS = 'agents';

/** The key naming an existing ncp.ini to read in, relative to the values file; not a prop. */
const NCP_INI_FILE = 'ncpIniFile';
/** Environment variable that widens where `ncpIniFile` may point, e.g. to a directory of shared ncp.ini files. */
export const NCP_INI_ROOT = 'NSX_NODE_AGENT_NCP_INI_ROOT';

/** One agent of the values file. */
export interface AgentValues {
  /** Its props: the shared defaults deep-merged with its own entry (maps merge, lists and values replace). */
  readonly props: AgentOptions;
  /** Where the file sets `option` for this agent: `agents[i].option` when its entry does, else `option`. */
  readonly pathOf: (option: string) => string;
  /** Path of this agent's entry (`agents[i].`), or '' for a file without `agents`. */
  readonly prefix: string;
}

/** Agents read from a values file, with what is wrong with the file itself; values are checked by the construct. */
export interface Values {
  readonly agents: AgentValues[];
  readonly problems: Problem[];
  /** NCP's options (the top-level `ncp` key): the file then describes the whole stack. */
  readonly ncp?: unknown;
}

/** The key of NCP's options: with it the app generates the whole stack (NCP with the agent). */
export const NCP_KEY = 'ncp';

/** Reads a YAML values file whose keys are the construct's props. */
export function readValuesFile(file: string): Values {
  const read = readTextFile(file);
  if (!('text' in read)) {
    const problem = new Problem(
      'values file',
      file,
      read.issue,
      read.allowed,
      'name the YAML values file (the argument of nsx-node-agent, or NSX_NODE_AGENT_VALUES), saved as UTF-8',
    );
    return { agents: [], problems: [problem] };
  }
  return parseValues(read.text, dirname(file));
}

/** Flow nesting a values file may have: options nest a few levels; the parser's memory grows fast with more. */
const MAX_FLOW_DEPTH = 64;

/** Deepest nesting of [ ] and { }, counting brackets inside quotes too: a bound, not a parse. */
function flowDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of source) {
    if (char === '[' || char === '{') {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Aliases a values file may expand: real files use a few; a billion-laughs file needs thousands. */
const MAX_ALIASES = 100;

/**
 * Parses values-file text; unknown keys are reported with the nearest known one. `ncpIniFile` (relative to
 * `baseDir`, the values file's directory) reads an existing ncp.ini underneath `ncpIni`, `nodeType` and
 * `ovsBridge`: keys the values file sets win.
 */
export function parseValues(source: string, baseDir: string = process.cwd()): Values {
  if (flowDepth(source) > MAX_FLOW_DEPTH) {
    const problem = new Problem(
      'values file',
      undefined,
      `nests [ ] and { } more than ${MAX_FLOW_DEPTH} levels deep`,
      `YAML with at most ${MAX_FLOW_DEPTH} levels of [ ] and { }`,
      'write the nested values as indented key: value lines',
    );
    return { agents: [], problems: [problem] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const { line, col: column } = lineCounter.linePos(error.pos[0]);
      return new Problem(
        `values file line ${line}, column ${column}`,
        undefined,
        `is not valid YAML: ${error.message.split(/ at line \d+|\n/)[0]}`,
        'YAML with one key: value per line',
        'fix the YAML syntax at that line',
      );
    });
    return { agents: [], problems };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // yaml throws ReferenceError for excessive aliases; a nesting too deep for the stack is a RangeError.
    const problem = new Problem(
      'values file',
      undefined,
      error instanceof ReferenceError ? `expands more than ${MAX_ALIASES} YAML aliases` : 'is nested too deeply',
      `YAML with at most ${MAX_ALIASES} alias expansions and nesting a person can read`,
      'write the repeated options out, or use fewer aliases and levels',
    );
    return { agents: [], problems: [problem] };
  }
  if (!isMap(data)) {
    const problem = new Problem(
      'values file',
      data,
      'is not a map of options',
      'a YAML map such as `image: registry.example.com/nsx/nsx-ncp:2.4.1`',
      'write the options as key: value lines',
    );
    return { agents: [], problems: [problem] };
  }
  const record = data as Record<string, unknown>;
  const { [AGENTS]: entries, [NCP_KEY]: ncp, ...shared } = record;
  const problems = unknownKeys(shared, '', [AGENTS, NCP_INI_FILE]);
  if (ncp !== undefined && entries !== undefined) {
    problems.push(
      new Problem(
        NCP_KEY,
        ncp,
        'is set with agents: the stack has one node agent (nsx-ncp-bootstrap reads one agent ConfigMap)',
        `${NCP_KEY} with the single-agent form of the file`,
        'remove agents and describe the one agent at the top level, or generate NCP separately',
      ),
    );
  }
  if (entries === undefined) {
    const props = withNcpIniFile(shared, baseDir, (option) => option, problems);
    return { agents: [{ props, pathOf: (option) => option, prefix: '' }], problems, ...(ncp === undefined ? {} : { ncp }) };
  }
  if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isMap)) {
    const problem = new Problem(
      AGENTS,
      entries,
      'is not a list of agents',
      'a list of maps of options, one per agent; the keys outside the list are their shared defaults',
      'write agents as a list such as `- name: nsx-node-agent-bm`, or remove it for a single agent',
    );
    return { agents: [], problems: [...problems, problem] };
  }
  const agents = (entries as Record<string, unknown>[]).map((entry, i) => {
    const prefix = `${AGENTS}[${i}].`;
    problems.push(...unknownKeys(entry, prefix, [NCP_INI_FILE]));
    const pathOf = (option: string) => (sets(entry, option) ? `${prefix}${option}` : option);
    const props = withNcpIniFile(deepMerge(shared, entry) as Record<string, unknown>, baseDir, pathOf, problems);
    return { props, prefix, pathOf };
  });
  return { agents, problems };
}

function unknownKeys(data: Record<string, unknown>, prefix: string, extra: string[]): Problem[] {
  const known = [...OPTION_NAMES, ...extra];
  return Object.keys(data)
    .filter((key) => !known.includes(key))
    .map(
      (key) =>
        new Problem(
          `${prefix}${key}`,
          data[key],
          `is not an option${didYouMean(key, known)}`,
          `one of ${known.join(', ')}`,
          'correct the key, or remove it',
        ),
    );
}

/** The props with the ncp.ini that `ncpIniFile` names read in underneath; its problems are added to `problems`. */
function withNcpIniFile(
  data: Record<string, unknown>,
  baseDir: string,
  pathOf: (option: string) => string,
  problems: Problem[],
): AgentOptions {
  const { [NCP_INI_FILE]: file, ...props } = data as Record<string, unknown> & AgentOptions;
  if (file === undefined) {
    return props;
  }
  if (typeof file !== 'string' || file === '') {
    problems.push(
      new Problem(
        pathOf(NCP_INI_FILE),
        file,
        'is not a file path',
        'the path of an existing ncp.ini, relative to the values file',
        'set ncpIniFile to the path of your ncp.ini, or remove it',
      ),
    );
    return props;
  }
  // The variable widens, never narrows: a file beside the values file is always allowed.
  const wider = process.env[NCP_INI_ROOT];
  const path = resolve(baseDir, file);
  if (!inside(baseDir, path) && !(wider && inside(wider, path))) {
    problems.push(
      new Problem(
        pathOf(NCP_INI_FILE),
        file,
        `is outside ${baseDir}, the values file's directory${wider ? `, and outside ${wider}` : ''} (symbolic links are followed)`,
        `a path to an ncp.ini inside the values file's directory, or inside the directory that ${NCP_INI_ROOT} names`,
        `copy the ncp.ini beside the values file, or set ${NCP_INI_ROOT} to a directory that holds it`,
      ),
    );
    return props;
  }
  const read = readNcpIniFile(path, { source: file, extraPath: 'ncpIni.extra' });
  const merged = withNcpIniRead(props, read.settings, file);
  problems.push(...read.problems, ...merged.problems);
  return merged.props;
}

/**
 * Whether `path` lies inside `root`, by name and after following symbolic links, so that a values file from an
 * untrusted change cannot make the app read (and report on) a file elsewhere. A missing file is judged by name.
 */
export function inside(root: string, path: string): boolean {
  const within = (base: string, target: string) => {
    const rel = relative(base, target);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const realRoot = real(resolve(root)) ?? resolve(root);
  const realPath = real(path);
  return within(resolve(root), path) && (realPath === undefined || within(realRoot, realPath));
}

/** Whether `data` holds the option path `path` (`a.b`, `a[0].b`; keys may contain dots, e.g. label keys). */
function sets(data: unknown, path: string): boolean {
  if (path === '') {
    return true;
  }
  if (Array.isArray(data)) {
    const match = /^\[(\d+)\]\.?/.exec(path);
    return match !== null && sets(data[Number(match[1])], path.slice(match[0].length));
  }
  if (!isMap(data)) {
    return false;
  }
  return Object.keys(data).some((key) => {
    const rest = path.slice(key.length);
    return (
      path.startsWith(key) && (rest === '' || rest[0] === '.' || rest[0] === '[') && sets(data[key], rest.replace(/^\./, ''))
    );
  });
}
