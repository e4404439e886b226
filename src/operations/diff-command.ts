import { Problem, ProblemsError } from '../checking/problem';
import { readTextFile } from '../checking/read-text-file';
import type { CliIo } from '../cli/cli';
import { readManifestObjects } from '../import/manifest-objects';
import { compareManifests, type ManifestChange } from './compare-manifests';
import { objectsOfYaml, renderValuesFile } from './render';
import { changeJson, shortValue } from './show';
import { defaultValuesFile } from './synth-command';

/** Exit code of `diff` when the cluster differs from what the values generate (0 same, 1 problems, 2 usage, 3 internal). */
export const DIFFERS = 4;

/** What `diff` found: the live file against what the values generate. */
export interface Drift {
  readonly values: string;
  readonly live: string;
  readonly differences: readonly ManifestChange[];
}

/**
 * Compares what `valuesFile` generates with the objects of `liveText` (`oc get … -o yaml`: a `kind: List` or
 * multi-document YAML), ignoring what the API server writes and defaults; the problems of either file, if any.
 */
export function drift(valuesFile: string, liveFile: string, liveText: string): Drift | { problems: string } {
  const rendered = renderValuesFile(valuesFile);
  const live = readManifestObjects(liveText, liveFile);
  const messages = [
    ...('problems' in rendered ? [rendered.problems] : []),
    ...(live.problems.length > 0 ? [new ProblemsError(`live objects ${liveFile}`, live.problems).message] : []),
  ];
  if ('problems' in rendered || messages.length > 0) {
    return { problems: messages.join('\n') };
  }
  return { values: valuesFile, live: liveFile, differences: compareManifests(live.objects, objectsOfYaml(rendered.yaml), true) };
}

/** `diff [<values.yaml>] <live.yaml> [--json]`. */
export function diffCommand(args: readonly string[], io: CliIo, usage: string): number {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown !== undefined || rest.length < 1 || rest.length > 2) {
    const why =
      unknown !== undefined
        ? `unknown option ${unknown}\n    allowed: --json\n    fix: remove it`
        : `needs the live objects and at most one values file (got ${rest.length === 0 ? 'nothing' : rest.join(', ')})\n` +
          '    allowed: diff [<values.yaml>] <live.yaml> [--json]\n' +
          '    fix: e.g. oc get ds,cm,sa,ns -n nsx-system -o yaml > live.yaml; nsx-node-agent diff values.yaml live.yaml';
    io.stderr(`nsx-node-agent diff: ${why}\n\n${usage}`);
    return 2;
  }
  const [valuesFile, liveFile] = rest.length === 2 ? rest : [defaultValuesFile(), rest[0]];
  const read = readTextFile(liveFile);
  if (!('text' in read)) {
    const problem = new Problem(
      `live objects ${liveFile}`,
      undefined,
      read.issue,
      read.allowed,
      'name the file `oc get -o yaml` wrote',
    );
    io.stderr(`${new ProblemsError('diff', [problem]).message}\n`);
    return 1;
  }
  const found = drift(valuesFile, liveFile, read.text);
  if ('problems' in found) {
    io.stderr(`${found.problems}\n`);
    return 1;
  }
  io.stdout(json ? `${JSON.stringify(driftJson(found), null, 2)}\n` : driftText(found));
  return found.differences.length === 0 ? 0 : DIFFERS;
}

function driftJson(found: Drift): Record<string, unknown> {
  return {
    values: found.values,
    live: found.live,
    same: found.differences.length === 0,
    differences: found.differences.map((d) => ({
      ...changeJson(d),
      kind: d.path === '' ? (d.after === undefined ? 'only in the cluster' : 'not in the cluster') : 'field',
    })),
  };
}

/** One line per difference, with its option. */
export function driftText(found: Drift): string {
  if (found.differences.length === 0) {
    return `no differences: ${found.live} holds what ${found.values} generates\n`;
  }
  const lines = found.differences.map((d) => {
    if (d.path === '') {
      return d.after === undefined
        ? `${d.object}: in the cluster, not generated (option: ${d.option})`
        : `${d.object}: generated, not in the cluster (option: ${d.option})`;
    }
    const change =
      d.before === undefined
        ? `not in the cluster; generated ${shortValue(d.after, d.path)}`
        : d.after === undefined
          ? `${shortValue(d.before, d.path)} in the cluster, not generated`
          : `${shortValue(d.before, d.path)} in the cluster, generated ${shortValue(d.after, d.path)}`;
    return `${d.object} ${d.path}: ${change} (option: ${d.option})`;
  });
  const count = found.differences.length;
  return `${count} difference${count === 1 ? '' : 's'} between ${found.live} and what ${found.values} generates:\n${lines
    .map((l) => `  - ${l}`)
    .join('\n')}\n`;
}
