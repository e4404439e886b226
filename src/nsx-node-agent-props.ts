import type { ImagePullPolicy } from './image-pull-policy';
import type { NcpIniSettings } from './ncp-ini/schema';
import type { NodeType } from './node-type';

/** Options of the NSX node agent. Only `image` is required; every default follows the vendor's file. */
export interface NsxNodeAgentProps {
  /**
   * The NCP image you loaded into your registry (`docker load -i nsx-ncp-<build>.tar`, then tag and push),
   * used by both containers. The vendor file's placeholder `nsx-ncp` is refused.
   *
   * @example 'registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827'
   */
  readonly image: string;

  /**
   * The kind of host the agent runs on. `BAREMETAL` makes the vendor's bare-metal edits: `[coe] node_type`
   * and `ovs_bridge` in ncp.ini, and on nsx-kube-proxy the `DAC_OVERRIDE` capability and the nestdb socket mount.
   *
   * @default NodeType.HOSTVM, or NodeType.BAREMETAL when `baremetal` is true
   */
  readonly nodeType?: NodeType;

  /**
   * Shorthand for `nodeType: NodeType.BAREMETAL`. Contradicting `nodeType` is an error.
   *
   * @default false
   */
  readonly baremetal?: boolean;

  /**
   * OVS bridge for container interfaces (`[nsx_node_agent] ovs_bridge`).
   *
   * @default 'br-int' on HOSTVM; 'nsx-managed', the bridge NSX manages on a bare-metal transport node, on BAREMETAL
   */
  readonly ovsBridge?: string;

  /**
   * Namespace of the DaemonSet and its ConfigMap.
   *
   * @default 'nsx-system'
   */
  readonly namespace?: string;

  /**
   * Name of the DaemonSet. Set a distinct one for each agent when a cluster runs several (e.g. VM and bare-metal pools).
   *
   * @default 'nsx-node-agent'
   */
  readonly name?: string;

  /**
   * Name of the ConfigMap holding ncp.ini.
   *
   * @default 'nsx-node-agent-config'
   */
  readonly configMapName?: string;

  /**
   * Service account the pods run as; it needs the vendor's RBAC to read endpoints and services.
   *
   * @default 'nsx-node-agent-svc-account'
   */
  readonly serviceAccountName?: string;

  /**
   * When the kubelet pulls the image.
   *
   * @default ImagePullPolicy.IF_NOT_PRESENT
   */
  readonly imagePullPolicy?: ImagePullPolicy;

  /**
   * ncp.ini settings, by section and key, with the names used in the file. `[coe] node_type` and
   * `[nsx_node_agent] ovs_bridge` come from `nodeType` and `ovsBridge`.
   *
   * @default - only `[coe] cluster` is required; the vendor's `nsxlib_loglevel`, `ca_file` and `client_token_file` are written
   */
  readonly ncpIni?: NcpIniSettings;
}
