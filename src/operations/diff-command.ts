import { Problem, ProblemsError } from '../checking/problem';
import { readTextFile } from '../checking/read-text-file';
import type { CliIo } from '../cli/cli';
import { type ManifestObjects, readManifestObjects } from '../import/manifest-objects';
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
  const liveProblems = [...live.problems, ...notLiveObjects(live, liveFile)];
  const messages = [
    ...('problems' in rendered ? [rendered.problems] : []),
    ...(liveProblems.length > 0 ? [new ProblemsError(`live objects ${liveFile}`, liveProblems).message] : []),
  ];
  if ('problems' in rendered || messages.length > 0) {
    return { problems: messages.join('\n') };
  }
  return { values: valuesFile, live: liveFile, differences: compareManifests(live.objects, objectsOfYaml(rendered.yaml), true) };
}

const LIVE_ALLOWED = 'the objects `oc get … -o yaml` prints: a kind: List of objects, or objects separated by ---';
const LIVE_FIX = 'write the live file with e.g. oc get ds,cm,sa,ns -n nsx-system -o yaml > live.yaml, and name that file';

/**
 * A live file must hold what `oc get -o yaml` prints: every document a Kubernetes object, and at least one. A
 * document that is not one, or a file without objects, is a problem rather than "nothing in the cluster".
 */
function notLiveObjects(live: ManifestObjects, liveFile: string): Problem[] {
  if (live.problems.length > 0) {
    return [];
  }
  const skipped = live.skipped.map(
    (s) => new Problem(s.where, undefined, `${s.issue}; a live file holds only Kubernetes objects`, LIVE_ALLOWED, LIVE_FIX),
  );
  if (live.documents > 0) {
    return skipped;
  }
  return [new Problem(`live objects ${liveFile}`, undefined, 'is empty: it holds no Kubernetes object', LIVE_ALLOWED, LIVE_FIX)];
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
    io.stderr(`nsx-node-agent diff: ${why}\n${usage}`);
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
