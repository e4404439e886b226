import { App, Chart } from 'cdk8s';
import type * as k8s from '../../imports/k8s';
import { NsxNodeAgent } from '../agent/nsx-node-agent';
import { ImagePullPolicy } from '../agent/options/image-pull-policy';
import { adaptorFor, adaptorServes, Platform } from '../agent/options/platform';
import { type AgentOptions, valuesProps } from '../agent/settings/agent-options';
import { CONFIG_HASH_ANNOTATION } from '../agent/settings/deployment-settings';
import { OPTION_NAMES } from '../app/values';
import { isMap } from '../checking/deep-merge';
import { Problem, ProblemsError, showValue } from '../checking/problem';
import type { NcpIniSettings } from '../ncp-ini/schema';
import { NcpVersion } from '../releases/release-lines';
import { ContainerName, NCP_INI_KEY, NodeType, VENDOR_BRIDGES, VENDOR_LABELS, VENDOR_NAMES } from '../releases/vendor';
import { compareObjects } from './compare-objects';
import { importNcpIni } from './import-ncp-ini';
import { differences } from './manifest-diff';
import {
  type ConfigMapObject,
  containerOf,
  type DaemonSetObject,
  isNodeAgentDaemonSet,
  type ManifestObject,
  objectLabel,
  readManifestObjects,
  withoutServerFields,
} from './manifest-objects';
import { type BareMetalLines, bareMetalLines, detectNcpVersion, userAdditions, vendorContainer } from './vendor-shape';

/** How to import a vendor manifest. */
export interface VendorImportOptions {
  /**
   * The manifest's name in messages, e.g. its path.
   *
   * @default 'the manifest'
   */
  readonly source?: string;
  /**
   * The image to run instead of the file's, e.g. when the file runs the vendor's placeholder `nsx-ncp` as a local tag.
   *
   * @default - the file's image
   */
  readonly image?: string;
  /**
   * The node type, where ncp.ini's node_type and the DaemonSet's bare-metal lines disagree.
   *
   * @default - from ncp.ini and the DaemonSet
   */
  readonly nodeType?: NodeType;
}

/** A vendor `nsx-node-agent-ds.yml` turned into the construct's options. */
export interface ImportedManifest {
  /** The options, in the order a values file lists them; empty when there are problems. */
  readonly values: AgentOptions | Record<string, never>;
  /** What the file's shape says: NCP generation, node type and platform, with the fields that tell. */
  readonly detected: readonly string[];
  /** What the generated manifest changes on purpose: today's API, the config checksum, defaults written out. */
  readonly changes: readonly string[];
  /** What is not carried over, or differs in the generated manifest: review each before applying. */
  readonly warnings: readonly string[];
  /** Why the file cannot be imported; nothing else is set when there are any. */
  readonly problems: readonly Problem[];
}

/** Prefix of the pod annotations that give a container an AppArmor profile. */
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

/** Liveness probe fields the construct's `containers.<name>.livenessProbe` option sets. */
const PROBE_TIMING = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'failureThreshold'] as const;

/**
 * Reads a vendor-shaped node-agent manifest (any generation, hand-edited: ConfigMap and DaemonSet, maybe RBAC and
 * SCC objects) into the construct's options: image, names, node type (from ncp.ini's node_type and the
 * bare-metal lines of the DaemonSet), NCP generation (from the DaemonSet's shape), ncp.ini settings, and the
 * scheduling and container settings that differ from the vendor's for that generation. The options are then
 * synthesized and compared with the file field by field: whatever the generated manifest does not reproduce is a
 * warning, so nothing is dropped silently.
 */
export function importVendorManifest(text: string, options: VendorImportOptions = {}): ImportedManifest {
  const source = options.source ?? 'the manifest';
  const read = readManifestObjects(text, source);
  if (read.problems.length > 0) {
    return failed(read.problems);
  }
  const stripped = read.objects.map((o) => withoutServerFields(o));
  const cleaned = read.objects.map((o, i) => stripped[i] ?? o);
  const found = findAgent(cleaned, source);
  if ('problems' in found) {
    return failed(found.problems);
  }
  const { configMap, iniText } = found;
  const daemonSet = options.image === undefined ? found.daemonSet : withImage(found.daemonSet, options.image);
  const objects = found.daemonSet === daemonSet ? cleaned : cleaned.map((o) => (o === found.daemonSet ? daemonSet : o));

  const version = detectNcpVersion(daemonSet);
  const ini = importNcpIni(iniText, version.version, `${source} ${objectLabel(configMap)} ncp.ini`);
  const lines = bareMetalLines(daemonSet, version.version);
  const chosen = chooseNodeType(lines, ini.nodeType, options.nodeType, ini.ovsBridge, source);
  const nodeType = chosen.nodeType;
  const additions = userAdditions(daemonSet);
  const platform = platformOf(objects, ini.settings.coe?.adaptor, source);
  const warnings = [
    ...read.skipped.map((s) => `${s.where} ${s.issue}; it is not imported`),
    ...ini.warnings,
    ...version.contradictions,
    ...chosen.warnings,
    ...(additions.length > 0
      ? [
          `user additions, not vendor fields (no release or node type is read from them), are not carried over: ${additions.join(', ')}`,
        ]
      : []),
  ];
  const detected = [
    `NCP ${version.version === NcpVersion.V2_4 ? '2.3/2.4' : `${version.version} generation`}` +
      (version.evidence.length > 0 ? `: ${version.evidence.join(', ')}` : ': no field of a later generation'),
    `node type ${nodeType}: ${options.nodeType === undefined ? '' : '--node-type; '}ncp.ini ${ini.nodeType === undefined ? 'leaves node_type unset (HOSTVM)' : `says ${ini.nodeType}`}` +
      (lines.present.length > 0 ? `; the DaemonSet has ${lines.present.join(', ')}` : '; the DaemonSet has no bare-metal lines'),
    platform.evidence,
  ];

  const agent = vendorContainer(daemonSet, ContainerName.NODE_AGENT) as k8s.Container;
  const name = daemonSet.metadata?.name ?? VENDOR_NAMES.daemonSet;
  const pod = daemonSet.spec?.template?.spec;
  const serviceAccount = pod?.serviceAccountName ?? pod?.serviceAccount;
  const binding = objects.find(
    (o) =>
      o.kind === 'ClusterRoleBinding' &&
      Array.isArray(o.subjects) &&
      o.subjects.some(
        (s: k8s.Subject) => s.kind === 'ServiceAccount' && s.name === (serviceAccount ?? VENDOR_NAMES.serviceAccount),
      ) &&
      !isSccBinding(o, objects),
  );
  const props: Record<string, unknown> = {
    image: agent.image,
    nodeType: nodeType === NodeType.BAREMETAL ? NodeType.BAREMETAL : undefined,
    ovsBridge: ini.ovsBridge !== undefined && ini.ovsBridge !== defaultBridge(nodeType) ? ini.ovsBridge : undefined,
    ncpVersion: version.version === NcpVersion.V2_4 ? undefined : version.version,
    platform: platform.platform,
    name: name === VENDOR_NAMES.daemonSet ? undefined : name,
    namespace: unlessDefault(daemonSet.metadata?.namespace, VENDOR_NAMES.namespace),
    configMapName: unlessDefault(configMap.metadata?.name, `${name}-config`),
    serviceAccountName: unlessDefault(serviceAccount, VENDOR_NAMES.serviceAccount),
    imagePullPolicy: unlessDefault(agent.imagePullPolicy, ImagePullPolicy.IF_NOT_PRESENT),
    ncpIni: withoutDefaultAdaptor(ini.settings, platform.platform, version.version),
    clusterRoleName: unlessDefault((binding?.roleRef as k8s.RoleRef | undefined)?.name, VENDOR_NAMES.clusterRole),
    clusterRoleBindingName: unlessDefault(binding?.metadata?.name, VENDOR_NAMES.clusterRoleBinding),
  };

  // The vendor's manifest of this generation, for the options above; what the file does differently becomes options.
  // Every problem at once: ncp.ini's, the node type's, the platform's, then the construct's (its ncpIni ones repeat
  // those, which name the file's lines).
  const baseline = synthesize(props);
  const construct = 'problems' in baseline ? baseline.problems.map(importFix) : [];
  const own = [...ini.problems, ...chosen.problems, ...platform.problems];
  const problems = [...own, ...construct.filter((p) => own.length === 0 || !p.option.startsWith('ncpIni'))];
  if (problems.length > 0 || 'problems' in baseline) {
    return failed(problems);
  }
  Object.assign(props, deploymentOptions(daemonSet, baseline.daemonSet));
  const generated = synthesize(props);
  if ('problems' in generated) {
    return failed(generated.problems.map(importFix));
  }
  const noProbe = Object.entries((props.containers ?? {}) as Record<string, { livenessProbe?: unknown }>)
    .filter(([, c]) => c.livenessProbe === false)
    .map(([name]) => name);
  const apparmor = Object.keys(props.podAnnotations ?? {}).filter((key) => key.startsWith(APPARMOR_ANNOTATION));
  const comparison = compareObjects(objects, generated.objects, { daemonSet, configMap });
  const changes = [
    ...(options.image === undefined || options.image === imageOf(found.daemonSet)
      ? []
      : [`image: the file's ${showValue(imageOf(found.daemonSet))} is replaced by ${showValue(options.image)} (--image)`]),
    ...(stripped.some((o) => o !== undefined)
      ? [
          'what the API server and kubectl write into objects (status, uid, resourceVersion, the last-applied annotation) is left out',
        ]
      : []),
    ...comparison.changes,
    ...ini.droppedEmptySections.map((section) => `ncp.ini ${section} has no settings and is left out`),
  ];
  return {
    values: ordered(props),
    detected,
    changes,
    warnings: [
      ...warnings,
      ...noProbe.map(
        (name) =>
          `containers.${name}.livenessProbe: the file's ${name} has no liveness probe; carried over as livenessProbe: false ` +
          "(not recommended: a hung container is never restarted); remove the option for the vendor's probe",
      ),
      ...apparmor.map(
        (key) =>
          `pod annotation ${key} is carried over under podAnnotations: it needs the AppArmor profile loaded on every ` +
          'node (Ubuntu); where AppArmor is off, remove it, or the pods do not start',
      ),
      ...comparison.warnings,
    ],
    problems: [],
  };
}

function failed(problems: readonly Problem[]): ImportedManifest {
  return { values: {}, detected: [], changes: [], warnings: [], problems };
}

/** The node agent's DaemonSet, and the ConfigMap with the ncp.ini it mounts. */
function findAgent(
  objects: readonly ManifestObject[],
  source: string,
): { daemonSet: DaemonSetObject; configMap: ConfigMapObject; iniText: string } | { problems: Problem[] } {
  const agents = objects.filter(isNodeAgentDaemonSet);
  if (agents.length !== 1) {
    const kinds = objects.map(objectLabel);
    return {
      problems: [
        agents.length === 0
          ? new Problem(
              source,
              kinds.length > 0 ? kinds.join(', ') : undefined,
              'is not an nsx-node-agent manifest: no DaemonSet has a container running start_node_agent',
              "the vendor's nsx-node-agent-ds.yml (a ConfigMap with ncp.ini and the nsx-node-agent DaemonSet), edited or not",
              'import the file that defines the nsx-node-agent DaemonSet',
            )
          : new Problem(
              source,
              agents.map(objectLabel).join(', '),
              `has ${agents.length} node-agent DaemonSets`,
              'one node-agent DaemonSet, with its ConfigMap',
              'split the file into one per DaemonSet and import each; list the results under agents: in one values file',
            ),
      ],
    };
  }
  const daemonSet = agents[0];
  const wanted = configMapNameOf(daemonSet);
  const configMap = objects.find(
    (o): o is ConfigMapObject =>
      o.kind === 'ConfigMap' && (wanted === undefined ? isMap(o.data) && NCP_INI_KEY in o.data : o.metadata?.name === wanted),
  );
  const iniText = configMap?.data?.[NCP_INI_KEY];
  if (configMap === undefined || typeof iniText !== 'string') {
    const what = wanted === undefined ? 'a ConfigMap with the key ncp.ini' : `the ConfigMap ${wanted} the DaemonSet mounts`;
    return {
      problems: [
        new Problem(
          source,
          undefined,
          configMap === undefined ? `has no ${what}` : `has ${what}, without the key ncp.ini`,
          'the node-agent ConfigMap (key ncp.ini) and DaemonSet in one file, as the vendor ships them',
          `add the ConfigMap to the file, e.g. kubectl get configmap -n nsx-system ${wanted ?? 'nsx-node-agent-config'} -o yaml`,
        ),
      ],
    };
  }
  return { daemonSet, configMap, iniText };
}

/** The ConfigMap the DaemonSet's config volume (2.3–2.5.0) or projected volume (2.5.1+) takes ncp.ini from. */
function configMapNameOf(daemonSet: DaemonSetObject): string | undefined {
  for (const volume of daemonSet.spec?.template?.spec?.volumes ?? []) {
    if (volume.configMap?.name !== undefined && ['config-volume', 'projected-volume'].includes(volume.name)) {
      return volume.configMap.name;
    }
    const projected = (volume.projected?.sources ?? []).find((s) =>
      (s.configMap?.items ?? []).some((i) => i.key === NCP_INI_KEY),
    );
    if (projected?.configMap?.name !== undefined) {
      return projected.configMap.name;
    }
  }
  return undefined;
}

/**
 * OpenShift when the file carries an SCC or ncp.ini names an OpenShift adaptor; Kubernetes otherwise. An SCC beside
 * another adaptor is a problem: the two lines disagree about the platform, and the construct writes them together.
 */
function platformOf(
  objects: readonly ManifestObject[],
  adaptor: unknown,
  source: string,
): { platform: Platform; evidence: string; problems: Problem[] } {
  const scc = objects.filter((o) => o.kind === 'SecurityContextConstraints').map(objectLabel);
  const openshiftAdaptor = typeof adaptor === 'string' && adaptorServes(adaptor, Platform.OPENSHIFT);
  const ini = adaptor === undefined ? 'ncp.ini sets no adaptor' : `ncp.ini says adaptor = ${String(adaptor)}`;
  const platform = scc.length > 0 || openshiftAdaptor ? Platform.OPENSHIFT : Platform.KUBERNETES;
  const evidence = `platform ${platform}: ${ini}${scc.length > 0 ? `; the file holds ${scc.join(', ')}` : ''}`;
  const problems =
    scc.length > 0 && adaptor !== undefined && !openshiftAdaptor
      ? [
          new Problem(
            `${source} [coe] adaptor`,
            adaptor,
            `disagrees with ${scc.join(', ')} in the same file, which is OpenShift's`,
            'on OpenShift: adaptor openshift4 (NCP 3.1 on) or openshift, with an SCC; on Kubernetes: adaptor kubernetes, no SCC',
            'correct [coe] adaptor in the file, or remove the SCC from the file if the cluster is plain Kubernetes; then import again',
          ),
        ]
      : [];
  return { platform, evidence, problems };
}

/** The settings without `[coe] adaptor` where it is the one the construct writes for the platform anyway. */
function withoutDefaultAdaptor(settings: NcpIniSettings, platform: Platform, version: NcpVersion): NcpIniSettings {
  const { adaptor, ...coe } = settings.coe ?? {};
  if (adaptor === undefined || adaptor !== adaptorFor(platform, version)) {
    return settings;
  }
  const { coe: _, ...rest } = settings;
  return Object.keys(coe).length > 0 ? { ...rest, coe } : rest;
}

/** A binding that grants `use` of an SCC: not the vendor's RBAC. */
function isSccBinding(binding: ManifestObject, objects: readonly ManifestObject[]): boolean {
  const role = objects.find((o) => o.kind === 'ClusterRole' && o.metadata?.name === (binding.roleRef as k8s.RoleRef)?.name);
  return (
    Array.isArray(role?.rules) &&
    role.rules.some((r: k8s.PolicyRule) => (r.resources ?? []).includes('securitycontextconstraints'))
  );
}

function defaultBridge(nodeType: NodeType): string {
  return nodeType === NodeType.BAREMETAL ? VENDOR_BRIDGES.baremetal : VENDOR_BRIDGES.hostvm;
}

function unlessDefault<T>(value: T | undefined, fallback: T): T | undefined {
  return value === fallback ? undefined : value;
}

/** How to choose the node type on the command line. */
const NODE_TYPE_CHOICE =
  'pass --node-type HOSTVM for VM nodes (the bare-metal lines are not carried over), or --node-type BAREMETAL for ' +
  'bare-metal nodes (ncp.ini gets node_type = BAREMETAL)';

/**
 * The node type from ncp.ini's node_type, the DaemonSet's bare-metal lines and `--node-type`. An explicit
 * node_type = HOSTVM is never overridden by the DaemonSet: where they disagree, the import stops until
 * `--node-type` chooses. Every other disagreement, and a partial bare-metal edit, is a warning naming both sides.
 */
function chooseNodeType(
  lines: BareMetalLines,
  ini: NodeType | undefined,
  option: NodeType | undefined,
  bridge: string | undefined,
  source: string,
): { nodeType: NodeType; warnings: string[]; problems: Problem[] } {
  const dsBareMetal = lines.present.length > 0;
  const ds = `the DaemonSet has ${dsBareMetal ? lines.present.join(', ') : 'none of the bare-metal lines'}`;
  const warnings: string[] = [];
  if (dsBareMetal && lines.missing.length > 0) {
    warnings.push(
      `node type: the DaemonSet has ${lines.present.join(', ')} but not ${lines.missing.join(', ')}: a partial bare-metal edit; ` +
        'the generated manifest has all of them',
    );
  }
  if (option !== undefined) {
    const against = [
      ...(ini !== undefined && ini !== option ? [`ncp.ini's node_type = ${ini}`] : []),
      ...(lines.nodeType !== option ? [ds] : []),
    ];
    if (against.length > 0) {
      warnings.push(`node type: --node-type ${option} is imported, against ${against.join(' and ')}`);
    }
    return { nodeType: option, warnings, problems: [] };
  }
  if (dsBareMetal && ini === NodeType.HOSTVM) {
    const problem = new Problem(
      `${source} node type`,
      'HOSTVM',
      `ncp.ini sets node_type = HOSTVM, but ${ds}`,
      'HOSTVM or BAREMETAL, chosen by --node-type where the file disagrees with itself',
      NODE_TYPE_CHOICE,
    );
    return { nodeType: NodeType.HOSTVM, warnings, problems: [problem] };
  }
  if (dsBareMetal && ini === undefined) {
    warnings.push(
      `node type: ${ds}, but ncp.ini does not set node_type; imported as BAREMETAL, which also writes node_type = ` +
        `BAREMETAL${bridge === undefined ? ' and ovs_bridge = nsx-managed' : ''}. If these are VM nodes, pass --node-type HOSTVM`,
    );
  }
  if (!dsBareMetal && ini === NodeType.BAREMETAL) {
    warnings.push(
      'node type: ncp.ini sets node_type = BAREMETAL, but the DaemonSet has none of the bare-metal lines; imported as ' +
        'BAREMETAL, which adds them (DAC_OVERRIDE and the nestdb-sock socket on nsx-kube-proxy up to NCP 2.4; no nsx-ovs from 2.5). ' +
        'If these are VM nodes, pass --node-type HOSTVM',
    );
  }
  return { nodeType: dsBareMetal || ini === NodeType.BAREMETAL ? NodeType.BAREMETAL : NodeType.HOSTVM, warnings, problems: [] };
}

/** The image the file's node-agent container runs. */
function imageOf(daemonSet: DaemonSetObject): string | undefined {
  return vendorContainer(daemonSet, ContainerName.NODE_AGENT)?.image;
}

/** The DaemonSet with `image` in every vendor container, as `--image` asks. */
function withImage(daemonSet: DaemonSetObject, image: string): DaemonSetObject {
  const copy = structuredClone(daemonSet);
  const vendor = new Set<string>(Object.values(ContainerName));
  for (const container of copy.spec?.template?.spec?.containers ?? []) {
    if (vendor.has(container.name)) {
      (container as { image?: string }).image = image;
    }
  }
  return copy;
}

/** The construct's image problem, with the import's way to fix it. */
function importFix(problem: Problem): Problem {
  return problem.option === 'image'
    ? new Problem(
        problem.option,
        problem.value,
        problem.issue,
        problem.allowed,
        'pass --image REF with the image your nodes run, e.g. --image registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827; the values file then names it',
      )
    : problem;
}

/** The agent's objects for `props`, or the construct's problems with them. */
function synthesize(
  props: Record<string, unknown>,
): { objects: ManifestObject[]; daemonSet: DaemonSetObject } | { problems: readonly Problem[] } {
  const chart = new Chart(new App(), 'import');
  try {
    new NsxNodeAgent(
      chart,
      'agent',
      valuesProps(props as AgentOptions, (option) => option),
    );
  } catch (error) {
    if (error instanceof ProblemsError) {
      return { problems: error.problems };
    }
    throw error;
  }
  const objects = chart.toJson() as ManifestObject[];
  return { objects, daemonSet: objects.find((o) => o.kind === 'DaemonSet') as DaemonSetObject };
}

/**
 * The options that make the vendor's DaemonSet of this generation (`baseline`) into the file's: scheduling, rollout,
 * extra labels and annotations, and per container resources, extra variables and probe timing. Fields the options
 * cannot express are left to the comparison, which reports them.
 */
function deploymentOptions(file: DaemonSetObject, baseline: DaemonSetObject): Record<string, unknown> {
  const pod = file.spec?.template?.spec ?? ({} as Partial<k8s.PodSpec>);
  const base = baseline.spec?.template?.spec ?? ({} as Partial<k8s.PodSpec>);
  const rolling = file.spec?.updateStrategy?.rollingUpdate?.maxUnavailable as unknown;
  const options: Record<string, unknown> = {
    tolerations: differs(pod.tolerations, base.tolerations) ? (pod.tolerations ?? []) : undefined,
    nodeSelector: differs(pod.nodeSelector, base.nodeSelector) ? pod.nodeSelector : undefined,
    affinity: differs(pod.affinity, base.affinity) ? pod.affinity : undefined,
    priorityClassName: differs(pod.priorityClassName, base.priorityClassName) ? pod.priorityClassName : undefined,
    terminationGracePeriodSeconds: differs(pod.terminationGracePeriodSeconds ?? 30, base.terminationGracePeriodSeconds ?? 30)
      ? (pod.terminationGracePeriodSeconds ?? 30)
      : undefined,
    imagePullSecrets: pod.imagePullSecrets?.map((s) => s.name),
    updateStrategy: file.spec?.updateStrategy?.type === 'OnDelete' ? 'OnDelete' : undefined,
    maxUnavailable: rolling === undefined || rolling === 1 ? undefined : rolling,
    labels: extra(file.metadata?.labels, VENDOR_LABELS),
    annotations: extra(file.metadata?.annotations, {}),
    podLabels: extra(file.spec?.template?.metadata?.labels, VENDOR_LABELS),
    podAnnotations: extra(file.spec?.template?.metadata?.annotations, { [CONFIG_HASH_ANNOTATION]: '' }),
    containers: containersOfFile(file, baseline),
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Per container of both manifests: requests and limits, variables with plain values, probe timing. */
function containersOfFile(file: DaemonSetObject, baseline: DaemonSetObject): Record<string, unknown> | undefined {
  const entries = Object.values(ContainerName).flatMap((name) => {
    const mine = containerOf(file, name, '');
    const theirs = containerOf(baseline, name, '');
    if (mine === undefined || theirs === undefined) {
      return [];
    }
    const resources = Object.fromEntries(
      (['requests', 'limits'] as const).flatMap((kind) => {
        const list = mine.resources?.[kind] as Record<string, unknown> | undefined;
        const picked = Object.fromEntries(
          ['cpu', 'memory'].filter((r) => list?.[r] !== undefined).map((r) => [r, String(list?.[r])]),
        );
        return Object.keys(picked).length > 0 ? [[kind, picked]] : [];
      }),
    );
    const vendorEnv = new Set((theirs.env ?? []).map((e) => e.name));
    const env = Object.fromEntries(
      (mine.env ?? []).filter((e) => !vendorEnv.has(e.name) && e.value !== undefined).map((e) => [e.name, String(e.value)]),
    );
    const probe = Object.fromEntries(
      PROBE_TIMING.filter(
        (field) => mine.livenessProbe?.[field] !== undefined && differs(mine.livenessProbe[field], theirs.livenessProbe?.[field]),
      ).map((field) => [field, Number(mine.livenessProbe?.[field])]),
    );
    // A probe the file removed stays removed, as the explicit option.
    const removed = mine.livenessProbe === undefined && theirs.livenessProbe !== undefined;
    const options = Object.fromEntries(
      Object.entries({ resources, env, livenessProbe: removed ? false : probe }).filter(
        ([, value]) => value === false || Object.keys(value).length > 0,
      ),
    );
    return Object.keys(options).length > 0 ? [[name, options]] : [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function differs(a: unknown, b: unknown): boolean {
  return differences(a, b).length > 0;
}

/** The entries of `map` that are not `vendor`'s keys; undefined when none are left. */
function extra(map: Readonly<Record<string, string>> | undefined, vendor: Readonly<Record<string, string>>) {
  const left = Object.entries(map ?? {}).filter(([key]) => !(key in vendor));
  return left.length > 0 ? Object.fromEntries(left) : undefined;
}

/** The options in the values file's order, ncp.ini last, unset ones left out. */
function ordered(props: Record<string, unknown>): AgentOptions {
  const names = [...OPTION_NAMES.filter((name) => name !== 'ncpIni'), 'ncpIni'];
  return Object.fromEntries(
    names.filter((name) => props[name] !== undefined).map((name) => [name, props[name]]),
  ) as unknown as AgentOptions;
}
