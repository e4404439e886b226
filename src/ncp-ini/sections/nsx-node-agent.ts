import { absolutePath, boolean, integer, list, nonNegative, oneOf, positive, text } from '../../checking/value-types';
import { VENDOR_BRIDGES } from '../../releases/vendor';
import { bridgeName, interfaceName, logLevel, ovsdbAddress } from '../ncp-value-types';
import { option } from '../option-spec';

/** `[nsx_node_agent]`: the container network interface agent. */
export const NSX_NODE_AGENT_OPTIONS = {
  proc_mount_path_prefix: option(
    absolutePath,
    "Where the container sees the host's /proc (and from 3.1 /var/run/netns); must be /host, where the DaemonSet mounts them.",
    { default: '/host' },
  ),
  ovs_bridge: option(bridgeName, 'OVS bridge for container interfaces: br-int on a VM, nsx-managed on bare metal.', {
    default: VENDOR_BRIDGES.hostvm,
  }),
  ovs_uplink_port: option(
    interfaceName,
    "HOSTVM only (2.5+; [nsx_kube_proxy] before): OVS uplink port for NAT rules, the node's second vNIC, e.g. ens224; unset, OpenFlow port 1.",
    { since: '2.5' },
  ),
  nsxrpc_loglevel: option(logLevel, 'Log level of the NSX RPC library; unset, ERROR (INFO from 9.0).', {
    default: 'ERROR',
    since: '2.5',
  }),
  config_retry_timeout: option(
    nonNegative,
    'Seconds to wait for the interface configuration from HyperBus before answering the CNI plugin; unset, 300.',
    { default: '300', since: '2.5', until: '3.1' },
  ),
  config_reuse_backoff_time: option(
    nonNegative,
    'Seconds to wait before reusing a cached interface configuration, less than config_retry_timeout; unset, 15.',
    { default: '15', since: '2.5' },
  ),
  ovs_db_sock: option(ovsdbAddress, 'OVS database socket; unset, unix:/var/run/openvswitch/db.sock.', {
    default: 'unix:/var/run/openvswitch/db.sock',
    since: '2.5.0',
    until: '2.5.0',
  }),
  mtu: option(integer(576, 9216), 'MTU of container interfaces; unset, 1500.', { default: '1500', since: '3.1' }),
  enable_ipv6: option(boolean, 'IPv6 container interfaces; unset, off.', { default: 'False', since: '3.1' }),
  is_dhcp_configured_on_ovs_uplink_port: option(
    oneOf([true, false, 'auto'] as const),
    'Whether the uplink port gets its address by DHCP; unset, auto (detected, on CoreOS only).',
    { default: 'auto', since: '3.1' },
  ),
  ovs_operation_timeout: option(positive, 'Seconds before an OVS command times out; unset, 5.', {
    default: '5',
    since: '3.1',
  }),
  use_nsx_ovs_kernel_module: option(
    boolean,
    "The bootstrap installs and uses NSX's OVS kernel module (needs extra mounts); unset, off.",
    { default: 'False', since: '3.1' },
  ),
  waiting_before_cni_response: option(nonNegative, 'Seconds to wait before answering the CNI plugin; unset, 0.', {
    default: '0',
    since: '3.1',
  }),
  enable_nodelocaldns_monitoring: option(boolean, 'Monitors NodeLocal DNS, on PKS only; unset, off.', {
    default: 'False',
    since: '3.1',
    until: '3.1',
  }),
  enable_ovs_mcast_snooping: option(boolean, 'Static multicast MAC entries on the uplink; unset, off.', {
    default: 'False',
    since: '3.2',
  }),
  use_ncp_portmap: option(boolean, 'The bootstrap installs the portmap CNI plugin; unset, off.', {
    default: 'False',
    since: '3.2',
  }),
  remove_ovs_ports_timeout: option(nonNegative, 'Seconds allowed for removing stale OVS ports (3.2 only); unset, 0.', {
    default: '0',
    since: '3.2',
    until: '3.2',
  }),
  sriov_vf_types: option(
    list(
      text({ allowed: 'a PCI vendor:device ID or a device ID, e.g. 8086:154c', pattern: /^[0-9A-Fa-f]{4}(:[0-9A-Fa-f]{4})?$/ }),
    ),
    'SR-IOV virtual function devices the agent supports, as vendor:device,device,…; unset, the built-in list.',
    { since: '3.1', until: '3.1' },
  ),
};
