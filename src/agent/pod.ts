import * as k8s from '../../imports/k8s';
import { containerNames, RELEASE_LINES, type ReleaseLine } from '../releases/release-lines';
import { ContainerName, NCP_INI_KEY, NESTDB_SOCKET, NodeType, VENDOR_COMMANDS, VENDOR_LOG_VOLUME } from '../releases/vendor';
import type { ContainerResources } from './options/container-options';
import { Platform } from './options/platform';
import type { ContainerValues } from './settings/agent-options';
import type { AgentSettings } from './settings/agent-settings';

/** Capabilities of nsx-ovs (NCP 2.5+): it loads the OVS kernel module and runs ovs-vswitchd at high priority. */
const OVS_CAPABILITIES = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_NICE', 'SYS_MODULE'];

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
      projected: { sources: [{ configMap: { name: configMap, items: [{ key: NCP_INI_KEY, path: NCP_INI_KEY }] } }] },
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
    hostPath(VENDOR_LOG_VOLUME, '/var/log/nsx-ujo', 'DirectoryOrCreate'),
    hostPath('nestdb-sock', NESTDB_SOCKET, 'Socket'),
  ];
}

/** Mounts and release-line facts shared by the container builders. */
class Layout {
  public readonly line: ReleaseLine;
  /** ncp.ini, read-only always: by subPath up to 2.5.0 (the vendor guide forbids changing that), then the projected directory. */
  public readonly config: k8s.VolumeMount;
  public readonly openvswitch: k8s.VolumeMount = { name: 'openvswitch', mountPath: '/var/run/openvswitch' };
  public readonly logs: k8s.VolumeMount = { name: VENDOR_LOG_VOLUME, mountPath: '/var/log/nsx-ujo' };
  public readonly osRelease: k8s.VolumeMount = { name: 'host-os-release', mountPath: '/host/etc/os-release', readOnly: true };

  constructor(public readonly settings: AgentSettings) {
    this.line = RELEASE_LINES[settings.ncpVersion];
    this.config =
      this.line.configMount === 'projected'
        ? { name: 'projected-volume', mountPath: '/etc/nsx-ujo', readOnly: true }
        : { name: 'config-volume', mountPath: '/etc/nsx-ujo/ncp.ini', subPath: NCP_INI_KEY, readOnly: true };
  }

  /**
   * The vendor's liveness exec: `timeout` wraps the check up to 2.5; from 3.1 the check takes its own timeout.
   * None when the user's `livenessProbe: false` removes it.
   */
  public liveness(name: ContainerName): k8s.Probe | undefined {
    const timeout = name === ContainerName.OVS ? 10 : 5;
    const check = this.line.livenessTimeoutArgument
      ? `check_pod_liveness ${name} ${timeout}`
      : `timeout 5 check_pod_liveness ${name}`;
    const tuning = this.options(name).livenessProbe;
    if (tuning === false) {
      return undefined;
    }
    return { exec: { command: ['/bin/sh', '-c', check] }, ...this.line.probes[name], ...tuning };
  }

  public agentCapabilities(): string[] {
    const { openshift, kubernetes } = this.line.agentCapabilities;
    return [...(this.settings.platform === Platform.OPENSHIFT ? openshift : kubernetes)];
  }

  /** From 3.1 the vendor passes the pod and container names, to nsx-node-agent and nsx-kube-proxy only; the user's variables follow. */
  public env(name: ContainerName, extra: k8s.EnvVar[] = []): k8s.EnvVar[] | undefined {
    const vendor: k8s.EnvVar[] =
      this.line.podNameEnv && name !== ContainerName.OVS
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

  public options(name: ContainerName): ContainerValues {
    return this.settings.containers[name] ?? {};
  }

  /** A container of the one NCP image with the vendor's command, probe and capabilities, and the user's settings. */
  public container(
    name: ContainerName,
    capabilities: string[],
    mounts: k8s.VolumeMount[],
    extraEnv?: k8s.EnvVar[],
  ): k8s.Container {
    return {
      name,
      image: this.settings.image,
      imagePullPolicy: this.settings.imagePullPolicy,
      command: [VENDOR_COMMANDS[name]],
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
  const netns: k8s.VolumeMount = l.line.hostNetns
    ? { name: 'netns', mountPath: '/host/var/run/netns', mountPropagation: 'HostToContainer' }
    : { name: 'netns', mountPath: '/var/run/netns' };
  return l.container(ContainerName.NODE_AGENT, l.agentCapabilities(), [
    l.config,
    l.openvswitch,
    { name: l.line.runDirectoryVolume, mountPath: '/var/run/nsx-ujo' },
    netns,
    { name: 'proc', mountPath: '/host/proc', readOnly: true },
    ...(l.line.hostNetns ? [{ name: 'device-plugins', mountPath: '/var/lib/kubelet/device-plugins/', readOnly: true }] : []),
    ...(l.line.logVolume ? [l.osRelease, l.logs] : []),
  ]);
}

/**
 * `nsx-kube-proxy`: implements Services. On bare metal up to NCP 2.4 it is the container the vendor gives
 * DAC_OVERRIDE and the nestdb socket; the vendor's 2.5.0+ files carry neither.
 */
function kubeProxy(l: Layout): k8s.Container {
  const nestdb = l.line.bareMetalNestdb && l.settings.nodeType === NodeType.BAREMETAL;
  const nodeName: k8s.EnvVar[] = l.line.kubeProxyNodeNameEnv
    ? [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }]
    : [];
  return l.container(
    ContainerName.KUBE_PROXY,
    nestdb ? [...l.agentCapabilities(), 'DAC_OVERRIDE'] : l.agentCapabilities(),
    [
      l.config,
      l.openvswitch,
      ...(l.line.logVolume ? [l.logs] : []),
      ...(nestdb ? [{ name: 'nestdb-sock', mountPath: NESTDB_SOCKET }] : []),
    ],
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
  if (l.line.ovsDatabase === 'host') {
    return l.container(ContainerName.OVS, OVS_CAPABILITIES, [
      l.config,
      l.openvswitch,
      sys,
      { name: 'host-config-openvswitch', mountPath: '/etc/openvswitch' },
      modules,
      l.osRelease,
    ]);
  }
  return l.container(ContainerName.OVS, OVS_CAPABILITIES, [
    l.config,
    { name: 'var-run-ujo', mountPath: '/etc/openvswitch', subPath: 'openvswitch-db' },
    l.openvswitch,
    sys,
    { name: 'host-original-ovs-db', mountPath: '/host/etc/openvswitch' },
    modules,
    l.osRelease,
    { name: 'host-var-log-ujo', mountPath: '/var/log/openvswitch', subPath: 'openvswitch' },
    ...(l.line.logVolume ? [l.logs] : []),
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
