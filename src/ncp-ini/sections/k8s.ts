import { absolutePath, anyText, boolean, host, ipAddress, nonNegative, oneOf, port, positive } from '../../checking/value-types';
import { logLevel } from '../ncp-value-types';
import { option } from '../option-spec';

/** Options in the agent's file that NCP reads and the agent ignores; the vendor lists them without defaults. */
const NCP_ONLY = 'Read by NCP, not the agent:';

/** `[k8s]`: how the agent reaches the Kubernetes API server, and NCP's Kubernetes features. */
export const K8S_OPTIONS = {
  apiserver_host_ip: option(
    host,
    'API server address; unset, KUBERNETES_SERVICE_HOST. Prefer an IP: the agent runs on the host network.',
  ),
  apiserver_host_port: option(
    port,
    'API server port; unset, KUBERNETES_SERVICE_PORT (usually 6443 on Kubernetes, 8443 on OpenShift 3).',
  ),
  ca_file: option(
    absolutePath,
    "CA bundle that signs the API server certificate; the vendor file uses the service account's, so it is written.",
    { preset: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt' },
  ),
  client_token_file: option(
    absolutePath,
    "Bearer token file for the API server; the vendor file uses the service account's, so it is written.",
    { preset: '/var/run/secrets/kubernetes.io/serviceaccount/token' },
  ),
  client_cert_file: option(absolutePath, 'Client certificate for the API server; set with client_private_key_file.', {
    until: '3.1',
  }),
  client_private_key_file: option(absolutePath, 'Private key of client_cert_file; set with it.', { until: '3.1' }),
  loglevel: option(logLevel, 'Log level of the Kubernetes adaptor; unset, follows [DEFAULT].'),
  enable_hostport_snat: option(boolean, 'The agent SNATs hostPort traffic, with the portmap plugin (3.1.2+); unset, off.', {
    default: 'False',
    since: '3.1',
  }),
  ingress_mode: option(oneOf(['hostnetwork', 'nat'] as const), `${NCP_ONLY} how the ingress controller is reached.`, {
    default: 'hostnetwork',
    since: '2.5',
  }),
  http_ingress_port: option(port, `${NCP_ONLY} HTTP port of a non-NSX ingress controller in nat mode.`, {
    default: '80',
    since: '2.5',
    until: '3.1',
  }),
  https_ingress_port: option(port, `${NCP_ONLY} HTTPS port of a non-NSX ingress controller in nat mode.`, {
    default: '443',
    since: '2.5',
    until: '3.1',
  }),
  http_and_https_ingress_ip: option(ipAddress, `${NCP_ONLY} IP address for ingresses; unset, NCP allocates one.`, {
    since: '2.5',
  }),
  resource_watcher_thread_pool_size: option(positive, 'Threads that handle Kubernetes events; unset, 1.', {
    default: '1',
    since: '2.5',
    until: '3.1',
  }),
  baseline_policy_type: option(
    oneOf(['allow_cluster', 'allow_namespace', 'allow_namespace_strict'] as const),
    `${NCP_ONLY} baseline firewall policy (allow_namespace_strict from 3.0); unset, none.`,
    { since: '2.5', choicesSince: { allow_namespace_strict: '3.0' } },
  ),
  max_allowed_endpoints: option(positive, `${NCP_ONLY} endpoints per service.`, {
    default: '1000',
    since: '2.5.1',
    until: '3.1',
  }),
  enable_ncp_event: option(boolean, 'Reports NSX errors as Kubernetes events; unset, off.', {
    default: 'False',
    since: '2.5.1',
  }),
  enable_vnet_crd: option(boolean, `${NCP_ONLY} the VirtualNetwork CRD (was enable_nsx_netif_crd).`, {
    default: 'False',
    since: '2.5.1',
  }),
  enable_nsx_netif_crd: option(boolean, `${NCP_ONLY} the network interface CRD.`, {
    default: 'False',
    since: '2.5.0',
    until: '2.5.0',
    replacedBy: 'enable_vnet_crd',
  }),
  enable_lb_crd: option(boolean, `${NCP_ONLY} the load balancer CRD.`, { default: 'False' }),
  enable_multus: option(boolean, `${NCP_ONLY} Multus secondary networks.`, { since: '3.0' }),
  process_oc_network: option(boolean, `${NCP_ONLY} OpenShift network objects.`, { since: '3.0' }),
  lb_statistic_monitor_interval: option(nonNegative, `${NCP_ONLY} seconds between load balancer statistics.`, {
    since: '3.0',
  }),
  enable_restore: option(boolean, `${NCP_ONLY} restores NSX objects after an NSX restore.`, { since: '3.0' }),
  enable_namespace_subnets: option(boolean, `${NCP_ONLY} subnets per namespace.`, { since: '3.0' }),
  statefulset_ip_range: option(anyText, `${NCP_ONLY} IP range for StatefulSet pods.`, { since: '3.0' }),
  lb_connection_multiplexing_enabled: option(boolean, `${NCP_ONLY} load balancer connection multiplexing.`, {
    since: '3.0',
  }),
  lb_connection_multiplexing_number: option(positive, `${NCP_ONLY} connections multiplexed per load balancer.`, {
    since: '3.0',
  }),
  lb_ip_allocation: option(oneOf(['relaxed', 'strict'] as const), `${NCP_ONLY} how load balancer IPs are allocated.`, {
    since: '3.0',
  }),
  enable_ncp_setting_crd: option(boolean, `${NCP_ONLY} the NCP settings CRD.`, { since: '3.0' }),
  enable_prometheus_metrics: option(boolean, `${NCP_ONLY} Prometheus metrics.`, { since: '3.0' }),
  prometheus_metrics_port: option(port, `${NCP_ONLY} port of the Prometheus metrics.`, { since: '3.0' }),
  whitelist_namespace_pattern: option(anyText, `${NCP_ONLY} pattern of the namespaces NCP serves.`, { since: '3.0' }),
  use_ncp_portmap: option(boolean, 'The bootstrap installs the portmap plugin (3.1.2 only; [nsx_node_agent] from 3.2).', {
    default: 'False',
    since: '3.1',
    until: '3.1',
  }),
};
