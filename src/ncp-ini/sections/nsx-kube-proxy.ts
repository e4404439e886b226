import { oneOf } from '../../checking/value-types';
import { interfaceName } from '../ncp-value-types';
import { option } from '../option-spec';

/** `[nsx_kube_proxy]`: the Service implementation. */
export const NSX_KUBE_PROXY_OPTIONS = {
  ovs_uplink_port: option(
    interfaceName,
    "HOSTVM only (2.3/2.4; [nsx_node_agent] from 2.5): OVS uplink port for NAT rules, the node's second vNIC, e.g. ens224; unset, OpenFlow port 1.",
    { until: '2.4' },
  ),
  config_handler: option(
    oneOf(['ovs', 'nestdb'] as const),
    'Where Service rules go: OVS flows (ovs) or the NSX nestdb (nestdb); unset, ovs.',
    { default: 'ovs', since: '2.5', until: '3.1' },
  ),
};
