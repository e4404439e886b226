import { anyText, boolean, host, oneOf, port, positive } from '../../checking/value-types';
import { option } from '../option-spec';
import { COE_OPTIONS } from '../sections/coe';
import { DEFAULT_OPTIONS } from '../sections/default';
import { K8S_OPTIONS } from '../sections/k8s';

/** `[DEFAULT]` of NCP's file: the same logging keys as the agent's (log_file defaults to ncp.log). */
export const NCP_DEFAULT_OPTIONS = DEFAULT_OPTIONS;

/** `[coe]` of NCP's file: the same keys as the agent's; cluster, adaptor and node_type must match it. */
export const NCP_COE_OPTIONS = COE_OPTIONS;

/** The agent's `[k8s]` keys that NCP does not read. */
const AGENT_ONLY_K8S = ['enable_hostport_snat'];
type AgentOnlyK8s = 'enable_hostport_snat';

/** `[k8s]` of NCP's file: how NCP reaches the API server, and its Kubernetes features. */
export const NCP_K8S_OPTIONS = {
  ...Object.fromEntries(Object.entries(K8S_OPTIONS).filter(([key]) => !AGENT_ONLY_K8S.includes(key))),
  ingress_mode: option(
    oneOf(['hostnetwork', 'nat'] as const),
    "How the ingress controller is reached: nat adds NAT rules; unset, hostnetwork. In NCP's file from 2.3.",
    { default: 'hostnetwork' },
  ),
} as Omit<typeof K8S_OPTIONS, AgentOnlyK8s>;

/** `[ha]`: leader election between NCP replicas. */
export const HA_OPTIONS = {
  enable: option(boolean, 'Active-standby between NCP replicas; required for more than one replica.', { since: '2.5' }),
  master_timeout: option(positive, 'Seconds a leader holds its lease; unset, 18 (9 in 2.3 and 2.4.0).', { default: '18' }),
  heartbeat_period: option(positive, 'Seconds between leader heartbeats; unset, 6 (3 in 2.3 and 2.4.0).', {
    default: '6',
  }),
  update_timeout: option(positive, 'Seconds to update the lease; unset, master_timeout − heartbeat_period.'),
};

/** `[vc]`: vCenter, for vSphere with Tanzu (WCP) only. */
export const VC_OPTIONS = {
  vc_endpoint: option(host, 'vCenter address (WCP only).', { since: '3.1' }),
  sso_domain: option(anyText, 'vCenter SSO domain (WCP only); unset, vsphere.local.', {
    default: 'vsphere.local',
    since: '3.1',
  }),
  https_port: option(port, 'vCenter HTTPS port (WCP only); unset, 443.', { default: '443', since: '3.1' }),
};
