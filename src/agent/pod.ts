import * as k8s from '../../imports/k8s';
import { byVersion } from '../releases/ncp-generation';
import { atLeast, NcpVersion } from '../releases/ncp-version';
import { ContainerName, type ContainerOptions, type ContainerResources } from './options/container-options';
import { NodeType } from './options/node-type';
import { Platform } from './options/platform';
import type { AgentSettings } from './settings/agent-settings';
import { containerNames } from './settings/deployment-settings';

/** Capabilities nsx-node-agent and nsx-kube-proxy get in every vendor file. */
const BASE_CAPABILITIES = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'DAC_READ_SEARCH'];

/** Capabilities of nsx-ovs (NCP 2.5+): it loads the OVS kernel module and runs ovs-vswitchd at high priority. */
const OVS_CAPABILITIES = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_NICE', 'SYS_MODULE'];

/** The bare-metal host's NSX database socket, which nsx-kube-proxy writes Service configuration to (NCP 2.3/2.4). */
export const NESTDB_SOCKET = '/var/run/vmware/nestdb/nestdb-server.sock';

type ProbeTimes = Omit<k8s.Probe, 'exec'>;

/** The vendor's liveness timing per container and generation (vendor-facts §a.2–a.4). */
const PROBE_TIMES: Record<ContainerName, readonly (readonly [NcpVersion, ProbeTimes])[]> = {
  [ContainerName.NODE_AGENT]: [
    [NcpVersion.V2_4, { initialDelaySeconds: 5, timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 5 }],
    [NcpVersion.V2_5, { initialDelaySeconds: 60, timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 5 }],
  ],
  [ContainerName.KUBE_PROXY]: [
    [NcpVersion.V2_4, { initialDelaySeconds: 5, periodSeconds: 5 }],
    [NcpVersion.V3_1, { initialDelaySeconds: 10, timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 5 }],
    [NcpVersion.V4_2, { initialDelaySeconds: 60, timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 5 }],
  ],
  [ContainerName.OVS]: [
    [NcpVersion.V2_5_0, { initialDelaySeconds: 5, periodSeconds: 5 }],
    [NcpVersion.V3_1, { initialDelaySeconds: 10, timeoutSeconds: 10, periodSeconds: 10 }],
    [NcpVersion.V4_2, { initialDelaySeconds: 180, timeoutSeconds: 10, periodSeconds: 10 }],
  ],
};

/**
 * Every volume any generation uses, in the vendor's order; a pod gets those its containers mount.
 * Host paths carry no type, as in the vendor files, except where the vendor sets one.
 */
function volumeCatalog(settings: AgentSettings): k8s.Volume[] {
  const hostPath = (name: string, path: string, type?: string): k8s.Volume => ({ name, hostPath: { path, type } });
  const configMap = settings.configMapName;
  return [
    { name: 'config-volume', configMap: { name: configMap } },
    {
      name: 'projected-volume',
      projected: { sources: [{ configMap: { name: configMap, items: [{ key: 'ncp.ini', path: 'ncp.ini' }] } }] },
    },
    hostPath('cni-sock', '/var/run/nsx-ujo'),
    hostPath('var-run-ujo', '/var/run/nsx-ujo'),
    hostPath('netns', '/var/run/netns'),
    hostPath('proc', '/proc'),
    hostPath('openvswitch', '/var/run/openvswitch'),
    hostPath('device-plugins', '/var/lib/kubelet/device-plugins/'),
    hostPath('host-sys', '/sys'),
    hostPath('host-modules', '/lib/modules'),
    hostPath('host-config-openvswitch', '/etc/openvswitch'),
    hostPath('host-original-ovs-db', '/etc/openvswitch'),
    hostPath('host-os-release', '/etc/os-release'),
    hostPath('host-var-log-ujo', '/var/log/nsx-ujo', 'DirectoryOrCreate'),
    hostPath('nestdb-sock', NESTDB_SOCKET, 'Socket'),
  ];
}

/** Mounts and generation facts shared by the container builders. */
class Layout {
  /** NCP 2.5.0 or later: nsx-ovs runs on HOSTVM. */
  public readonly v250: boolean;
  /** NCP 2.5.1 or later: the projected config volume, `var-run-ujo`, nsx-ovs's database in the run directory. */
  public readonly v25: boolean;
  public readonly v31: boolean;
  public readonly v42: boolean;
  /** ncp.ini, read-only always: by subPath up to 2.5.0 (the vendor guide forbids changing that), then the projected directory. */
  public readonly config: k8s.VolumeMount;
  public readonly openvswitch: k8s.VolumeMount = { name: 'openvswitch', mountPath: '/var/run/openvswitch' };
  public readonly logs: k8s.VolumeMount = { name: 'host-var-log-ujo', mountPath: '/var/log/nsx-ujo' };
  public readonly osRelease: k8s.VolumeMount = { name: 'host-os-release', mountPath: '/host/etc/os-release', readOnly: true };

  constructor(public readonly settings: AgentSettings) {
    const version = settings.ncpVersion;
    this.v250 = atLeast(version, NcpVersion.V2_5_0);
    this.v25 = atLeast(version, NcpVersion.V2_5);
    this.v31 = atLeast(version, NcpVersion.V3_1);
    this.v42 = atLeast(version, NcpVersion.V4_2);
    this.config = this.v25
      ? { name: 'projected-volume', mountPath: '/etc/nsx-ujo', readOnly: true }
      : { name: 'config-volume', mountPath: '/etc/nsx-ujo/ncp.ini', subPath: 'ncp.ini', readOnly: true };
  }

  /**
   * The vendor's liveness exec: `timeout` wraps the check up to 2.5; from 3.1 the check takes its own timeout.
   * None when the user's `livenessProbe: false` removes it.
   */
  public liveness(name: ContainerName): k8s.Probe | undefined {
    const timeout = name === ContainerName.OVS ? 10 : 5;
    const check = this.v31 ? `check_pod_liveness ${name} ${timeout}` : `timeout 5 check_pod_liveness ${name}`;
    const tuning = this.options(name).livenessProbe;
    if (tuning === false) {
      return undefined;
    }
    return { exec: { command: ['/bin/sh', '-c', check] }, ...byVersion(this.settings.ncpVersion, PROBE_TIMES[name]), ...tuning };
  }

  /** From 4.2 the vendor adds NET_RAW, and on Kubernetes (not OpenShift) AUDIT_WRITE. */
  public agentCapabilities(): string[] {
    if (!this.v42) {
      return BASE_CAPABILITIES;
    }
    return this.settings.platform === Platform.OPENSHIFT
      ? [...BASE_CAPABILITIES, 'NET_RAW']
      : [...BASE_CAPABILITIES, 'NET_RAW', 'AUDIT_WRITE'];
  }

  /** From 3.1 the vendor passes the pod and container names, to nsx-node-agent and nsx-kube-proxy only; the user's variables follow. */
  public env(name: ContainerName, extra: k8s.EnvVar[] = []): k8s.EnvVar[] | undefined {
    const vendor: k8s.EnvVar[] =
      this.v31 && name !== ContainerName.OVS
        ? [
            { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'CONTAINER_NAME', value: name },
            ...extra,
          ]
        : [];
    const user = Object.entries(this.options(name).env ?? {}).map(([key, value]) => ({ name: key, value }));
    const all = [...vendor, ...user];
    return all.length > 0 ? all : undefined;
  }

  public options(name: ContainerName): ContainerOptions {
    return this.settings.containers[name] ?? {};
  }

  /** A container of the one NCP image with the vendor's command, probe and capabilities, and the user's settings. */
  public container(
    name: ContainerName,
    command: string,
    capabilities: string[],
    mounts: k8s.VolumeMount[],
    extraEnv?: k8s.EnvVar[],
  ): k8s.Container {
    return {
      name,
      image: this.settings.image,
      imagePullPolicy: this.settings.imagePullPolicy,
      command: [command],
      env: this.env(name, extraEnv),
      livenessProbe: this.liveness(name),
      resources: resources(this.options(name).resources),
      securityContext: { capabilities: { add: capabilities } },
      volumeMounts: mounts,
    };
  }
}

function resources(r: ContainerResources | undefined): k8s.ResourceRequirements | undefined {
  if (r === undefined) {
    return undefined;
  }
  const list = (q: ContainerResources['requests']) =>
    q && Object.fromEntries(Object.entries(q).map(([key, value]) => [key, k8s.Quantity.fromString(value)]));
  return { requests: list(r.requests), limits: list(r.limits) };
}

/** `nsx-node-agent`: wires container network interfaces; talks to the CNI plugin and the API server. */
function nodeAgent(l: Layout): k8s.Container {
  const netns: k8s.VolumeMount = l.v31
    ? { name: 'netns', mountPath: '/host/var/run/netns', mountPropagation: 'HostToContainer' }
    : { name: 'netns', mountPath: '/var/run/netns' };
  return l.container(ContainerName.NODE_AGENT, 'start_node_agent', l.agentCapabilities(), [
    l.config,
    l.openvswitch,
    { name: l.v25 ? 'var-run-ujo' : 'cni-sock', mountPath: '/var/run/nsx-ujo' },
    netns,
    { name: 'proc', mountPath: '/host/proc', readOnly: true },
    ...(l.v31 ? [{ name: 'device-plugins', mountPath: '/var/lib/kubelet/device-plugins/', readOnly: true }] : []),
    ...(l.v42 ? [l.osRelease, l.logs] : []),
  ]);
}

/**
 * `nsx-kube-proxy`: implements Services. On bare metal up to NCP 2.4 it is the container the vendor gives
 * DAC_OVERRIDE and the nestdb socket; the vendor's 2.5.0+ files carry neither.
 */
function kubeProxy(l: Layout): k8s.Container {
  const nestdb = !l.v250 && l.settings.nodeType === NodeType.BAREMETAL;
  const nodeName: k8s.EnvVar[] = l.v42
    ? [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }]
    : [];
  return l.container(
    ContainerName.KUBE_PROXY,
    'start_kube_proxy',
    nestdb ? [...l.agentCapabilities(), 'DAC_OVERRIDE'] : l.agentCapabilities(),
    [l.config, l.openvswitch, ...(l.v42 ? [l.logs] : []), ...(nestdb ? [{ name: 'nestdb-sock', mountPath: NESTDB_SOCKET }] : [])],
    nodeName,
  );
}

/**
 * `nsx-ovs` (NCP 2.5+, HOSTVM only): Open vSwitch in a container. In 2.5.0 it uses the host's /etc/openvswitch
 * directly; from 2.5.1 it keeps its database in the host's run directory and sees the host's at /host/etc/openvswitch.
 */
function ovs(l: Layout): k8s.Container {
  const sys: k8s.VolumeMount = { name: 'host-sys', mountPath: '/sys', readOnly: true };
  const modules: k8s.VolumeMount = { name: 'host-modules', mountPath: '/lib/modules', readOnly: true };
  if (!l.v25) {
    return l.container(ContainerName.OVS, 'start_ovs', OVS_CAPABILITIES, [
      l.config,
      l.openvswitch,
      sys,
      { name: 'host-config-openvswitch', mountPath: '/etc/openvswitch' },
      modules,
      l.osRelease,
    ]);
  }
  return l.container(ContainerName.OVS, 'start_ovs', OVS_CAPABILITIES, [
    l.config,
    { name: 'var-run-ujo', mountPath: '/etc/openvswitch', subPath: 'openvswitch-db' },
    l.openvswitch,
    sys,
    { name: 'host-original-ovs-db', mountPath: '/host/etc/openvswitch' },
    modules,
    l.osRelease,
    { name: 'host-var-log-ujo', mountPath: '/var/log/openvswitch', subPath: 'openvswitch' },
    ...(l.v42 ? [l.logs] : []),
  ]);
}

const BUILDERS: Record<ContainerName, (l: Layout) => k8s.Container> = {
  [ContainerName.NODE_AGENT]: nodeAgent,
  [ContainerName.KUBE_PROXY]: kubeProxy,
  [ContainerName.OVS]: ovs,
};

/** The pod's containers, in the vendor's order, for the NCP generation and node type. */
export function containers(settings: AgentSettings): k8s.Container[] {
  const layout = new Layout(settings);
  return containerNames(settings.ncpVersion, settings.nodeType).map((name) => BUILDERS[name](layout));
}

/** The pod's volumes, in the vendor's order: exactly those its containers mount. */
export function volumes(settings: AgentSettings, mounted: k8s.Container[]): k8s.Volume[] {
  const names = new Set(mounted.flatMap((c) => (c.volumeMounts ?? []).map((m) => m.name)));
  return volumeCatalog(settings).filter((v) => names.has(v.name));
}
