// Generated from the ncp.ini model in src/ncp-ini by `npm run gen`; do not edit.

/**
 * A Python logging level, as NCP's `*loglevel` keys take it.
 */
export enum LogLevel {
  NOTSET = 'NOTSET',
  DEBUG = 'DEBUG',
  INFO = 'INFO',
  WARNING = 'WARNING',
  ERROR = 'ERROR',
  CRITICAL = 'CRITICAL',
}

/**
 * Where NCP logs NSX API calls (`[DEFAULT] api_log_output`).
 */
export enum ApiLogOutput {
  STDOUT = 'STDOUT',
  STDERR = 'STDERR',
  FILE = 'FILE',
  NONE = 'NONE',
}

/**
 * How NCP groups its NSX API log (`[DEFAULT] api_log_mode`).
 */
export enum ApiLogMode {
  API_LOG_PER_ENDPOINT = 'API_LOG_PER_ENDPOINT',
  API_LOG_PER_CLUSTER = 'API_LOG_PER_CLUSTER',
}

/**
 * The container orchestrator adaptor of `[coe] adaptor`.
 */
export enum Adaptor {
  KUBERNETES = 'kubernetes',
  OPENSHIFT = 'openshift',
  PCF = 'pcf',
  OPENSHIFT4 = 'openshift4',
}

/**
 * How the ingress controller is reached (`[k8s] ingress_mode`).
 */
export enum IngressMode {
  HOSTNETWORK = 'hostnetwork',
  NAT = 'nat',
}

/**
 * The baseline firewall policy (`[k8s] baseline_policy_type`).
 */
export enum BaselinePolicyType {
  ALLOW_CLUSTER = 'allow_cluster',
  ALLOW_NAMESPACE = 'allow_namespace',
  ALLOW_NAMESPACE_STRICT = 'allow_namespace_strict',
}

/**
 * How load balancer IPs are allocated (`[k8s] lb_ip_allocation`).
 */
export enum LbIpAllocation {
  RELAXED = 'relaxed',
  STRICT = 'strict',
}

/**
 * Whether the uplink port gets its address by DHCP (`[nsx_node_agent] is_dhcp_configured_on_ovs_uplink_port`).
 */
export enum UplinkDhcp {
  TRUE = 'True',
  FALSE = 'False',
  AUTO = 'auto',
}

/**
 * Where Service rules go (`[nsx_kube_proxy] config_handler`).
 */
export enum KubeProxyConfigHandler {
  OVS = 'ovs',
  NESTDB = 'nestdb',
}

/**
 * `[DEFAULT]`: logging.
 */
export interface NcpIniDefaults {
  /**
   * `debug`: Logs at DEBUG instead of INFO; unset, INFO.
   *
   * NCP 2.3+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly debug?: boolean;

  /**
   * `use_stderr`: Logs to stderr, where `kubectl logs` shows it; unset, on.
   *
   * NCP 2.3–3.1; NCP's default `True`.
   *
   * @default - not written: NCP's default
   */
  readonly useStderr?: boolean;

  /**
   * `use_syslog`: Logs to syslog; unset, off.
   *
   * NCP 2.3+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly useSyslog?: boolean;

  /**
   * `log_dir`: Directory of the log files, e.g. /var/log/nsx-ujo/ (the pod must mount it); unset, no log files are
   * written.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly logDir?: string;

  /**
   * `log_file`: Log file name inside log_dir; unset, the process name (nsx_node_agent.log, nsx_kube_proxy.log). Not
   * allowed from 4.2.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly logFile?: string;

  /**
   * `log_rotation_file_max_mb`: Size in MB at which a log file is rotated and compressed; unset, 100.
   *
   * NCP 2.3+; NCP's default `100`.
   *
   * @default - not written: NCP's default
   */
  readonly logRotationFileMaxMb?: number;

  /**
   * `log_rotation_backup_count`: Compressed log files kept; unset, 5.
   *
   * NCP 2.3+; NCP's default `5`.
   *
   * @default - not written: NCP's default
   */
  readonly logRotationBackupCount?: number;

  /**
   * `loglevel`: Level of the root logger (debug overrides it); unset, INFO.
   *
   * NCP 3.1+.
   *
   * @default - not written: NCP's default
   */
  readonly loglevel?: LogLevel;

  /**
   * `api_log_rotation_file_max_mb`: Size in MB at which the NSX API log is rotated; unset, 10.
   *
   * NCP 3.1+; NCP's default `10`.
   *
   * @default - not written: NCP's default
   */
  readonly apiLogRotationFileMaxMb?: number;

  /**
   * `api_log_rotation_backup_count`: NSX API log files kept; unset, 5.
   *
   * NCP 3.1+; NCP's default `5`.
   *
   * @default - not written: NCP's default
   */
  readonly apiLogRotationBackupCount?: number;

  /**
   * `api_log_output`: Where NSX API calls are logged; unset, NONE (not logged).
   *
   * NCP 3.1; NCP's default `NONE`.
   *
   * @default - not written: NCP's default
   */
  readonly apiLogOutput?: ApiLogOutput;

  /**
   * `api_log_file`: File of the NSX API log when api_log_output is FILE; unset, ncp_api_log.txt.
   *
   * NCP 3.1; NCP's default `ncp_api_log.txt`.
   *
   * @default - not written: NCP's default
   */
  readonly apiLogFile?: string;

  /**
   * `api_log_interval`: Seconds between NSX API log reports; unset, 60.
   *
   * NCP 3.1; NCP's default `60`.
   *
   * @default - not written: NCP's default
   */
  readonly apiLogInterval?: number;

  /**
   * `api_log_mode`: Whether NSX API calls are logged per NSX endpoint or per cluster; unset, per endpoint.
   *
   * NCP 3.1; NCP's default `API_LOG_PER_ENDPOINT`.
   *
   * @default - not written: NCP's default
   */
  readonly apiLogMode?: ApiLogMode;

  /**
   * `nsx_cli_path`: Host path of the NSX CLI's Python; unset, /opt/vmware/nsx-cli/bin/python.
   *
   * NCP 2.5.0; NCP's default `/opt/vmware/nsx-cli/bin/python`.
   *
   * @default - not written: NCP's default
   */
  readonly nsxCliPath?: string;

  /**
   * `nsx_python_logging_path`: Host path of NSX's Python logging library; unset, /opt/vmware/nsx-common/python.
   *
   * NCP 2.5.0; NCP's default `/opt/vmware/nsx-common/python`.
   *
   * @default - not written: NCP's default
   */
  readonly nsxPythonLoggingPath?: string;
}

/**
 * `[coe]`: the container orchestrator the agent serves.
 */
export interface NcpIniCoe {
  /**
   * `adaptor`: Container orchestrator adaptor: openshift on OpenShift 3, openshift4 (3.1+) on OpenShift 4; unset,
   * kubernetes.
   *
   * NCP 2.3+; NCP's default `kubernetes`.
   *
   * @default - not written: NCP's default
   */
  readonly adaptor?: Adaptor;

  /**
   * `cluster`: Required. Cluster name: prefix of the NSX objects NCP creates and tag of its IP blocks; must equal [coe]
   * cluster in NCP's own ncp.ini.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly cluster?: string;

  /**
   * `loglevel`: Log level of the NCP modules; unset, follows [DEFAULT].
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly loglevel?: LogLevel;

  /**
   * `nsxlib_loglevel`: Log level of the NSX API client library; the 2.3/2.4 vendor file sets INFO, so it is written for
   * those.
   *
   * NCP 2.3+; written as `INFO` when unset, as in the vendor's file.
   *
   * @default - not written: NCP's default
   */
  readonly nsxlibLoglevel?: LogLevel;

  /**
   * `enable_snat`: Read by NCP, not the agent: SNAT for every project's pods; unset, on.
   *
   * NCP 2.3+; NCP's default `True`.
   *
   * @default - not written: NCP's default
   */
  readonly enableSnat?: boolean;

  /**
   * `connect_retry_timeout`: Seconds to win back a lost NSX, orchestrator or HyperBus connection before the process
   * exits; 0 or unset, never exits.
   *
   * NCP 2.4+; NCP's default `0`.
   *
   * @default - not written: NCP's default
   */
  readonly connectRetryTimeout?: number;

  /**
   * `profiling`: Profiles the NCP code; unset, off.
   *
   * NCP 2.5–3.1; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly profiling?: boolean;

  /**
   * `metrics_interval`: Seconds between performance metrics; 0 or unset, none are collected.
   *
   * NCP 2.5.1–3.1; NCP's default `0`.
   *
   * @default - not written: NCP's default
   */
  readonly metricsInterval?: number;

  /**
   * `metrics_log_file`: File the performance metrics go to; unset, none.
   *
   * NCP 2.5.1–3.1.
   *
   * @default - not written: NCP's default
   */
  readonly metricsLogFile?: string;

  /**
   * `enable_sha`: System-health reporting to NSX; unset, on.
   *
   * NCP 2.5.1+; NCP's default `True`.
   *
   * @default - not written: NCP's default
   */
  readonly enableSha?: boolean;
}

/**
 * `[k8s]`: the Kubernetes API server and the adaptor.
 */
export interface NcpIniK8s {
  /**
   * `apiserver_host_ip`: API server address; unset, KUBERNETES_SERVICE_HOST. Prefer an IP: the agent runs on the host
   * network.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly apiserverHostIp?: string;

  /**
   * `apiserver_host_port`: API server port; unset, KUBERNETES_SERVICE_PORT (usually 6443 on Kubernetes, 8443 on
   * OpenShift 3).
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly apiserverHostPort?: number;

  /**
   * `ca_file`: CA bundle that signs the API server certificate; the vendor file uses the service account's, so it is
   * written.
   *
   * NCP 2.3+; written as `/var/run/secrets/kubernetes.io/serviceaccount/ca.crt` when unset, as in the vendor's file.
   *
   * @default - not written: NCP's default
   */
  readonly caFile?: string;

  /**
   * `client_token_file`: Bearer token file for the API server; the vendor file uses the service account's, so it is
   * written.
   *
   * NCP 2.3+; written as `/var/run/secrets/kubernetes.io/serviceaccount/token` when unset, as in the vendor's file.
   *
   * @default - not written: NCP's default
   */
  readonly clientTokenFile?: string;

  /**
   * `client_cert_file`: Client certificate for the API server; set with client_private_key_file.
   *
   * NCP 2.3–3.1.
   *
   * @default - not written: NCP's default
   */
  readonly clientCertFile?: string;

  /**
   * `client_private_key_file`: Private key of client_cert_file; set with it.
   *
   * NCP 2.3–3.1.
   *
   * @default - not written: NCP's default
   */
  readonly clientPrivateKeyFile?: string;

  /**
   * `loglevel`: Log level of the Kubernetes adaptor; unset, follows [DEFAULT].
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly loglevel?: LogLevel;

  /**
   * `enable_hostport_snat`: The agent SNATs hostPort traffic, with the portmap plugin (3.1.2+); unset, off.
   *
   * NCP 3.1+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableHostportSnat?: boolean;

  /**
   * `ingress_mode`: Read by NCP, not the agent: how the ingress controller is reached.
   *
   * NCP 2.5+; NCP's default `hostnetwork`.
   *
   * @default - not written: NCP's default
   */
  readonly ingressMode?: IngressMode;

  /**
   * `http_ingress_port`: Read by NCP, not the agent: HTTP port of a non-NSX ingress controller in nat mode.
   *
   * NCP 2.5–3.1; NCP's default `80`.
   *
   * @default - not written: NCP's default
   */
  readonly httpIngressPort?: number;

  /**
   * `https_ingress_port`: Read by NCP, not the agent: HTTPS port of a non-NSX ingress controller in nat mode.
   *
   * NCP 2.5–3.1; NCP's default `443`.
   *
   * @default - not written: NCP's default
   */
  readonly httpsIngressPort?: number;

  /**
   * `http_and_https_ingress_ip`: Read by NCP, not the agent: IP address for ingresses; unset, NCP allocates one.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly httpAndHttpsIngressIp?: string;

  /**
   * `resource_watcher_thread_pool_size`: Threads that handle Kubernetes events; unset, 1.
   *
   * NCP 2.5–3.1; NCP's default `1`.
   *
   * @default - not written: NCP's default
   */
  readonly resourceWatcherThreadPoolSize?: number;

  /**
   * `baseline_policy_type`: Read by NCP, not the agent: baseline firewall policy (allow_namespace_strict from 3.0);
   * unset, none.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly baselinePolicyType?: BaselinePolicyType;

  /**
   * `max_allowed_endpoints`: Read by NCP, not the agent: endpoints per service.
   *
   * NCP 2.5.1–3.1; NCP's default `1000`.
   *
   * @default - not written: NCP's default
   */
  readonly maxAllowedEndpoints?: number;

  /**
   * `enable_ncp_event`: Reports NSX errors as Kubernetes events; unset, off.
   *
   * NCP 2.5.1+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableNcpEvent?: boolean;

  /**
   * `enable_vnet_crd`: Read by NCP, not the agent: the VirtualNetwork CRD (was enable_nsx_netif_crd).
   *
   * NCP 2.5.1+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableVnetCrd?: boolean;

  /**
   * `enable_nsx_netif_crd`: Read by NCP, not the agent: the network interface CRD.
   *
   * NCP 2.5.0; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableNsxNetifCrd?: boolean;

  /**
   * `enable_lb_crd`: Read by NCP, not the agent: the load balancer CRD.
   *
   * NCP 2.3+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableLbCrd?: boolean;

  /**
   * `enable_multus`: Read by NCP, not the agent: Multus secondary networks.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly enableMultus?: boolean;

  /**
   * `process_oc_network`: Read by NCP, not the agent: OpenShift network objects.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly processOcNetwork?: boolean;

  /**
   * `lb_statistic_monitor_interval`: Read by NCP, not the agent: seconds between load balancer statistics.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly lbStatisticMonitorInterval?: number;

  /**
   * `enable_restore`: Read by NCP, not the agent: restores NSX objects after an NSX restore.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly enableRestore?: boolean;

  /**
   * `enable_namespace_subnets`: Read by NCP, not the agent: subnets per namespace.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly enableNamespaceSubnets?: boolean;

  /**
   * `statefulset_ip_range`: Read by NCP, not the agent: IP range for StatefulSet pods.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly statefulsetIpRange?: string;

  /**
   * `lb_connection_multiplexing_enabled`: Read by NCP, not the agent: load balancer connection multiplexing.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly lbConnectionMultiplexingEnabled?: boolean;

  /**
   * `lb_connection_multiplexing_number`: Read by NCP, not the agent: connections multiplexed per load balancer.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly lbConnectionMultiplexingNumber?: number;

  /**
   * `lb_ip_allocation`: Read by NCP, not the agent: how load balancer IPs are allocated.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly lbIpAllocation?: LbIpAllocation;

  /**
   * `enable_ncp_setting_crd`: Read by NCP, not the agent: the NCP settings CRD.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly enableNcpSettingCrd?: boolean;

  /**
   * `enable_prometheus_metrics`: Read by NCP, not the agent: Prometheus metrics.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly enablePrometheusMetrics?: boolean;

  /**
   * `prometheus_metrics_port`: Read by NCP, not the agent: port of the Prometheus metrics.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly prometheusMetricsPort?: number;

  /**
   * `whitelist_namespace_pattern`: Read by NCP, not the agent: pattern of the namespaces NCP serves.
   *
   * NCP 3.0+.
   *
   * @default - not written: NCP's default
   */
  readonly whitelistNamespacePattern?: string;

  /**
   * `use_ncp_portmap`: The bootstrap installs the portmap plugin (3.1.2 only; [nsx_node_agent] from 3.2).
   *
   * NCP 3.1; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly useNcpPortmap?: boolean;
}

/**
 * `[nsx_node_agent]`: the container network interface agent.
 */
export interface NcpIniNsxNodeAgent {
  /**
   * `proc_mount_path_prefix`: Where the container sees the host's /proc (and from 3.1 /var/run/netns); must be /host,
   * where the DaemonSet mounts them.
   *
   * NCP 2.3+; NCP's default `/host`.
   *
   * @default - not written: NCP's default
   */
  readonly procMountPathPrefix?: string;

  /**
   * `ovs_uplink_port`: HOSTVM only (2.5+; [nsx_kube_proxy] before): OVS uplink port for NAT rules, the node's second
   * vNIC, e.g. ens224; unset, OpenFlow port 1.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly ovsUplinkPort?: string;

  /**
   * `nsxrpc_loglevel`: Log level of the NSX RPC library; unset, ERROR (INFO from 9.0).
   *
   * NCP 2.5+; NCP's default `ERROR`.
   *
   * @default - not written: NCP's default
   */
  readonly nsxrpcLoglevel?: LogLevel;

  /**
   * `config_retry_timeout`: Seconds to wait for the interface configuration from HyperBus before answering the CNI
   * plugin; unset, 300.
   *
   * NCP 2.5–3.1; NCP's default `300`.
   *
   * @default - not written: NCP's default
   */
  readonly configRetryTimeout?: number;

  /**
   * `config_reuse_backoff_time`: Seconds to wait before reusing a cached interface configuration, less than
   * config_retry_timeout; unset, 15.
   *
   * NCP 2.5+; NCP's default `15`.
   *
   * @default - not written: NCP's default
   */
  readonly configReuseBackoffTime?: number;

  /**
   * `ovs_db_sock`: OVS database socket; unset, unix:/var/run/openvswitch/db.sock.
   *
   * NCP 2.5.0; NCP's default `unix:/var/run/openvswitch/db.sock`.
   *
   * @default - not written: NCP's default
   */
  readonly ovsDbSock?: string;

  /**
   * `mtu`: MTU of container interfaces; unset, 1500.
   *
   * NCP 3.1+; NCP's default `1500`.
   *
   * @default - not written: NCP's default
   */
  readonly mtu?: number;

  /**
   * `enable_ipv6`: IPv6 container interfaces; unset, off.
   *
   * NCP 3.1+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableIpv6?: boolean;

  /**
   * `is_dhcp_configured_on_ovs_uplink_port`: Whether the uplink port gets its address by DHCP; unset, auto (detected,
   * on CoreOS only).
   *
   * NCP 3.1+; NCP's default `auto`.
   *
   * @default - not written: NCP's default
   */
  readonly isDhcpConfiguredOnOvsUplinkPort?: UplinkDhcp;

  /**
   * `ovs_operation_timeout`: Seconds before an OVS command times out; unset, 5.
   *
   * NCP 3.1+; NCP's default `5`.
   *
   * @default - not written: NCP's default
   */
  readonly ovsOperationTimeout?: number;

  /**
   * `use_nsx_ovs_kernel_module`: The bootstrap installs and uses NSX's OVS kernel module (needs extra mounts); unset,
   * off.
   *
   * NCP 3.1+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly useNsxOvsKernelModule?: boolean;

  /**
   * `waiting_before_cni_response`: Seconds to wait before answering the CNI plugin; unset, 0.
   *
   * NCP 3.1+; NCP's default `0`.
   *
   * @default - not written: NCP's default
   */
  readonly waitingBeforeCniResponse?: number;

  /**
   * `enable_nodelocaldns_monitoring`: Monitors NodeLocal DNS, on PKS only; unset, off.
   *
   * NCP 3.1; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableNodelocaldnsMonitoring?: boolean;

  /**
   * `enable_ovs_mcast_snooping`: Static multicast MAC entries on the uplink; unset, off.
   *
   * NCP 3.2+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableOvsMcastSnooping?: boolean;

  /**
   * `use_ncp_portmap`: The bootstrap installs the portmap CNI plugin; unset, off.
   *
   * NCP 3.2+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly useNcpPortmap?: boolean;

  /**
   * `remove_ovs_ports_timeout`: Seconds allowed for removing stale OVS ports (3.2 only); unset, 0.
   *
   * NCP 3.2; NCP's default `0`.
   *
   * @default - not written: NCP's default
   */
  readonly removeOvsPortsTimeout?: number;

  /**
   * `sriov_vf_types`: SR-IOV virtual function devices the agent supports, as vendor:device,device,…; unset, the
   * built-in list.
   *
   * NCP 3.1.
   *
   * @default - not written: NCP's default
   */
  readonly sriovVfTypes?: string[];
}

/**
 * `[nsx_kube_proxy]`: the Service implementation.
 */
export interface NcpIniNsxKubeProxy {
  /**
   * `ovs_uplink_port`: HOSTVM only (2.3/2.4; [nsx_node_agent] from 2.5): OVS uplink port for NAT rules, the node's
   * second vNIC, e.g. ens224; unset, OpenFlow port 1.
   *
   * NCP 2.3–2.4.
   *
   * @default - not written: NCP's default
   */
  readonly ovsUplinkPort?: string;

  /**
   * `config_handler`: Where Service rules go: OVS flows (ovs) or the NSX nestdb (nestdb); unset, ovs.
   *
   * NCP 2.5–3.1; NCP's default `ovs`.
   *
   * @default - not written: NCP's default
   */
  readonly configHandler?: KubeProxyConfigHandler;
}

/**
 * The node agent's ncp.ini by section, each key in camelCase (`apiserver_host_ip` is `apiserverHostIp`). Unset
 * keys are not written, so NCP applies its own defaults; a values file writes the file's own names instead
 * (`ncpIni.k8s.apiserver_host_ip`).
 */
export interface NcpIniProps {
  /**
   * `[DEFAULT]`: logging.
   *
   * @default - none
   */
  readonly defaults?: NcpIniDefaults;

  /**
   * `[coe]`: the container orchestrator the agent serves.
   *
   * @default - none
   */
  readonly coe?: NcpIniCoe;

  /**
   * `[k8s]`: the Kubernetes API server and the adaptor.
   *
   * @default - none
   */
  readonly k8s?: NcpIniK8s;

  /**
   * `[nsx_node_agent]`: the container network interface agent.
   *
   * @default - none
   */
  readonly nsxNodeAgent?: NcpIniNsxNodeAgent;

  /**
   * `[nsx_kube_proxy]`: the Service implementation.
   *
   * @default - none
   */
  readonly nsxKubeProxy?: NcpIniNsxKubeProxy;

  /**
   * Keys the typed model does not know yet (from a newer NCP), by the section and key names of ncp.ini, e.g.
   * `{ nsx_node_agent: { some_new_key: 'value' } }`; also NCP's own sections `ha`, `nsx_v3` and `vc` of a file shared
   * with NCP, which no agent container reads. Values are written as given, true and false as True and False.
   *
   * @default - none
   */
  readonly extra?: { readonly [section: string]: { readonly [key: string]: string | number | boolean } };
}
