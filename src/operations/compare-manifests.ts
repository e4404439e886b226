import { isMap } from '../checking/deep-merge';
import { differences } from '../import/manifest-diff';
import { type ManifestObject, objectLabel, withoutServerFields } from '../import/manifest-objects';
import { readIniLines } from '../ncp-ini/ini-lines';
import { optionOfField, optionOfNcpIniKey, optionOfObject } from './option-paths';

/** One difference between two manifests, with the option of the values file that controls it. */
export interface ManifestChange {
  /** `Kind/namespace/name`. */
  readonly object: string;
  readonly kind: string;
  /** The field, e.g. `spec.template.spec.containers[nsx-node-agent].image`, or `ncp.ini [k8s] apiserver_host_ip`; '' for a whole object. */
  readonly path: string;
  /** The value on the side compared against (the cluster, or the plan's old values); `undefined` where it has none. */
  readonly before: unknown;
  /** The value the values file generates (the plan's new values); `undefined` where it has none. */
  readonly after: unknown;
  /** The option that controls it. */
  readonly option: string;
}

/** The key of an object: kind, namespace and name. */
function keyOf(object: ManifestObject): string {
  return `${object.kind}\0${object.metadata?.namespace ?? ''}\0${object.metadata?.name ?? ''}`;
}

/**
 * Every difference between the objects `before` and `after`: objects only on one side (path ''), fields, and the
 * ncp.ini of ConfigMaps key by key. With `live`, `before` is what a cluster returned: what the API server writes
 * is dropped, and a field is compared only where `after` sets it, except items of named lists (containers,
 * volumes, env, mounts) that `after` lacks.
 */
export function compareManifests(
  before: readonly ManifestObject[],
  after: readonly ManifestObject[],
  live: boolean,
): ManifestChange[] {
  const changes: ManifestChange[] = [];
  const old = new Map(before.map((o) => [keyOf(o), live ? (withoutServerFields(o) ?? o) : o]));
  for (const object of after) {
    const other = old.get(keyOf(object));
    const label = objectLabel(object);
    if (other === undefined) {
      changes.push({
        object: label,
        kind: object.kind,
        path: '',
        before: undefined,
        after: object,
        option: optionOfObject(object.kind),
      });
      continue;
    }
    old.delete(keyOf(object));
    const ini = (o: ManifestObject) => (o.kind === 'ConfigMap' && isMap(o.data) ? o.data['ncp.ini'] : undefined);
    const [beforeIni, afterIni] = [ini(other), ini(object)];
    const strip = (o: ManifestObject) =>
      typeof ini(o) === 'string' ? { ...o, data: { ...(o.data as object), 'ncp.ini': undefined } } : o;
    const compared = live ? onlyWhereSet(strip(other), strip(object)) : strip(other);
    for (const d of differences(compared, strip(object))) {
      changes.push({
        object: label,
        kind: object.kind,
        path: d.path,
        before: d.file,
        after: d.generated,
        option: live && d.generated === undefined && LIVE_ONLY_ITEM.test(d.path) ? NO_OPTION : optionOfField(object.kind, d.path),
      });
    }
    if (typeof afterIni === 'string' || typeof beforeIni === 'string') {
      changes.push(...compareNcpIni(label, beforeIni, afterIni));
    }
  }
  for (const other of old.values()) {
    changes.push({
      object: objectLabel(other),
      kind: other.kind,
      path: '',
      before: other,
      after: undefined,
      option: optionOfObject(other.kind),
    });
  }
  return changes;
}

/**
 * Fields compared even where the generated object leaves them unset: the named lists (a container, volume,
 * variable or mount the values lack), and pod fields that neither the API server nor admission default in a
 * DaemonSet's template, so a value in the cluster was set by someone (e.g. `oc edit`).
 */
const ALWAYS_COMPARED = [
  'containers',
  'initContainers',
  'volumes',
  'env',
  'envFrom',
  'volumeMounts',
  'tolerations',
  'nodeSelector',
  'affinity',
  'imagePullSecrets',
  'hostPID',
  'hostIPC',
  'privileged',
];

/** A container, volume or mount that only the cluster has: no option generates one. */
const LIVE_ONLY_ITEM = /\.(containers|initContainers|volumes|volumeMounts)\[[^\]]+\]$/;
const NO_OPTION = 'none: the values cannot generate it; oc apply keeps it, oc replace -f <manifest> removes it';

/** Lists whose items are matched by `name`. */
function isNamedList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isMap(item) && typeof item.name === 'string');
}

/**
 * `live` with only the fields `generated` sets, so that what the API server defaults (dnsPolicy, restartPolicy,
 * terminationMessagePath, probe successThreshold, hostPath type "", securityContext {}, revisionHistoryLimit…)
 * is not a difference; items of named lists that `generated` lacks are kept whole, as differences.
 */
export function onlyWhereSet(live: unknown, generated: unknown): unknown {
  if (generated === undefined) {
    return undefined;
  }
  if (Array.isArray(live) && Array.isArray(generated)) {
    if (isNamedList(live) && (isNamedList(generated) || generated.length === 0)) {
      return live.map((item) => {
        const counterpart = generated.find((g) => isMap(g) && g.name === item.name);
        return counterpart === undefined ? item : onlyWhereSet(item, counterpart);
      });
    }
    return live.length === generated.length ? live.map((item, i) => onlyWhereSet(item, generated[i])) : live;
  }
  if (isMap(live) && isMap(generated)) {
    return Object.fromEntries(
      Object.keys(live)
        .filter((key) => key in generated || ALWAYS_COMPARED.includes(key))
        .map((key) => [key, key in generated ? onlyWhereSet(live[key], generated[key]) : live[key]]),
    );
  }
  return live;
}

/** ncp.ini key by key, each key named by its option. */
function compareNcpIni(label: string, before: unknown, after: unknown): ManifestChange[] {
  const entries = (text: unknown) =>
    new Map(
      typeof text === 'string' ? readIniLines(text, 'ncp.ini').entries.map((e) => [`${e.section}\0${e.key}`, e] as const) : [],
    );
  const [old, now] = [entries(before), entries(after)];
  const changes: ManifestChange[] = [];
  for (const key of new Set([...now.keys(), ...old.keys()])) {
    const [a, b] = [old.get(key), now.get(key)];
    if (a?.value !== b?.value) {
      const { section, key: name } = (b ?? a) as { section: string; key: string };
      changes.push({
        object: label,
        kind: 'ConfigMap',
        path: `data.ncp.ini [${section}] ${name}`,
        before: a?.value,
        after: b?.value,
        option: optionOfNcpIniKey(section, name),
      });
    }
  }
  return changes;
}
