import { absolutePath, anyText, boolean, integer, list, nonNegative, oneOf, positive, text } from '../../checking/value-types';
import { option } from '../option-spec';

/** An NSX Manager address: an IP or host name, optionally with a scheme and a port (`[scheme://]host[:port]`). */
export const managerAddress = text({
  allowed: 'an NSX Manager address: an IP or host name, optionally https:// or http:// before it and :port after it',
  format: 'host',
  pattern: /^((https?):\/\/)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)(:\d{1,5})?$/,
  maxLength: 261,
});

/** An NSX object named by its display name or UUID (policy mode: its ID). */
export const nsxObject = text({
  allowed: 'the name or UUID (in policy mode the ID) of an existing NSX object',
  maxLength: 255,
});

/** An IP block or pool: a name or UUID, or in policy mode a CIDR that NCP creates. */
const ipBlock = text({ allowed: 'the name or UUID of an NSX IP block or pool, or a CIDR in policy mode', maxLength: 255 });

/** `[nsx_v3]`: how NCP reaches NSX and which NSX objects it uses. NCP only; never in the agent's file. */
export const NSX_V3_OPTIONS = {
  policy_nsxapi: option(boolean, 'Uses the NSX Policy API instead of the Manager API; unset, Manager API.', {
    default: 'False',
    since: '2.5',
  }),
  nsx_api_managers: option(
    list(managerAddress),
    'Required. The NSX Managers: one address, three addresses, or the cluster VIP; https and port 443 unless given.',
  ),
  nsx_api_user: option(
    anyText,
    'User name for basic authentication; the password comes from a Secret (nsxApiPasswordSecret), never from this file.',
  ),
  nsx_api_password: option(
    anyText,
    'A secret: never written from settings. Name a Secret in nsxApiPasswordSecret; it is added to the file at pod start.',
    { secret: true },
  ),
  nsx_api_cert_file: option(
    absolutePath,
    'Client certificate (Principal Identity); filled in when nsxClientCertSecret names a Secret. Set with nsx_api_private_key_file.',
  ),
  nsx_api_private_key_file: option(absolutePath, 'Private key of nsx_api_cert_file; set with it.'),
  ca_file: option(list(absolutePath), 'CA bundles of the managers: one for all or one per manager; unset, none.'),
  thumbprint: option(list(anyText), "Thumbprints of the managers' certificates; unset, none.", { since: '3.1' }),
  insecure: option(boolean, "Skips verification of the managers' certificates; unset, off.", { default: 'False' }),
  http_timeout: option(positive, 'Seconds to connect to NSX; unset, 10.', { default: '10' }),
  http_read_timeout: option(positive, 'Seconds to wait for an NSX answer; unset, 180.', { default: '180' }),
  http_retries: option(nonNegative, 'Retries of a failed HTTP request; unset, 3.', { default: '3' }),
  concurrent_connections: option(positive, 'Connections per manager; unset, 10.', { default: '10' }),
  conn_idle_timeout: option(positive, 'Seconds before an idle connection is checked; unset, 10.', { default: '10' }),
  redirects: option(nonNegative, 'Redirects followed; unset, 2.', { default: '2' }),
  retries: option(nonNegative, 'Retries of a failed NSX call; unset, 10.', { default: '10' }),
  cluster_unavailable_retry: option(boolean, 'Retries when every manager is down; unset, off.', {
    default: 'False',
    since: '2.5',
  }),
  tier0_router: option(nsxObject, 'The tier-0 router of the cluster (2.3); 2.4 renamed it top_tier_router.', {
    until: '2.4',
    replacedBy: 'top_tier_router',
  }),
  top_tier_router: option(
    nsxObject,
    'The tier-0 or tier-1 router (policy: gateway ID) on top of the cluster; required unless tier0_gateway is set.',
    { since: '2.4' },
  ),
  tier0_gateway: option(nsxObject, 'Policy mode: the tier-0 gateway under which NCP creates the cluster tier-1.', {
    since: '2.5',
  }),
  single_tier_topology: option(boolean, 'One tier-1 router per cluster; unset, off.', { default: 'False', since: '2.5.1' }),
  overlay_tz: option(nsxObject, 'Overlay transport zone of the container segments; required with the Manager API.'),
  container_ip_blocks: option(list(ipBlock), 'Required. IP blocks of the pod subnets.'),
  no_snat_ip_blocks: option(list(ipBlock), 'IP blocks of namespaces annotated ncp/no_snat; unset, none.'),
  external_ip_pools: option(list(ipBlock), 'SNAT IP pools; required while [coe] enable_snat is on.'),
  external_ip_pools_lb: option(list(ipBlock), 'IP pools of load-balancer and ingress VIPs; unset, external_ip_pools.'),
  subnet_prefix: option(integer(1, 30), 'Prefix length of each namespace subnet (fixed once a subnet exists); unset, 24.', {
    default: '24',
  }),
  v6_subnet_prefix: option(integer(1, 126), 'IPv6 prefix length of each namespace subnet; unset, 64.', {
    default: '64',
    since: '3.1',
  }),
  top_firewall_section_marker: option(nsxObject, 'Manager API: firewall section above which NCP puts its sections.'),
  bottom_firewall_section_marker: option(nsxObject, 'Manager API: firewall section below which NCP puts its sections.'),
  edge_cluster: option(nsxObject, 'Edge cluster of the load-balancer tier-1; unset, the one of the top-tier router.', {
    since: '2.5',
  }),
  use_native_loadbalancer: option(boolean, 'NSX load balancers for Services of type LoadBalancer and ingresses.', {
    default: 'True (False in 2.4)',
  }),
  l4_lb_auto_scaling: option(boolean, 'More load balancers on demand; unset, on.', { default: 'True' }),
  default_ingress_class_nsx: option(boolean, 'NSX serves ingresses that name no class; unset, on.', { default: 'True' }),
  lb_default_cert_path: option(
    absolutePath,
    'Default certificate of HTTPS virtual servers; filled in when lbDefaultCertSecret names a Secret. Set with lb_priv_key_path.',
  ),
  lb_priv_key_path: option(absolutePath, 'Private key of lb_default_cert_path; set with it.'),
  pool_algorithm: option(
    oneOf(['ROUND_ROBIN', 'LEAST_CONNECTION', 'IP_HASH', 'WEIGHTED_ROUND_ROBIN'] as const),
    'Load-balancing algorithm of the server pools; unset, ROUND_ROBIN.',
    { default: 'ROUND_ROBIN' },
  ),
  service_size: option(oneOf(['SMALL', 'MEDIUM', 'LARGE'] as const), 'Size of the load balancers; unset, SMALL.', {
    default: 'SMALL',
  }),
  l7_persistence: option(oneOf(['cookie', 'source_ip'] as const), 'Persistence of layer-7 virtual servers; unset, none.'),
  l4_persistence: option(oneOf(['source_ip'] as const), 'Persistence of layer-4 virtual servers; unset, none.'),
  x_forwarded_for: option(oneOf(['INSERT', 'REPLACE'] as const), 'X-Forwarded-For of layer-7 virtual servers; unset, none.', {
    since: '2.4',
  }),
  enable_nsx_err_crd: option(boolean, 'Reports NSX errors as NSXError objects; unset, off.', {
    default: 'False',
    since: '2.4',
  }),
  dns_servers: option(list(anyText), 'DNS servers of the container segments; unset, none.', { since: '2.5' }),
  ls_replication_mode: option(oneOf(['MTEP', 'SOURCE'] as const), 'Replication mode of the container segments; unset, MTEP.', {
    default: 'MTEP',
    since: '2.5',
  }),
  log_firewall_traffic: option(oneOf(['ALL', 'DENY', 'NONE'] as const), 'Logs the traffic of NCP firewall rules.', {
    since: '3.1',
  }),
};
