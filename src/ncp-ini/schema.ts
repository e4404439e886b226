import { absolutePath, anyText, host, oneOf, port, type ValueType } from '../value-types';

/** One ncp.ini option: its value type and what it does. */
export interface OptionSpec<T> {
  readonly type: ValueType<T>;
  /** What the option does and what happens when it is unset. */
  readonly doc: string;
  /** Written when the user sets nothing, because the vendor's file sets it too. */
  readonly preset?: T;
  /** The construct option that owns this key; it is not set through `ncpIni`. */
  readonly ownedBy?: string;
}

/** An option the user sets through `ncpIni`. */
function option<T>(type: ValueType<T>, doc: string, preset?: T): OptionSpec<T> {
  return { type, doc, preset };
}

/** An option that a construct option writes, such as `node_type` from `nodeType`. */
function owned<T>(ownedBy: string, type: ValueType<T>, doc: string): OptionSpec<T> & { readonly ownedBy: string } {
  return { type, doc, ownedBy };
}

const LOG_LEVELS = ['NOTSET', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] as const;

/** `[DEFAULT]`: logging of the agent processes. */
export const DEFAULT_OPTIONS = {};

/** `[coe]`: the container orchestrator the agent serves. */
export const COE_OPTIONS = {
  adaptor: option(
    oneOf(['kubernetes', 'openshift', 'pcf']),
    'Container orchestrator adaptor; unset means kubernetes. OpenShift 3 clusters use openshift.',
  ),
  cluster: option(
    anyText,
    "Cluster name: prefix of the NSX resources NCP creates and tag of its IP blocks; must equal [coe] cluster in NCP's own ncp.ini.",
  ),
  loglevel: option(oneOf(LOG_LEVELS), 'Log level of the NCP modules; unset follows [DEFAULT].'),
  nsxlib_loglevel: option(oneOf(LOG_LEVELS), 'Log level of the NSX API client library; the vendor file sets INFO.', 'INFO'),
  node_type: owned(
    'nodeType',
    oneOf(['HOSTVM', 'BAREMETAL']),
    'Container host type: a VM (HOSTVM) or a bare-metal server (BAREMETAL).',
  ),
};

/** `[k8s]`: how the agent reaches the Kubernetes API server. */
export const K8S_OPTIONS = {
  apiserver_host_ip: option(
    host,
    'API server address; unset uses KUBERNETES_SERVICE_HOST. Prefer an IP: the agent runs on the host network.',
  ),
  apiserver_host_port: option(
    port,
    'API server port; unset uses KUBERNETES_SERVICE_PORT (6443 on Kubernetes, 8443 on OpenShift 3).',
  ),
  ca_file: option(
    absolutePath,
    "CA bundle that signs the API server certificate; the vendor file uses the service account's.",
    '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
  ),
  client_token_file: option(
    absolutePath,
    "Bearer token file for the API server; the vendor file uses the service account's.",
    '/var/run/secrets/kubernetes.io/serviceaccount/token',
  ),
};

/** `[nsx_node_agent]`: the container network interface agent. */
export const NSX_NODE_AGENT_OPTIONS = {
  ovs_bridge: owned('ovsBridge', anyText, 'OVS bridge for container interfaces: br-int on a VM, nsx-managed on bare metal.'),
};

/** `[nsx_kube_proxy]`: the Service implementation. */
export const NSX_KUBE_PROXY_OPTIONS = {
  ovs_uplink_port: option(
    anyText,
    "OVS uplink port (the node's second vNIC, e.g. ens224) for NAT rules, on HOSTVM only; unset uses the port with OpenFlow port 1.",
  ),
};

/** Every section the node agent reads, in the order they are written. */
export const SECTIONS = {
  DEFAULT: DEFAULT_OPTIONS,
  coe: COE_OPTIONS,
  k8s: K8S_OPTIONS,
  nsx_node_agent: NSX_NODE_AGENT_OPTIONS,
  nsx_kube_proxy: NSX_KUBE_PROXY_OPTIONS,
} as const;

export type SectionName = keyof typeof SECTIONS;

type ValueOf<S> = S extends OptionSpec<infer T> ? T : never;

/** Settings for one section, keyed by the familiar ncp.ini names; keys owned by construct options are left out. */
export type SectionSettings<S> = {
  readonly [K in keyof S as S[K] extends { readonly ownedBy: string } ? never : K]?: ValueOf<S[K]>;
};

/**
 * ncp.ini settings of the node agent, by section and key, with the names used in the file itself.
 * Options left unset are not written, so NCP applies its own defaults.
 */
export interface NcpIniSettings {
  /** `[DEFAULT]`: logging. */
  readonly DEFAULT?: SectionSettings<typeof DEFAULT_OPTIONS>;
  /** `[coe]`: the orchestrator and the cluster name. */
  readonly coe?: SectionSettings<typeof COE_OPTIONS>;
  /** `[k8s]`: how the agent reaches the API server. */
  readonly k8s?: SectionSettings<typeof K8S_OPTIONS>;
  /** `[nsx_node_agent]`: the container network interface agent. */
  readonly nsx_node_agent?: SectionSettings<typeof NSX_NODE_AGENT_OPTIONS>;
  /** `[nsx_kube_proxy]`: the Service implementation. */
  readonly nsx_kube_proxy?: SectionSettings<typeof NSX_KUBE_PROXY_OPTIONS>;
}
