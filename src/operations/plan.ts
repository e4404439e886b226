import { CONFIG_HASH_ANNOTATION } from '../agent/settings/deployment-settings';
import { isMap } from '../checking/deep-merge';
import type { ManifestObject } from '../import/manifest-objects';
import { releaseLine } from '../releases/release-lines';
import { compareManifests, type ManifestChange } from './compare-manifests';

/** A change the API server refuses on an existing object, and how to make it all the same. */
export interface RefusedChange {
  readonly object: string;
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly why: string;
  readonly procedure: readonly string[];
}

/** What applying the new manifest over the old one does. */
export interface Plan {
  readonly from: string;
  readonly to: string;
  /** Every difference: objects added (`before` undefined, path ''), removed (`after` undefined, path ''), fields. */
  readonly changes: readonly ManifestChange[];
  /** DaemonSets whose pods are replaced, with the pod template fields that make them roll. */
  readonly rolls: readonly { readonly daemonSet: string; readonly because: readonly string[] }[];
  readonly refused: readonly RefusedChange[];
  /** What to know besides: objects that `oc apply` leaves behind, configuration the pods do not see. */
  readonly notes: readonly string[];
}

const TEMPLATE = 'spec.template.';

/** The plan from the objects `before` to the objects `after`. */
export function planOf(before: readonly ManifestObject[], after: readonly ManifestObject[], from: string, to: string): Plan {
  const changes = compareManifests(before, after, false);
  const find = (objects: readonly ManifestObject[], label: string) =>
    objects.find((o) => [o.kind, o.metadata?.namespace, o.metadata?.name].filter((p) => p !== undefined).join('/') === label);
  const rolls = new Map<string, string[]>();
  const refused: RefusedChange[] = [];
  const notes: string[] = [];
  for (const change of changes) {
    if (change.kind === 'DaemonSet' && change.path.startsWith(TEMPLATE)) {
      const field = templateField(change.path);
      const fields = rolls.get(change.object) ?? [];
      rolls.set(change.object, fields.includes(field) ? fields : [...fields, field]);
    }
  }
  const selectorChanged = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'DaemonSet' && change.path.startsWith('spec.selector') && !selectorChanged.has(change.object)) {
      selectorChanged.add(change.object);
      const [old, now] = [find(before, change.object), find(after, change.object)] as ManifestObject[];
      refused.push(selectorProcedure(change.object, old, now));
    }
    if (change.kind === 'ClusterRoleBinding' && change.path.startsWith('roleRef') && !selectorChanged.has(change.object)) {
      selectorChanged.add(change.object);
      const name = change.object.split('/').pop();
      refused.push({
        object: change.object,
        path: 'roleRef',
        before: find(before, change.object)?.roleRef,
        after: find(after, change.object)?.roleRef,
        why: "a binding's roleRef is immutable: oc apply fails with `cannot change roleRef`",
        procedure: [`oc delete clusterrolebinding ${name}`, 'oc apply -f <the new manifest> (the binding is created again)'],
      });
    }
  }
  const removed = changes.filter((c) => c.path === '' && c.after === undefined);
  const added = changes.filter((c) => c.path === '' && c.before === undefined);
  for (const r of removed) {
    const [kind, ...rest] = r.object.split('/');
    const name = rest.pop();
    const namespace = rest.length > 0 ? ` -n ${rest[0]}` : '';
    notes.push(
      `${r.object} is no longer generated; oc apply leaves it in the cluster: oc delete ${kind.toLowerCase()} ${name}${namespace}`,
    );
  }
  const removedSets = removed.filter((r) => r.kind === 'DaemonSet');
  const addedSets = added.filter((a) => a.kind === 'DaemonSet');
  if (removedSets.length > 0 && addedSets.length > 0) {
    const selectors = addedSets.map((a) => {
      const matchLabels = (a.after as SelectorOf).spec?.selector?.matchLabels ?? {};
      return `${a.object} selects ${Object.entries(matchLabels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}`;
    });
    notes.push(
      `${selectors.join('; ')}. ${addedSets.map((a) => a.object).join(', ')} replace${addedSets.length === 1 ? 's' : ''} ` +
        `${removedSets.map((r) => r.object).join(', ')} under another name: delete the old DaemonSet before applying, so ` +
        'that two node agents never run on one node',
    );
  }
  for (const object of after) {
    const old = find(before, labelOf(object));
    if (object.kind === 'DaemonSet' && old !== undefined && !rolls.has(labelOf(object))) {
      const configMaps = changes.filter((c) => c.kind === 'ConfigMap' && c.path.startsWith('data.'));
      const annotations = (object.spec as { template?: { metadata?: { annotations?: unknown } } })?.template?.metadata
        ?.annotations;
      const checksum = isMap(annotations) && CONFIG_HASH_ANNOTATION in annotations;
      if (configMaps.length > 0 && !checksum) {
        notes.push(
          `${labelOf(object)}: ncp.ini changes but the pods do not roll (rollOnConfigChange is off), and the agent reads ` +
            `ncp.ini when it starts: oc rollout restart daemonset ${object.metadata?.name} -n ${object.metadata?.namespace}`,
        );
      }
    }
  }
  return { from, to, changes, rolls: [...rolls].map(([daemonSet, because]) => ({ daemonSet, because })), refused, notes };
}

/** The pod template field a change is in, as people name it: a container, the volumes, an annotation. */
function templateField(path: string): string {
  const match = /^spec\.template\.(metadata\.annotations\.\S+|metadata\.labels|spec\.containers\[[^\]]+\]|spec\.[A-Za-z]+)/.exec(
    path,
  );
  return match === null ? path : match[1];
}

/** The release number in an image's tag (`…:2.4.1.13515827` → 2.4.1.13515827), if it has one. */
function imageRelease(image: unknown): string | undefined {
  return typeof image === 'string' ? /:(\d+\.\d+(?:\.\d+)*)$/.exec(image)?.[1] : undefined;
}

/**
 * A note when `to` names another NCP release than the image the plan keeps: the release and the image go
 * together, and `--to` changes only the release.
 */
export function imageNote(after: readonly ManifestObject[], release: string): string | undefined {
  const images = after.flatMap((o) => {
    const containers = (o.spec as { template?: { spec?: { containers?: { image?: unknown }[] } } })?.template?.spec?.containers;
    return o.kind === 'DaemonSet' && Array.isArray(containers) ? containers.map((c) => c.image) : [];
  });
  const target = releaseLine(release);
  const stale = [...new Set(images)].filter((image) => {
    const tag = imageRelease(image);
    const line = tag === undefined ? undefined : releaseLine(tag);
    return line !== undefined && 'line' in line && 'line' in target && line.line !== target.line;
  });
  return stale.length === 0
    ? undefined
    : `image ${stale.join(', ')} is a build of another NCP release than ${release}: set image to the NCP ${release} build ` +
        'you loaded, in the same change';
}

function labelOf(object: ManifestObject): string {
  return [object.kind, object.metadata?.namespace, object.metadata?.name].filter((p) => p !== undefined).join('/');
}

type SelectorOf = {
  spec?: { selector?: { matchLabels?: Record<string, string> }; template?: { metadata?: { labels?: Record<string, string> } } };
};

/** The API server refuses a new selector on a DaemonSet: delete it without its pods, apply, and let the new one take over. */
function selectorProcedure(label: string, old: ManifestObject, now: ManifestObject): RefusedChange {
  const [, namespace, name] = label.split('/');
  const oldLabels = (old as SelectorOf).spec?.template?.metadata?.labels ?? {};
  const newSelector = (now as SelectorOf).spec?.selector?.matchLabels ?? {};
  const oldSelector = (old as SelectorOf).spec?.selector?.matchLabels ?? {};
  const adopts = Object.entries(newSelector).every(([k, v]) => oldLabels[k] === v);
  const selector = Object.entries(oldSelector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return {
    object: label,
    path: 'spec.selector',
    before: (old as SelectorOf).spec?.selector,
    after: (now as SelectorOf).spec?.selector,
    why: "a DaemonSet's spec.selector is immutable: oc apply fails with `field is immutable`",
    procedure: [
      `oc delete ds ${name} -n ${namespace} --cascade=orphan   (the DaemonSet goes, its pods keep running)`,
      'oc apply -f <the new manifest>',
      adopts
        ? 'the new DaemonSet adopts the running pods (their labels match its selector) and replaces them by its update strategy'
        : `the new selector does not match the running pods, so they are not adopted: delete them node by node ` +
          `(oc delete pod -n ${namespace} -l ${selector} --field-selector spec.nodeName=<node>) so the new DaemonSet starts its own`,
    ],
  };
}
