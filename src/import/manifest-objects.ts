import { LineCounter, parseAllDocuments } from 'yaml';
import type * as k8s from '../../imports/k8s';
import { isMap } from '../checking/deep-merge';
import { Problem } from '../checking/problem';
import { ContainerName, VENDOR_COMMANDS } from '../releases/vendor';

/** A Kubernetes object as read from YAML, with the API's field names; nothing beyond apiVersion and kind is certain. */
export interface ManifestObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: k8s.ObjectMeta;
  readonly [field: string]: unknown;
}

/** A DaemonSet as read from YAML. */
export interface DaemonSetObject extends ManifestObject {
  readonly spec?: Partial<k8s.DaemonSetSpec>;
}

/** A ConfigMap as read from YAML. */
export interface ConfigMapObject extends ManifestObject {
  readonly data?: { readonly [key: string]: unknown };
}

/** A document (or an item of a `kind: List`) that is not a Kubernetes object. */
export interface SkippedDocument {
  /** e.g. `document 2 of live.yaml`, `item 3 of document 1 of live.yaml`. */
  readonly where: string;
  /** e.g. `is not a Kubernetes object (no apiVersion and kind)`. */
  readonly issue: string;
}

/** The objects of a manifest file, in order, and what kept some documents from being read. */
export interface ManifestObjects {
  readonly objects: readonly ManifestObject[];
  /** Documents that are not Kubernetes objects: the rest is read all the same. */
  readonly skipped: readonly SkippedDocument[];
  /** How many documents hold anything (an empty `kind: List` counts; an empty document or a bare --- does not). */
  readonly documents: number;
  /** YAML that cannot be read at all. */
  readonly problems: readonly Problem[];
}

/** Aliases a manifest may expand: `oc get -o yaml` writes none; a billion-laughs file needs thousands. */
const MAX_ALIASES = 100;

/**
 * Reads every YAML document of a manifest (`---`-separated; a `kind: List` contributes its items). Comments,
 * such as the vendor's commented-out bare-metal lines, are not objects and are skipped like YAML skips them.
 */
export function readManifestObjects(text: string, source: string): ManifestObjects {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true });
  const all = Array.isArray(documents) ? documents : [documents];
  const problems = all.flatMap((document) =>
    document.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return new Problem(
        `${source} line ${line}, column ${col}`,
        undefined,
        `is not valid YAML: ${error.message.split(/ at line \d+|\n/)[0]}`,
        'Kubernetes objects in YAML, separated by ---',
        'fix the YAML at that line',
      );
    }),
  );
  if (problems.length > 0) {
    return { objects: [], skipped: [], documents: 0, problems };
  }
  const objects: ManifestObject[] = [];
  const skipped: SkippedDocument[] = [];
  let count = 0;
  for (const [i, document] of all.entries()) {
    let data: unknown;
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      // yaml throws ReferenceError for excessive aliases; a nesting too deep for the stack is a RangeError.
      const problem = new Problem(
        `document ${i + 1} of ${source}`,
        undefined,
        error instanceof ReferenceError ? `expands more than ${MAX_ALIASES} YAML aliases` : 'is nested too deeply',
        `Kubernetes objects in YAML with at most ${MAX_ALIASES} alias expansions`,
        'write the objects out without anchors and aliases, as oc get -o yaml prints them',
      );
      return { objects: [], skipped: [], documents: 0, problems: [problem] };
    }
    const where = `document ${i + 1} of ${source}`;
    if (data !== null && data !== undefined) {
      count += 1;
    }
    if (isMap(data) && data.kind === 'List' && !Array.isArray(data.items)) {
      skipped.push({ where, issue: 'is a kind: List whose items are not a list of Kubernetes objects' });
      continue;
    }
    const list = isMap(data) && data.kind === 'List';
    const items = list ? ((data as { items: unknown[] }).items as unknown[]) : [data];
    for (const [j, item] of items.entries()) {
      if (isMap(item) && typeof item.kind === 'string' && typeof item.apiVersion === 'string') {
        objects.push(item as ManifestObject);
      } else if (list || (item !== null && item !== undefined)) {
        skipped.push({
          where: list ? `item ${j + 1} of ${where}` : where,
          issue: 'is not a Kubernetes object (no apiVersion and kind)',
        });
      }
    }
  }
  return { objects, skipped, documents: count, problems };
}

/** `Kind/name` (`Kind/namespace/name` when namespaced), as messages name an object. */
export function objectLabel(object: ManifestObject): string {
  const { name, namespace } = object.metadata ?? {};
  return [object.kind, namespace, name ?? '(no name)'].filter((part) => part !== undefined).join('/');
}

/** The containers of a DaemonSet's pod template. */
export function containersOf(daemonSet: DaemonSetObject): k8s.Container[] {
  const containers: unknown = daemonSet.spec?.template?.spec?.containers;
  return Array.isArray(containers) ? (containers.filter(isMap) as unknown as k8s.Container[]) : [];
}

/** The container named `name`, or the one running the vendor's `command` when it was renamed. */
export function containerOf(daemonSet: DaemonSetObject, name: string, command: string): k8s.Container | undefined {
  const containers = containersOf(daemonSet);
  return (
    containers.find((c) => c.name === name) ?? containers.find((c) => Array.isArray(c.command) && c.command.includes(command))
  );
}

/** True for the DaemonSet of a node agent: one of its containers runs the vendor's `start_node_agent`. */
export function isNodeAgentDaemonSet(object: ManifestObject): object is DaemonSetObject {
  return (
    object.kind === 'DaemonSet' &&
    containerOf(object, ContainerName.NODE_AGENT, VENDOR_COMMANDS[ContainerName.NODE_AGENT]) !== undefined
  );
}

/** Metadata the API server writes, and annotations kubectl and the DaemonSet controller write. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];
const SERVER_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', 'deprecated.daemonset.template.generation'];

/**
 * The object without what the API server and kubectl write into it (`status`, `uid`, `resourceVersion`, the
 * last-applied annotation…), as in `kubectl get -o yaml` output; `undefined` when it had none of them.
 */
export function withoutServerFields(object: ManifestObject): ManifestObject | undefined {
  const metadata = { ...object.metadata } as Record<string, unknown>;
  const annotations = { ...object.metadata?.annotations };
  const found = [
    ...SERVER_METADATA.filter((key) => key in metadata),
    ...SERVER_ANNOTATIONS.filter((key) => key in annotations),
    ...('status' in object ? ['status'] : []),
  ];
  if (found.length === 0) {
    return undefined;
  }
  for (const key of SERVER_METADATA) {
    delete metadata[key];
  }
  for (const key of SERVER_ANNOTATIONS) {
    delete annotations[key];
  }
  const { status: _status, ...rest } = object;
  return { ...rest, metadata: { ...metadata, annotations } } as ManifestObject;
}
