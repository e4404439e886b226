import type * as k8s from '../../imports/k8s';
import { ContainerName, NodeType } from './vendor';

/**
 * NCP release lines whose node-agent manifests differ, oldest first. The default is the vendor guide's generation.
 * Values name the line; lines compare by their order here (`atLeast`). What each line's manifest holds is in
 * `RELEASE_LINES` below.
 */
export enum NcpVersion {
  /** NCP 2.3 and 2.4: two containers, ncp.ini mounted by subPath (the vendor guide's generation). */
  V2_4 = '2.4',
  /**
   * NCP 2.5.0: adds the nsx-ovs container on HOSTVM, which mounts the host's /etc/openvswitch; ncp.ini still by
   * subPath from `config-volume`, the run directory still `cni-sock`.
   */
  V2_5_0 = '2.5.0',
  /** NCP 2.5.1 and later 2.5/3.0 releases: a projected config volume, `var-run-ujo`, nsx-ovs keeps its database there. */
  V2_5 = '2.5',
  /** NCP 3.1: adds POD_NAME/CONTAINER_NAME env and the containerd netns mount. */
  V3_1 = '3.1',
  /** NCP 4.2 to 9.x (the operator's manifests); a newer release is refused. */
  V4_2 = '4.2',
}

/** The lines, oldest first. */
export const LINES: readonly NcpVersion[] = Object.values(NcpVersion);

/** True when the line `version` is the line `min` or a later one. */
export function atLeast(version: NcpVersion, min: NcpVersion): boolean {
  return LINES.indexOf(version) >= LINES.indexOf(min);
}

/** Compares two release numbers (`2.5` is 2.5.0): negative when `a` is earlier, 0 when equal, positive when later. */
export function compareReleases(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) {
      return (x[i] ?? 0) - (y[i] ?? 0);
    }
  }
  return 0;
}

/** Liveness timing of one container, as the vendor's manifest sets it. */
export type ProbeTimes = Omit<k8s.Probe, 'exec'>;

/**
 * What the vendor's node-agent manifest of one NCP release line looks like, where the lines
 * differ. The construct builds the DaemonSet and its companions from it, the importer tells the lines apart by it,
 * and the ncp.ini model labels releases with it. Each line is written as the changes from the line before.
 */
export interface ReleaseLine {
  readonly version: NcpVersion;
  /** The line's first release: the 2.4 line starts at 2.3, the 2.5 line at 2.5.1. */
  readonly firstRelease: string;
  /** How messages name the line. */
  readonly label: string;
  /** The minor releases that belong to the line (2.5.0 is told from the rest of 2.5 by its patch number). */
  readonly minorReleases: readonly string[];
  /** nsx-ovs runs Open vSwitch in a container on HOSTVM nodes (never on bare metal). */
  readonly ovsContainer: boolean;
  /** ncp.ini is mounted by subPath from `config-volume`, or as the directory of `projected-volume`. */
  readonly configMount: 'subPath' | 'projected';
  /** The volume of the host's /var/run/nsx-ujo, which the CNI plugin's socket lives in. */
  readonly runDirectoryVolume: 'cni-sock' | 'var-run-ujo';
  /** nsx-ovs keeps its database in the host's /etc/openvswitch, or in the run directory (seeing the host's under /host). */
  readonly ovsDatabase: 'host' | 'run-directory';
  /** nsx-node-agent and nsx-kube-proxy get POD_NAME and CONTAINER_NAME. */
  readonly podNameEnv: boolean;
  /** nsx-kube-proxy gets NODE_NAME. */
  readonly kubeProxyNodeNameEnv: boolean;
  /** netns is mounted at /host/var/run/netns with HostToContainer propagation, and device plugins are mounted. */
  readonly hostNetns: boolean;
  /** The liveness check takes its own timeout (`check_pod_liveness <name> <seconds>`) instead of `timeout 5`. */
  readonly livenessTimeoutArgument: boolean;
  /** The containers mount the vendor's log volume (and nsx-node-agent the host's os-release). */
  readonly logVolume: boolean;
  /** On bare metal, nsx-kube-proxy gets DAC_OVERRIDE and the nestdb socket. */
  readonly bareMetalNestdb: boolean;
  /** Capabilities of nsx-node-agent and nsx-kube-proxy, per platform. */
  readonly agentCapabilities: { readonly openshift: readonly string[]; readonly kubernetes: readonly string[] };
  /** The vendor's liveness timing per container. */
  readonly probes: Readonly<Record<ContainerName, ProbeTimes>>;
  /** The vendor's tolerations; none before 2.5.0. */
  readonly tolerations?: readonly k8s.Toleration[];
  /** The vendor's priority class; only the operator's manifests set one. */
  readonly priorityClassName?: string;
  /** The vendor's grace period; unset means the Kubernetes default. */
  readonly terminationGracePeriodSeconds?: number;
  /** The rules of the vendor's ClusterRole. */
  readonly clusterRoleRules: readonly k8s.PolicyRule[];
  /** `[coe] adaptor` on OpenShift when ncp.ini names none. */
  readonly openshiftAdaptor: 'openshift' | 'openshift4';
  /** The configuration validation refuses `[DEFAULT] log_file` (the operator's generation). */
  readonly refusesLogFile: boolean;
}

const BASE_CAPABILITIES = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'DAC_READ_SEARCH'];
const NO_SCHEDULE = 'NoSchedule';
const MASTER = { key: 'node-role.kubernetes.io/master', effect: NO_SCHEDULE };
const NOT_READY = { key: 'node.kubernetes.io/not-ready', effect: NO_SCHEDULE };
const UNREACHABLE = { key: 'node.kubernetes.io/unreachable', effect: NO_SCHEDULE };
const FIVE_TIMES = { timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 5 };

/** NCP 2.3 and 2.4: two containers, ncp.ini by subPath (the vendor guide's generation). */
const V2_4: ReleaseLine = {
  version: NcpVersion.V2_4,
  firstRelease: '2.3',
  label: 'NCP 2.3/2.4',
  minorReleases: ['2.3', '2.4'],
  ovsContainer: false,
  configMount: 'subPath',
  runDirectoryVolume: 'cni-sock',
  ovsDatabase: 'host',
  podNameEnv: false,
  kubeProxyNodeNameEnv: false,
  hostNetns: false,
  livenessTimeoutArgument: false,
  logVolume: false,
  bareMetalNestdb: true,
  agentCapabilities: { openshift: BASE_CAPABILITIES, kubernetes: BASE_CAPABILITIES },
  probes: {
    [ContainerName.NODE_AGENT]: { initialDelaySeconds: 5, ...FIVE_TIMES },
    [ContainerName.KUBE_PROXY]: { initialDelaySeconds: 5, periodSeconds: 5 },
    [ContainerName.OVS]: { initialDelaySeconds: 5, periodSeconds: 5 },
  },
  // Core endpoints and services, read by nsx-kube-proxy.
  clusterRoleRules: [{ apiGroups: [''], resources: ['endpoints', 'services'], verbs: ['get', 'watch', 'list'] }],
  openshiftAdaptor: 'openshift',
  refusesLogFile: false,
};

/** NCP 2.5.0: nsx-ovs on HOSTVM with the host's /etc/openvswitch; tolerations; a 120 s grace period. */
const V2_5_0: ReleaseLine = {
  ...V2_4,
  version: NcpVersion.V2_5_0,
  firstRelease: '2.5.0',
  label: 'NCP 2.5.0',
  minorReleases: [],
  ovsContainer: true,
  bareMetalNestdb: false,
  tolerations: [MASTER, NOT_READY, UNREACHABLE],
  terminationGracePeriodSeconds: 120,
};

/** NCP 2.5.1 to 3.0: the projected config volume, `var-run-ujo`, nsx-ovs's database in the run directory. */
const V2_5: ReleaseLine = {
  ...V2_5_0,
  version: NcpVersion.V2_5,
  firstRelease: '2.5.1',
  label: 'NCP 2.5',
  minorReleases: ['2.5', '3.0'],
  configMount: 'projected',
  runDirectoryVolume: 'var-run-ujo',
  ovsDatabase: 'run-directory',
  probes: { ...V2_5_0.probes, [ContainerName.NODE_AGENT]: { initialDelaySeconds: 60, ...FIVE_TIMES } },
  terminationGracePeriodSeconds: undefined,
};

/** NCP 3.1 to 4.1: pod and container names in env, the containerd netns mount, pods in the ClusterRole, 60 s to stop. */
const V3_1: ReleaseLine = {
  ...V2_5,
  version: NcpVersion.V3_1,
  firstRelease: '3.1',
  label: 'NCP 3.1',
  minorReleases: ['3.1', '3.2', '4.0', '4.1'],
  podNameEnv: true,
  hostNetns: true,
  livenessTimeoutArgument: true,
  probes: {
    ...V2_5.probes,
    [ContainerName.KUBE_PROXY]: { initialDelaySeconds: 10, ...FIVE_TIMES },
    [ContainerName.OVS]: { initialDelaySeconds: 10, timeoutSeconds: 10, periodSeconds: 10 },
  },
  // Flows are saved and OVS stopped on the way down.
  terminationGracePeriodSeconds: 60,
  // The agent reads and annotates pods.
  clusterRoleRules: [
    ...V2_5.clusterRoleRules,
    { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'update', 'patch'] },
  ],
  openshiftAdaptor: 'openshift4',
};

/** NCP 4.2 to 9.x (the operator's manifests up to 9.x). */
const V4_2: ReleaseLine = {
  ...V3_1,
  version: NcpVersion.V4_2,
  firstRelease: '4.2',
  label: 'NCP 4.2',
  minorReleases: ['4.2'],
  kubeProxyNodeNameEnv: true,
  logVolume: true,
  agentCapabilities: {
    openshift: [...BASE_CAPABILITIES, 'NET_RAW'],
    kubernetes: [...BASE_CAPABILITIES, 'NET_RAW', 'AUDIT_WRITE'],
  },
  probes: {
    ...V3_1.probes,
    [ContainerName.KUBE_PROXY]: { initialDelaySeconds: 60, ...FIVE_TIMES },
    [ContainerName.OVS]: { initialDelaySeconds: 180, timeoutSeconds: 10, periodSeconds: 10 },
  },
  tolerations: [
    MASTER,
    { key: 'node-role.kubernetes.io/control-plane', effect: NO_SCHEDULE },
    NOT_READY,
    UNREACHABLE,
    { operator: 'Exists', effect: 'NoExecute' },
  ],
  priorityClassName: 'system-node-critical',
  refusesLogFile: true,
};

/** Every release line, by its `NcpVersion`. */
export const RELEASE_LINES: Readonly<Record<NcpVersion, ReleaseLine>> = {
  [NcpVersion.V2_4]: V2_4,
  [NcpVersion.V2_5_0]: V2_5_0,
  [NcpVersion.V2_5]: V2_5,
  [NcpVersion.V3_1]: V3_1,
  [NcpVersion.V4_2]: V4_2,
};

/** The oldest release the model covers. */
export const OLDEST_RELEASE = V2_4.firstRelease;

/** The newest line: every release from its first up to {@link NEWEST_MAJOR}.x belongs to it. */
const NEWEST = V4_2;

/** The newest major release the model covers: NCP 9.x, the operator's manifests of the 4.2 line. */
export const NEWEST_MAJOR = 9;

/** What `ncpVersion` accepts, for messages. */
export const NCP_VERSION_ALLOWED =
  'an NCP release as written, e.g. 2.3, 2.4.1, 2.5.0, 2.5, 3.1.2 or 4.2 (a YAML number too): 2.3 and 2.4 are the 2.4 ' +
  'line, 2.5.0 the 2.5.0 line, 2.5 (2.5.1 and later) and 3.0 the 2.5 line, 3.1 to 4.1 the 3.1 line, 4.2 to 9.x the 4.2 line';

/**
 * The release line of an NCP release number as people write it (`2.3`, `2.4.1`, `3.1.2`, or a YAML number such as
 * 2.4), or why it is not one.
 */
export function releaseLine(value: unknown): { line: NcpVersion } | { reason: string } {
  const written = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof written !== 'string') {
    return { reason: 'is not a release number' };
  }
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.\d+)?$/.exec(written.trim());
  if (match === null) {
    return { reason: 'is not a release number' };
  }
  const minor = `${Number(match[1])}.${Number(match[2] ?? 0)}`;
  if (minor === '2.5' && match[3] !== undefined && Number(match[3]) === 0) {
    return { line: NcpVersion.V2_5_0 };
  }
  if (Number(match[1]) > NEWEST_MAJOR) {
    return { reason: `is newer than NCP ${NEWEST_MAJOR}, the newest release modelled` };
  }
  const line = Object.values(RELEASE_LINES).find((l) => l.minorReleases.includes(minor));
  if (line !== undefined) {
    return { line: line.version };
  }
  if (compareReleases(minor, NEWEST.firstRelease) >= 0) {
    return { line: NEWEST.version };
  }
  return {
    reason:
      compareReleases(minor, OLDEST_RELEASE) >= 0
        ? 'is not an NCP release'
        : 'is older than NCP 2.3, the oldest release modelled',
  };
}

/** The pod's containers on nodes of `nodeType`, in the vendor's order: nsx-ovs only where the line runs it, on VMs. */
export function containerNames(version: NcpVersion, nodeType: NodeType): ContainerName[] {
  return RELEASE_LINES[version].ovsContainer && nodeType === NodeType.HOSTVM
    ? [ContainerName.NODE_AGENT, ContainerName.KUBE_PROXY, ContainerName.OVS]
    : [ContainerName.NODE_AGENT, ContainerName.KUBE_PROXY];
}
