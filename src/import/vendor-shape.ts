import type * as k8s from '../../imports/k8s';
import { atLeast, LINES, type NcpVersion, RELEASE_LINES, type ReleaseLine } from '../releases/release-lines';
import { ContainerName, NESTDB_SOCKET, NodeType, VENDOR_COMMANDS, VENDOR_LOG_VOLUME, VENDOR_VOLUMES } from '../releases/vendor';
import { containerOf, type DaemonSetObject } from './manifest-objects';

/** The NCP generation a vendor-shaped DaemonSet belongs to, and the fields that tell. */
export interface DetectedVersion {
  readonly version: NcpVersion;
  /** The fields that place it there, e.g. `container nsx-ovs (2.5+)`; none for the 2.3/2.4 shape. */
  readonly evidence: readonly string[];
  /** Fields of an earlier generation the DaemonSet also carries, one warning each. */
  readonly contradictions: readonly string[];
}

/** A DaemonSet field that tells a release-line fact, as a test on the DaemonSet. */
type Marker = readonly [(line: ReleaseLine) => boolean, string, (ds: DaemonSetObject) => boolean];

/** Fields each later line introduced: a line has the field where the fact holds. */
const MARKERS: readonly Marker[] = [
  [(l) => l.ovsContainer, 'container nsx-ovs', (ds) => ovs(ds) !== undefined],
  [(l) => l.configMount === 'projected', 'volume projected-volume', (ds) => volumeNamed(ds, 'projected-volume') !== undefined],
  [(l) => l.runDirectoryVolume === 'var-run-ujo', 'volume var-run-ujo', (ds) => volumeNamed(ds, 'var-run-ujo') !== undefined],
  [(l) => l.podNameEnv, 'env POD_NAME on nsx-node-agent', (ds) => envNamed(agent(ds), 'POD_NAME')],
  [
    (l) => l.hostNetns,
    'netns mounted at /host/var/run/netns',
    (ds) => (agent(ds)?.volumeMounts ?? []).some((m) => m.mountPath === '/host/var/run/netns'),
  ],
  [(l) => l.kubeProxyNodeNameEnv, 'env NODE_NAME on nsx-kube-proxy', (ds) => envNamed(kubeProxy(ds), 'NODE_NAME')],
  [
    (l) => l.logVolume,
    `volume ${VENDOR_LOG_VOLUME} (DirectoryOrCreate) on nsx-kube-proxy`,
    // Only the vendor's volume: users mount their own log directory at the same path.
    (ds) => {
      const volume = volumeNamed(ds, VENDOR_LOG_VOLUME);
      return (
        volume?.hostPath?.type === 'DirectoryOrCreate' &&
        (kubeProxy(ds)?.volumeMounts ?? []).some((m) => m.name === VENDOR_LOG_VOLUME && m.mountPath === '/var/log/nsx-ujo')
      );
    },
  ],
];

/** Fields later lines dropped: a line has the field where the fact does not hold. */
const RETIRED: readonly Marker[] = [
  [
    (l) => l.configMount === 'projected',
    'volume config-volume mounted by subPath',
    (ds) => (agent(ds)?.volumeMounts ?? []).some((m) => m.name === 'config-volume' && m.subPath !== undefined),
  ],
  [(l) => l.runDirectoryVolume === 'var-run-ujo', 'volume cni-sock', (ds) => volumeNamed(ds, 'cni-sock') !== undefined],
  [
    (l) => l.ovsDatabase === 'run-directory',
    'volume host-config-openvswitch',
    (ds) => volumeNamed(ds, 'host-config-openvswitch') !== undefined,
  ],
  [
    (l) => l.livenessTimeoutArgument,
    'a liveness check without its own timeout',
    (ds) => /check_pod_liveness [\w-]+$/.test(String(agent(ds)?.livenessProbe?.exec?.command?.at(-1) ?? '')),
  ],
];

/** The first line where `fact` holds: the line a marker field appeared in. */
function firstLine(fact: (line: ReleaseLine) => boolean): NcpVersion {
  return LINES.find((v) => fact(RELEASE_LINES[v])) as NcpVersion;
}

/** The last line where `fact` does not hold yet: the last line with a retired field. */
function lastLineWithout(fact: (line: ReleaseLine) => boolean): NcpVersion {
  return LINES.filter((v) => !fact(RELEASE_LINES[v])).at(-1) as NcpVersion;
}

/**
 * The latest generation whose marker fields the DaemonSet carries (2.4, the vendor guide's, when none), and a
 * warning for each field of an earlier generation it also carries.
 */
export function detectNcpVersion(daemonSet: DaemonSetObject): DetectedVersion {
  const found = MARKERS.filter(([, , test]) => test(daemonSet)).map(([fact, what]) => [firstLine(fact), what] as const);
  const version = found.reduce<NcpVersion>((latest, [since]) => (atLeast(since, latest) ? since : latest), LINES[0]);
  const evidence = found.map(([since, what]) => `${what} (${since}+)`);
  const retired = RETIRED.map(([fact, what, test]) => [lastLineWithout(fact), what, test] as const);
  const contradictions = retired
    .filter(([until, , test]) => !atLeast(until, version) && test(daemonSet))
    .map(
      ([until, what]) =>
        `generation: the DaemonSet has ${evidence.join(', ')}, but also ${what} (up to the ${until} line); imported as the ` +
        `${version} line, whose manifest replaces it. If the file is of an earlier release, set ncpVersion in the values file`,
    );
  return { version, evidence, contradictions };
}

/**
 * What a user added to the vendor's DaemonSet: no
 * vendor manifest has them, so they tell neither release nor node type.
 */
export function userAdditions(daemonSet: DaemonSetObject): string[] {
  const pod = daemonSet.spec?.template?.spec;
  const vendor = new Set<string>(Object.values(ContainerName));
  const containers = pod?.containers ?? [];
  return [
    ...containers.filter((c) => !vendor.has(c.name)).map((c) => `sidecar container ${c.name}`),
    ...(pod?.initContainers ?? []).map((c) => `init container ${c.name}`),
    ...(pod?.volumes ?? [])
      .filter((v) => !VENDOR_VOLUMES.includes(v.name))
      .map((v) => {
        const users = containers.filter((c) => (c.volumeMounts ?? []).some((m) => m.name === v.name)).map((c) => c.name);
        return `volume ${v.name}${users.length > 0 ? ` (mounted in ${users.join(', ')})` : ''}`;
      }),
  ];
}

/** What the DaemonSet says about the node type, by the lines the vendor's bare-metal procedure changes. */
export interface BareMetalLines {
  readonly nodeType: NodeType;
  /** The bare-metal lines present (up to 2.4), or why the shape means bare metal (2.5+). */
  readonly present: readonly string[];
  /** The bare-metal lines of the procedure that are missing, when some are present. */
  readonly missing: readonly string[];
}

/**
 * Up to NCP 2.4, the vendor's three DaemonSet edits for bare metal: `DAC_OVERRIDE` and the `nestdb-sock` mount on
 * nsx-kube-proxy, and the `nestdb-sock` volume. `DAC_OVERRIDE` counts only when nsx-node-agent lacks it: some
 * OpenShift templates add it to both containers on every node type. From 2.5.0, bare-metal files drop nsx-ovs.
 */
export function bareMetalLines(daemonSet: DaemonSetObject, version: NcpVersion): BareMetalLines {
  if (RELEASE_LINES[version].ovsContainer) {
    return ovs(daemonSet) !== undefined
      ? { nodeType: NodeType.HOSTVM, present: [], missing: [] }
      : { nodeType: NodeType.BAREMETAL, present: ['no nsx-ovs container ("not needed on BAREMETAL")'], missing: [] };
  }
  const proxy = kubeProxy(daemonSet);
  // DAC_OVERRIDE on both containers (the OpenShift 3.11 template, every node type) tells nothing either way.
  const bothDac = capabilities(agent(daemonSet)).includes('DAC_OVERRIDE');
  const lines: [string, boolean][] = [
    ...(bothDac ? [] : [['DAC_OVERRIDE on nsx-kube-proxy', capabilities(proxy).includes('DAC_OVERRIDE')] as [string, boolean]]),
    ['the nestdb-sock mount on nsx-kube-proxy', (proxy?.volumeMounts ?? []).some((m) => m.mountPath === NESTDB_SOCKET)],
    ['the nestdb-sock volume', (daemonSet.spec?.template?.spec?.volumes ?? []).some((v) => v.hostPath?.path === NESTDB_SOCKET)],
  ];
  const present = lines.filter(([, has]) => has).map(([what]) => what);
  return {
    nodeType: present.length > 0 ? NodeType.BAREMETAL : NodeType.HOSTVM,
    present,
    missing: present.length > 0 ? lines.filter(([, has]) => !has).map(([what]) => what) : [],
  };
}

function agent(ds: DaemonSetObject): k8s.Container | undefined {
  return vendorContainer(ds, ContainerName.NODE_AGENT);
}

function kubeProxy(ds: DaemonSetObject): k8s.Container | undefined {
  return vendorContainer(ds, ContainerName.KUBE_PROXY);
}

function ovs(ds: DaemonSetObject): k8s.Container | undefined {
  return vendorContainer(ds, ContainerName.OVS);
}

/** The vendor's container `name`, or the one running its command when it was renamed. */
export function vendorContainer(ds: DaemonSetObject, name: ContainerName): k8s.Container | undefined {
  return containerOf(ds, name, VENDOR_COMMANDS[name]);
}

function volumeNamed(ds: DaemonSetObject, name: string): k8s.Volume | undefined {
  return (ds.spec?.template?.spec?.volumes ?? []).find((v) => v.name === name);
}

function envNamed(container: k8s.Container | undefined, name: string): boolean {
  return (container?.env ?? []).some((e) => e.name === name);
}

function capabilities(container: k8s.Container | undefined): string[] {
  return container?.securityContext?.capabilities?.add ?? [];
}
