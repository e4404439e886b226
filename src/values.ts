import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean } from './did-you-mean';
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
  return parseValues(source);
}

/** Parses values-file text; unknown keys are reported with the nearest known one. */
export function parseValues(source: string): Values {
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
  const known = Object.keys(KNOWN_KEYS);
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
  return { props: data as NsxNodeAgentProps, problems };
}
