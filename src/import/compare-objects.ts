import { CONFIG_HASH_ANNOTATION } from '../agent/settings/deployment-settings';
import { isMap } from '../checking/deep-merge';
import { HIDDEN_VALUE, isCredentialName } from '../checking/problem';
import { readIniLines } from '../ncp-ini/ini-lines';
import { optionOf, SECTION_NAMES, type SectionName } from '../ncp-ini/schema';
import { NCP_INI_KEY } from '../releases/vendor';
import { describeDifference, differences, type FieldDifference } from './manifest-diff';
import { type ConfigMapObject, type DaemonSetObject, type ManifestObject, objectLabel } from './manifest-objects';

/** The generated manifest next to the file: what changes on purpose, and what to review. */
export interface Comparison {
  readonly changes: readonly string[];
  readonly warnings: readonly string[];
}

/** The file's node-agent objects, to tell them from its other objects. */
export interface AgentObjects {
  readonly daemonSet: DaemonSetObject;
  readonly configMap: ConfigMapObject;
}

/** Why the construct leaves an object of the file out, by kind. */
const NOT_GENERATED: Record<string, string> = {
  SecurityContextConstraints:
    "the construct generates its own SCC allowing exactly what the agent's pods use, bound to the agent's service " +
    'account only; keep this one while other workloads (such as NCP) use it',
  PodSecurityPolicy: 'PodSecurityPolicy is gone since Kubernetes 1.25',
};

/** Fields the generated objects write out where Kubernetes (or its RBAC v1) would give the same value. */
const WRITTEN_OUT: Record<string, unknown> = {
  automountServiceAccountToken: true,
  'roleRef.apiGroup': 'rbac.authorization.k8s.io',
};
const KUBERNETES_DEFAULT = "Kubernetes' default for this API version";

/**
 * Compares every object of the file with the generated object of the same kind and name, field by field. The
 * intended changes are today's API (apps/v1 with its selector, and RBAC v1), the ncp.ini checksum annotation, and
 * defaults written out; every other difference, and every object of the file without a counterpart, is a warning.
 */
export function compareObjects(
  fileObjects: readonly ManifestObject[],
  generated: readonly ManifestObject[],
  agent: AgentObjects,
): Comparison {
  const changes = new Set<string>();
  const warnings = new Set<string>();
  const unnamespaced: { label: string; namespace: string }[] = [];
  const counterpart = (o: ManifestObject) => generated.find((g) => g.kind === o.kind && g.metadata?.name === o.metadata?.name);

  for (const object of fileObjects) {
    const theirs =
      object === agent.daemonSet
        ? generated.find((g) => g.kind === 'DaemonSet')
        : object === agent.configMap
          ? generated.find((g) => g.kind === 'ConfigMap')
          : counterpart(object);
    if (theirs === undefined) {
      const why = NOT_GENERATED[object.kind] ?? 'the construct generates only the node agent and the objects it needs';
      warnings.add(`${objectLabel(object)} is not imported: ${why}`);
      continue;
    }
    const label = objectLabel(object);
    const mine = object === agent.configMap ? { ...object, data: { ...agent.configMap.data, [NCP_INI_KEY]: undefined } } : object;
    const other =
      object === agent.configMap ? { ...theirs, data: { ...(theirs.data as object), [NCP_INI_KEY]: undefined } } : theirs;
    for (const difference of differences(comparable(mine), comparable(other))) {
      classify(label, difference, changes, warnings, unnamespaced);
    }
    if (object === agent.configMap) {
      compareNcpIni(
        String(agent.configMap.data?.[NCP_INI_KEY]),
        String((theirs.data as Record<string, unknown>)[NCP_INI_KEY]),
        changes,
        warnings,
      );
    }
  }
  const namespaced = fileObjects.filter((o) => o.metadata?.namespace !== undefined);
  if (unnamespaced.length > 0) {
    const into = `the generated ones are in ${unnamespaced[0].namespace}. Set namespace if you applied the file elsewhere`;
    warnings.add(
      namespaced.length === 0
        ? `namespace: the file's objects name none (it was applied with -n); ${into}`
        : `namespace: ${unnamespaced.map((u) => u.label).join(', ')} name${unnamespaced.length === 1 ? 's' : ''} none, while ` +
            `${namespaced.map(objectLabel).join(', ')} name${namespaced.length === 1 ? 's' : ''} ` +
            `${[...new Set(namespaced.map((o) => o.metadata?.namespace))].join(', ')}; ${into}`,
    );
  }
  for (const object of generated) {
    const inFile =
      object.kind === 'DaemonSet' || object.kind === 'ConfigMap' || fileObjects.some((o) => counterpart(o) === object);
    if (!inFile) {
      changes.add(
        `${objectLabel(object)} is generated (not in the file); applying it sets an existing object of that name to this content`,
      );
    }
  }
  return { changes: [...changes], warnings: [...warnings] };
}

/** Sorts capability lists, whose order means nothing, so that only their content is compared. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(comparable);
  }
  if (!isMap(value)) {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === 'capabilities' && isMap(item)
        ? Object.fromEntries(Object.entries(item).map(([k, list]) => [k, Array.isArray(list) ? [...list].sort() : list]))
        : comparable(item),
    ]),
  );
}

/** Files applied with `-n` carry no namespace; the generated objects name theirs. */
function classify(
  label: string,
  d: FieldDifference,
  changes: Set<string>,
  warnings: Set<string>,
  unnamespaced: { label: string; namespace: string }[],
): void {
  const missing = d.file === undefined;
  if (d.path === 'apiVersion') {
    changes.add(`${label}: apiVersion ${String(d.file)} becomes ${String(d.generated)}, as today's Kubernetes serves it`);
  } else if (missing && d.path in WRITTEN_OUT && WRITTEN_OUT[d.path] === d.generated) {
    changes.add(`${label}: ${d.path}: ${String(d.generated)} is written out (${KUBERNETES_DEFAULT})`);
  } else if (d.path.startsWith('spec.selector.') && missing) {
    changes.add(`${label}: spec.selector.matchLabels is the vendor's three labels, which apps/v1 requires`);
  } else if (d.path === `spec.template.metadata.annotations.${CONFIG_HASH_ANNOTATION}` && missing) {
    changes.add(`${label}: pod annotation ${CONFIG_HASH_ANNOTATION} rolls the pods when ncp.ini changes (rollOnConfigChange)`);
  } else if (d.path.startsWith('metadata.labels.pod-security.kubernetes.io/') && missing) {
    changes.add(
      `${label}: the pod-security.kubernetes.io labels admit the pods under Pod Security Admission (podSecurityLabels)`,
    );
  } else if (/\.livenessProbe\.exec\.command$/.test(d.path) && isTimeoutWrapped(d.file, d.generated)) {
    changes.add(`${label}: the liveness checks of NCP 2.3 get the \`timeout 5\` of 2.4's (one generation covers both)`);
  } else if (d.path === 'metadata.namespace' && missing) {
    unnamespaced.push({ label, namespace: String(d.generated) });
  } else if (d.path === 'spec.template.spec.serviceAccountName' && missing) {
    warnings.add(
      `${label}: the file's pods run as the namespace's default service account (serviceAccountName unset); the generated ` +
        `pods run as ${String(d.generated)}, with the vendor's RBAC`,
    );
  } else {
    warnings.add(`${label} ${describeDifference(d)}`);
  }
}

/** True when `generated` is the exec command `file` with 2.4's `timeout 5 ` before the check. */
function isTimeoutWrapped(file: unknown, generated: unknown): boolean {
  if (!Array.isArray(file) || !Array.isArray(generated) || file.length !== generated.length) {
    return false;
  }
  return file.every((part, i) => part === generated[i] || `timeout 5 ${part}` === generated[i]);
}

/**
 * ncp.ini key by key: keys the generated file writes that the file leaves unset are defaults written out (the
 * vendor's uncommented lines, node_type and ovs_bridge); any other difference is a warning.
 */
function compareNcpIni(file: string, generated: string, changes: Set<string>, warnings: Set<string>): void {
  const agentEntries = (text: string) =>
    new Map(
      readIniLines(text, 'ncp.ini')
        .entries.filter((e) => SECTION_NAMES.includes(e.section as SectionName))
        .map((e) => [`[${e.section}] ${e.key}`, e] as const),
    );
  const mine = agentEntries(file);
  const theirs = agentEntries(generated);
  const value = (entry: { key: string; value: string }) => (isCredentialName(entry.key) ? HIDDEN_VALUE : entry.value);
  for (const [key, entry] of theirs) {
    const own = mine.get(key);
    if (own === undefined) {
      changes.add(`ncp.ini ${key} = ${value(entry)} is written out (the file leaves it unset)`);
    } else if (!sameValue(entry.section, entry.key, own.value, entry.value)) {
      warnings.add(`ncp.ini ${key}: ${value(own)} in the file becomes ${value(entry)}`);
    }
  }
  for (const [key, entry] of mine) {
    if (!theirs.has(key)) {
      warnings.add(`ncp.ini ${key} = ${value(entry)} is not carried over`);
    }
  }
  changes.add('ncp.ini is rendered from the settings: comments and commented-out defaults are not carried over');
}

/** Values compare as NCP reads them: `true` and `True` are one boolean. */
function sameValue(section: string, key: string, a: string, b: string): boolean {
  const spec = optionOf(section as SectionName, key);
  if (spec === undefined) {
    return a === b;
  }
  return JSON.stringify(spec.type.parse(a)) === JSON.stringify(spec.type.parse(b));
}
