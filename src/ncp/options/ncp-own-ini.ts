// Generated from the ncp.ini model in src/ncp-ini/ncp by `npm run gen`; do not edit.

import type {
  BaselinePolicyType,
  IngressMode,
  LbIpAllocation,
  LogLevel,
  NcpIniCoe,
  NcpIniDefaults,
} from '../../agent/options/ncp-ini';

/**
 * The load-balancing algorithm of server pools (`[nsx_v3] pool_algorithm`).
 */
export enum PoolAlgorithm {
  ROUND_ROBIN = 'ROUND_ROBIN',
  LEAST_CONNECTION = 'LEAST_CONNECTION',
  IP_HASH = 'IP_HASH',
  WEIGHTED_ROUND_ROBIN = 'WEIGHTED_ROUND_ROBIN',
}

/**
 * The size of NSX load balancers (`[nsx_v3] service_size`).
 */
export enum LbServiceSize {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

/**
 * Persistence of layer-7 virtual servers (`[nsx_v3] l7_persistence`).
 */
export enum L7Persistence {
  COOKIE = 'cookie',
  SOURCE_IP = 'source_ip',
}

/**
 * Persistence of layer-4 virtual servers (`[nsx_v3] l4_persistence`).
 */
export enum L4Persistence {
  SOURCE_IP = 'source_ip',
}

/**
 * X-Forwarded-For of layer-7 virtual servers (`[nsx_v3] x_forwarded_for`).
 */
export enum XForwardedFor {
  INSERT = 'INSERT',
  REPLACE = 'REPLACE',
}

/**
 * Replication mode of container segments (`[nsx_v3] ls_replication_mode`).
 */
export enum LsReplicationMode {
  MTEP = 'MTEP',
  SOURCE = 'SOURCE',
}

/**
 * Which NCP firewall rules log traffic (`[nsx_v3] log_firewall_traffic`).
 */
export enum FirewallTrafficLog {
  ALL = 'ALL',
  DENY = 'DENY',
  NONE = 'NONE',
}

/**
 * `[k8s]` of NCP's file: the API server and NCP's Kubernetes features.
 */
export interface NcpOwnIniK8s {
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
   * `ingress_mode`: How the ingress controller is reached: nat adds NAT rules; unset, hostnetwork. In NCP's file from
   * 2.3.
   *
   * NCP 2.3+; NCP's default `hostnetwork`.
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
 * `[ha]`: leader election between NCP replicas.
 */
export interface NcpOwnIniHa {
  /**
   * `enable`: Active-standby between NCP replicas; required for more than one replica.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly enable?: boolean;

  /**
   * `master_timeout`: Seconds a leader holds its lease; unset, 18 (9 in 2.3 and 2.4.0).
   *
   * NCP 2.3+; NCP's default `18`.
   *
   * @default - not written: NCP's default
   */
  readonly masterTimeout?: number;

  /**
   * `heartbeat_period`: Seconds between leader heartbeats; unset, 6 (3 in 2.3 and 2.4.0).
   *
   * NCP 2.3+; NCP's default `6`.
   *
   * @default - not written: NCP's default
   */
  readonly heartbeatPeriod?: number;

  /**
   * `update_timeout`: Seconds to update the lease; unset, master_timeout − heartbeat_period.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly updateTimeout?: number;
}

/**
 * `[nsx_v3]`: how NCP reaches NSX and which NSX objects it uses.
 */
export interface NcpOwnIniNsxV3 {
  /**
   * `policy_nsxapi`: Uses the NSX Policy API instead of the Manager API; unset, Manager API.
   *
   * NCP 2.5+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly policyNsxapi?: boolean;

  /**
   * `nsx_api_managers`: Required. The NSX Managers: one address, three addresses, or the cluster VIP; https and port
   * 443 unless given.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly nsxApiManagers?: string[];

  /**
   * `nsx_api_user`: User name for basic authentication; the password comes from a Secret (nsxApiPasswordSecret), never
   * from this file.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly nsxApiUser?: string;

  /**
   * `nsx_api_cert_file`: Client certificate (Principal Identity); filled in when nsxClientCertSecret names a Secret.
   * Set with nsx_api_private_key_file.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly nsxApiCertFile?: string;

  /**
   * `nsx_api_private_key_file`: Private key of nsx_api_cert_file; set with it.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly nsxApiPrivateKeyFile?: string;

  /**
   * `ca_file`: CA bundles of the managers: one for all or one per manager; unset, none.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly caFile?: string[];

  /**
   * `thumbprint`: Thumbprints of the managers' certificates; unset, none.
   *
   * NCP 3.1+.
   *
   * @default - not written: NCP's default
   */
  readonly thumbprint?: string[];

  /**
   * `insecure`: Skips verification of the managers' certificates; unset, off.
   *
   * NCP 2.3+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly insecure?: boolean;

  /**
   * `http_timeout`: Seconds to connect to NSX; unset, 10.
   *
   * NCP 2.3+; NCP's default `10`.
   *
   * @default - not written: NCP's default
   */
  readonly httpTimeout?: number;

  /**
   * `http_read_timeout`: Seconds to wait for an NSX answer; unset, 180.
   *
   * NCP 2.3+; NCP's default `180`.
   *
   * @default - not written: NCP's default
   */
  readonly httpReadTimeout?: number;

  /**
   * `http_retries`: Retries of a failed HTTP request; unset, 3.
   *
   * NCP 2.3+; NCP's default `3`.
   *
   * @default - not written: NCP's default
   */
  readonly httpRetries?: number;

  /**
   * `concurrent_connections`: Connections per manager; unset, 10.
   *
   * NCP 2.3+; NCP's default `10`.
   *
   * @default - not written: NCP's default
   */
  readonly concurrentConnections?: number;

  /**
   * `conn_idle_timeout`: Seconds before an idle connection is checked; unset, 10.
   *
   * NCP 2.3+; NCP's default `10`.
   *
   * @default - not written: NCP's default
   */
  readonly connIdleTimeout?: number;

  /**
   * `redirects`: Redirects followed; unset, 2.
   *
   * NCP 2.3+; NCP's default `2`.
   *
   * @default - not written: NCP's default
   */
  readonly redirects?: number;

  /**
   * `retries`: Retries of a failed NSX call; unset, 10.
   *
   * NCP 2.3+; NCP's default `10`.
   *
   * @default - not written: NCP's default
   */
  readonly retries?: number;

  /**
   * `cluster_unavailable_retry`: Retries when every manager is down; unset, off.
   *
   * NCP 2.5+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly clusterUnavailableRetry?: boolean;

  /**
   * `tier0_router`: The tier-0 router of the cluster (2.3); 2.4 renamed it top_tier_router.
   *
   * NCP 2.3–2.4.
   *
   * @default - not written: NCP's default
   */
  readonly tier0Router?: string;

  /**
   * `top_tier_router`: The tier-0 or tier-1 router (policy: gateway ID) on top of the cluster; required unless
   * tier0_gateway is set.
   *
   * NCP 2.4+.
   *
   * @default - not written: NCP's default
   */
  readonly topTierRouter?: string;

  /**
   * `tier0_gateway`: Policy mode: the tier-0 gateway under which NCP creates the cluster tier-1.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly tier0Gateway?: string;

  /**
   * `single_tier_topology`: One tier-1 router per cluster; unset, off.
   *
   * NCP 2.5.1+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly singleTierTopology?: boolean;

  /**
   * `overlay_tz`: Overlay transport zone of the container segments; required with the Manager API.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly overlayTz?: string;

  /**
   * `container_ip_blocks`: Required. IP blocks of the pod subnets.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly containerIpBlocks?: string[];

  /**
   * `no_snat_ip_blocks`: IP blocks of namespaces annotated ncp/no_snat; unset, none.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly noSnatIpBlocks?: string[];

  /**
   * `external_ip_pools`: SNAT IP pools; required while [coe] enable_snat is on.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly externalIpPools?: string[];

  /**
   * `external_ip_pools_lb`: IP pools of load-balancer and ingress VIPs; unset, external_ip_pools.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly externalIpPoolsLb?: string[];

  /**
   * `subnet_prefix`: Prefix length of each namespace subnet (fixed once a subnet exists); unset, 24.
   *
   * NCP 2.3+; NCP's default `24`.
   *
   * @default - not written: NCP's default
   */
  readonly subnetPrefix?: number;

  /**
   * `v6_subnet_prefix`: IPv6 prefix length of each namespace subnet; unset, 64.
   *
   * NCP 3.1+; NCP's default `64`.
   *
   * @default - not written: NCP's default
   */
  readonly v6SubnetPrefix?: number;

  /**
   * `top_firewall_section_marker`: Manager API: firewall section above which NCP puts its sections.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly topFirewallSectionMarker?: string;

  /**
   * `bottom_firewall_section_marker`: Manager API: firewall section below which NCP puts its sections.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly bottomFirewallSectionMarker?: string;

  /**
   * `edge_cluster`: Edge cluster of the load-balancer tier-1; unset, the one of the top-tier router.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly edgeCluster?: string;

  /**
   * `use_native_loadbalancer`: NSX load balancers for Services of type LoadBalancer and ingresses.
   *
   * NCP 2.3+; NCP's default `True (False in 2.4)`.
   *
   * @default - not written: NCP's default
   */
  readonly useNativeLoadbalancer?: boolean;

  /**
   * `l4_lb_auto_scaling`: More load balancers on demand; unset, on.
   *
   * NCP 2.3+; NCP's default `True`.
   *
   * @default - not written: NCP's default
   */
  readonly l4LbAutoScaling?: boolean;

  /**
   * `default_ingress_class_nsx`: NSX serves ingresses that name no class; unset, on.
   *
   * NCP 2.3+; NCP's default `True`.
   *
   * @default - not written: NCP's default
   */
  readonly defaultIngressClassNsx?: boolean;

  /**
   * `lb_default_cert_path`: Default certificate of HTTPS virtual servers; filled in when lbDefaultCertSecret names a
   * Secret. Set with lb_priv_key_path.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly lbDefaultCertPath?: string;

  /**
   * `lb_priv_key_path`: Private key of lb_default_cert_path; set with it.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly lbPrivKeyPath?: string;

  /**
   * `pool_algorithm`: Load-balancing algorithm of the server pools; unset, ROUND_ROBIN.
   *
   * NCP 2.3+; NCP's default `ROUND_ROBIN`.
   *
   * @default - not written: NCP's default
   */
  readonly poolAlgorithm?: PoolAlgorithm;

  /**
   * `service_size`: Size of the load balancers; unset, SMALL.
   *
   * NCP 2.3+; NCP's default `SMALL`.
   *
   * @default - not written: NCP's default
   */
  readonly serviceSize?: LbServiceSize;

  /**
   * `l7_persistence`: Persistence of layer-7 virtual servers; unset, none.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly l7Persistence?: L7Persistence;

  /**
   * `l4_persistence`: Persistence of layer-4 virtual servers; unset, none.
   *
   * NCP 2.3+.
   *
   * @default - not written: NCP's default
   */
  readonly l4Persistence?: L4Persistence;

  /**
   * `x_forwarded_for`: X-Forwarded-For of layer-7 virtual servers; unset, none.
   *
   * NCP 2.4+.
   *
   * @default - not written: NCP's default
   */
  readonly xForwardedFor?: XForwardedFor;

  /**
   * `enable_nsx_err_crd`: Reports NSX errors as NSXError objects; unset, off.
   *
   * NCP 2.4+; NCP's default `False`.
   *
   * @default - not written: NCP's default
   */
  readonly enableNsxErrCrd?: boolean;

  /**
   * `dns_servers`: DNS servers of the container segments; unset, none.
   *
   * NCP 2.5+.
   *
   * @default - not written: NCP's default
   */
  readonly dnsServers?: string[];

  /**
   * `ls_replication_mode`: Replication mode of the container segments; unset, MTEP.
   *
   * NCP 2.5+; NCP's default `MTEP`.
   *
   * @default - not written: NCP's default
   */
  readonly lsReplicationMode?: LsReplicationMode;

  /**
   * `log_firewall_traffic`: Logs the traffic of NCP firewall rules.
   *
   * NCP 3.1+.
   *
   * @default - not written: NCP's default
   */
  readonly logFirewallTraffic?: FirewallTrafficLog;
}

/**
 * `[vc]`: vCenter, for vSphere with Tanzu only.
 */
export interface NcpOwnIniVc {
  /**
   * `vc_endpoint`: vCenter address (WCP only).
   *
   * NCP 3.1+.
   *
   * @default - not written: NCP's default
   */
  readonly vcEndpoint?: string;

  /**
   * `sso_domain`: vCenter SSO domain (WCP only); unset, vsphere.local.
   *
   * NCP 3.1+; NCP's default `vsphere.local`.
   *
   * @default - not written: NCP's default
   */
  readonly ssoDomain?: string;

  /**
   * `https_port`: vCenter HTTPS port (WCP only); unset, 443.
   *
   * NCP 3.1+; NCP's default `443`.
   *
   * @default - not written: NCP's default
   */
  readonly httpsPort?: number;
}

/**
 * NCP's own ncp.ini by section, each key in camelCase (`nsx_api_managers` is `nsxApiManagers`). Unset keys are
 * not written, so NCP applies its own defaults; a values file writes the file's own names instead
 * (`ncp.ncpIni.nsx_v3.nsx_api_managers`).
 */
export interface NcpOwnIniProps {
  /**
   * `[DEFAULT]` of NCP's file: logging.
   *
   * @default - none
   */
  readonly defaults?: NcpIniDefaults;

  /**
   * `[coe]` of NCP's file: the orchestrator and the cluster.
   *
   * @default - none
   */
  readonly coe?: NcpIniCoe;

  /**
   * `[k8s]` of NCP's file: the API server and NCP's Kubernetes features.
   *
   * @default - none
   */
  readonly k8s?: NcpOwnIniK8s;

  /**
   * `[ha]`: leader election between NCP replicas.
   *
   * @default - none
   */
  readonly ha?: NcpOwnIniHa;

  /**
   * `[nsx_v3]`: how NCP reaches NSX and which NSX objects it uses.
   *
   * @default - none
   */
  readonly nsxV3?: NcpOwnIniNsxV3;

  /**
   * `[vc]`: vCenter, for vSphere with Tanzu only.
   *
   * @default - none
   */
  readonly vc?: NcpOwnIniVc;

  /**
   * Keys the typed model does not know yet (from a newer NCP), by the section and key names of NCP's ncp.ini, e.g.
   * `{ nsx_v3: { some_new_key: 'value' } }`. Values are written as given, true and false as True and False; a
   * secret (a password, key or certificate) is refused.
   *
   * @default - none
   */
  readonly extra?: { readonly [section: string]: { readonly [key: string]: string | number | boolean } };
}
