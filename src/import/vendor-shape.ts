import type * as k8s from '../../imports/k8s';
import { ContainerName } from '../agent/options/container-options';
import { NodeType } from '../agent/options/node-type';
import { NESTDB_SOCKET } from '../agent/pod';
import { atLeast, NcpVersion } from '../releases/ncp-version';
import { containerOf, type DaemonSetObject } from './manifest-objects';

/** The NCP generation a vendor-shaped DaemonSet belongs to, and the fields that tell. */
export interface DetectedVersion {
  readonly version: NcpVersion;
  /** The fields that place it there, e.g. `container nsx-ovs (2.5+)`; none for the 2.3/2.4 shape. */
  readonly evidence: readonly string[];
  /** Fields of an earlier generation the DaemonSet also carries, one warning each. */
  readonly contradictions: readonly string[];
}

/** A field each later generation introduced (vendor facts §a), as a test on the DaemonSet. */
const MARKERS: readonly (readonly [NcpVersion, string, (ds: DaemonSetObject) => boolean])[] = [
  [NcpVersion.V2_5_0, 'container nsx-ovs', (ds) => containerOf(ds, 'nsx-ovs', 'start_ovs') !== undefined],
  [NcpVersion.V2_5, 'volume projected-volume', (ds) => volumeNamed(ds, 'projected-volume') !== undefined],
  [NcpVersion.V2_5, 'volume var-run-ujo', (ds) => volumeNamed(ds, 'var-run-ujo') !== undefined],
  [NcpVersion.V3_1, 'env POD_NAME on nsx-node-agent', (ds) => envNamed(agent(ds), 'POD_NAME')],
  [
    NcpVersion.V3_1,
    'netns mounted at /host/var/run/netns',
    (ds) => (agent(ds)?.volumeMounts ?? []).some((m) => m.mountPath === '/host/var/run/netns'),
  ],
  [NcpVersion.V4_2, 'env NODE_NAME on nsx-kube-proxy', (ds) => envNamed(kubeProxy(ds), 'NODE_NAME')],
  [
    NcpVersion.V4_2,
    'volume host-var-log-ujo (DirectoryOrCreate) on nsx-kube-proxy',
    // Only the vendor's volume: users mount their own log directory at the same path (vendor facts §h).
    (ds) => {
      const volume = volumeNamed(ds, VENDOR_LOG_VOLUME);
      return (
        volume?.hostPath?.type === 'DirectoryOrCreate' &&
        (kubeProxy(ds)?.volumeMounts ?? []).some((m) => m.name === VENDOR_LOG_VOLUME && m.mountPath === '/var/log/nsx-ujo')
      );
    },
  ],
];

/** The vendor's log volume, from the operator's manifests on. */
const VENDOR_LOG_VOLUME = 'host-var-log-ujo';

/** A field a later generation dropped, with the last line that has it, as a test on the DaemonSet. */
const RETIRED: readonly (readonly [NcpVersion, string, (ds: DaemonSetObject) => boolean])[] = [
  [
    NcpVersion.V2_5_0,
    'volume config-volume mounted by subPath',
    (ds) => (agent(ds)?.volumeMounts ?? []).some((m) => m.name === 'config-volume' && m.subPath !== undefined),
  ],
  [NcpVersion.V2_5_0, 'volume cni-sock', (ds) => volumeNamed(ds, 'cni-sock') !== undefined],
  [NcpVersion.V2_5_0, 'volume host-config-openvswitch', (ds) => volumeNamed(ds, 'host-config-openvswitch') !== undefined],
  [
    NcpVersion.V2_5,
    'a liveness check without its own timeout',
    (ds) => /check_pod_liveness [\w-]+$/.test(String(agent(ds)?.livenessProbe?.exec?.command?.at(-1) ?? '')),
  ],
];

/**
 * The latest generation whose marker fields the DaemonSet carries (2.4, the vendor guide's, when none), and a
 * warning for each field of an earlier generation it also carries.
 */
export function detectNcpVersion(daemonSet: DaemonSetObject): DetectedVersion {
  const found = MARKERS.filter(([, , test]) => test(daemonSet));
  const version = found.reduce<NcpVersion>((latest, [since]) => (atLeast(since, latest) ? since : latest), NcpVersion.V2_4);
  const evidence = found.map(([since, what]) => `${what} (${since}+)`);
  const contradictions = RETIRED.filter(([until, , test]) => !atLeast(until, version) && test(daemonSet)).map(
    ([until, what]) =>
      `generation: the DaemonSet has ${evidence.join(', ')}, but also ${what} (up to the ${until} line); imported as the ` +
      `${version} line, whose manifest replaces it. If the file is of an earlier release, set ncpVersion in the values file`,
  );
  return { version, evidence, contradictions };
}

/** Names of the volumes the vendor's manifests declare, in any release and platform (vendor facts §a.5). */
const VENDOR_VOLUMES = [
  'config-volume',
  'projected-volume',
  'cni-sock',
  'var-run-ujo',
  'netns',
  'proc',
  'openvswitch',
  'nestdb-sock',
  'device-plugins',
  'host-sys',
  'host-modules',
  'host-config-openvswitch',
  'host-original-ovs-db',
  'host-os-release',
  VENDOR_LOG_VOLUME,
  'host-modinfo',
  'host-depmod',
  'dbus',
  'nscripts',
  'host-libcrypto',
  'host-nmcli',
  'host-libnm',
  'keepalived-conf-dir',
  'static-pods-manifests-dir',
];

/**
 * What a user added to the vendor's DaemonSet (vendor facts §h: log sidecars, init containers, log volumes): no
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
  if (atLeast(version, NcpVersion.V2_5_0)) {
    const ovs = containerOf(daemonSet, 'nsx-ovs', 'start_ovs') !== undefined;
    return ovs
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
  return containerOf(ds, 'nsx-node-agent', 'start_node_agent');
}

function kubeProxy(ds: DaemonSetObject): k8s.Container | undefined {
  return containerOf(ds, 'nsx-kube-proxy', 'start_kube_proxy');
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
