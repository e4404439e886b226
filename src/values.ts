import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean } from './did-you-mean';
import { withNcpIniRead } from './ncp-ini/merge';
import { readNcpIniFile } from './ncp-ini/parse';
import type { NsxNodeAgentProps } from './nsx-node-agent-props';
import { Problem } from './problem';

/** Every key a values file may hold: the construct's props (a missing entry fails to compile). */
const KNOWN_KEYS: Record<keyof NsxNodeAgentProps, true> = {
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
};

/** Keys of the values file that are not props: an existing ncp.ini to read in. */
const FILE_KEYS = ['ncpIniFile'];

/** Props read from a values file, with what is wrong with the file itself; values are checked by the construct. */
export interface Values {
  readonly props: NsxNodeAgentProps;
  readonly problems: Problem[];
}

/** Reads a YAML values file whose keys are the construct's props. */
export function readValuesFile(file: string): Values {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const problem = new Problem(
      'values file',
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'a readable YAML file',
      'create it, or point NSX_NODE_AGENT_VALUES at the values file',
    );
    return { props: {} as NsxNodeAgentProps, problems: [problem] };
  }
  return parseValues(source, dirname(file));
}

/**
 * Parses values-file text; unknown keys are reported with the nearest known one. `ncpIniFile` (relative to
 * `baseDir`, the values file's directory) reads an existing ncp.ini underneath `ncpIni`, `nodeType` and
 * `ovsBridge`: keys the values file sets win.
 */
export function parseValues(source: string, baseDir: string = process.cwd()): Values {
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
    return { props: {} as NsxNodeAgentProps, problems };
  }
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const problem = new Problem(
      'values file',
      data,
      'is not a map of options',
      'a YAML map such as `image: registry.example.com/nsx/nsx-ncp:2.4.1`',
      'write the options as key: value lines',
    );
    return { props: {} as NsxNodeAgentProps, problems: [problem] };
  }
  const known = [...Object.keys(KNOWN_KEYS), ...FILE_KEYS];
  const problems = Object.keys(data)
    .filter((key) => !known.includes(key))
    .map(
      (key) =>
        new Problem(
          key,
          (data as Record<string, unknown>)[key],
          `is not an option${didYouMean(key, known)}`,
          `one of ${known.join(', ')}`,
          'correct the key, or remove it',
        ),
    );
  const { ncpIniFile, ...props } = data as NsxNodeAgentProps & { ncpIniFile?: unknown };
  if (ncpIniFile === undefined) {
    return { props, problems };
  }
  if (typeof ncpIniFile !== 'string' || ncpIniFile === '') {
    const problem = new Problem(
      'ncpIniFile',
      ncpIniFile,
      'is not a file path',
      'the path of an existing ncp.ini, relative to the values file',
      'set ncpIniFile to the path of your ncp.ini, or remove it',
    );
    return { props, problems: [...problems, problem] };
  }
  const read = readNcpIniFile(resolve(baseDir, ncpIniFile), { source: ncpIniFile });
  return { props: withNcpIniRead(props, read), problems: [...problems, ...read.problems] };
}
