/**
 * What every vendor node-agent manifest names the same way, whatever the release: the objects,
 * labels, containers, commands, bridges and host paths. The construct writes these and the importer reads them.
 */

/** The kind of host the node agent runs on (`[coe] node_type` in ncp.ini). */
export enum NodeType {
  /** A virtual machine: the vendor's default. */
  HOSTVM = 'HOSTVM',
  /** A bare-metal server that is an NSX transport node. */
  BAREMETAL = 'BAREMETAL',
}

/** The agent's containers, by the names the vendor gives them. */
export enum ContainerName {
  /** Wires container network interfaces; talks to the CNI plugin and the API server. */
  NODE_AGENT = 'nsx-node-agent',
  /** Implements Services. */
  KUBE_PROXY = 'nsx-kube-proxy',
  /** Runs Open vSwitch in a container: NCP 2.5 and later, HOSTVM only. */
  OVS = 'nsx-ovs',
}

/** The command each container runs, which tells the vendor's containers from a user's. */
export const VENDOR_COMMANDS: Readonly<Record<ContainerName, string>> = {
  [ContainerName.NODE_AGENT]: 'start_node_agent',
  [ContainerName.KUBE_PROXY]: 'start_kube_proxy',
  [ContainerName.OVS]: 'start_ovs',
};

/** The vendor's object names, for the agent named {@link VENDOR_NAMES.daemonSet}. */
export const VENDOR_NAMES = {
  daemonSet: 'nsx-node-agent',
  namespace: 'nsx-system',
  serviceAccount: 'nsx-node-agent-svc-account',
  clusterRole: 'nsx-node-agent-cluster-role',
  clusterRoleBinding: 'nsx-node-agent-cluster-role-binding',
} as const;

/** The vendor's labels on the DaemonSet and its pods; also the DaemonSet's selector. */
export const VENDOR_LABELS: Readonly<Record<string, string>> = {
  tier: 'nsx-networking',
  component: 'nsx-node-agent',
  version: 'v1',
};

/** The ncp.ini key of the ConfigMap, and the file the containers read. */
export const NCP_INI_KEY = 'ncp.ini';

/** `[nsx_node_agent] ovs_bridge` as the vendor's procedure sets it: `br-int` on VMs, `nsx-managed` on bare metal. */
export const VENDOR_BRIDGES = { hostvm: 'br-int', baremetal: 'nsx-managed' } as const;

/** The bare-metal host's NSX database socket, which nsx-kube-proxy writes Service configuration to (NCP 2.3/2.4). */
export const NESTDB_SOCKET = '/var/run/vmware/nestdb/nestdb-server.sock';

/** The vendor's log volume, from the operator's manifests on. */
export const VENDOR_LOG_VOLUME = 'host-var-log-ujo';

/**
 * Names of the volumes the vendor's manifests declare, in any release and platform, including
 * those of the operator's manifests that the construct does not write.
 */
export const VENDOR_VOLUMES: readonly string[] = [
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
