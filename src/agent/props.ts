import type * as k8s from '../../imports/k8s';
import type { NcpVersion } from '../releases/release-lines';
import type { NodeType } from '../releases/vendor';
import type { ContainersOptions } from './options/container-options';
import type { ImagePullPolicy } from './options/image-pull-policy';
import type { NcpIniProps } from './options/ncp-ini';
import type { Platform } from './options/platform';
import type { Toleration, UpdateStrategyType } from './options/scheduling';

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
   * Namespace of the DaemonSet and its ConfigMap (`namespace` in a values file).
   *
   * @default 'nsx-system'
   */
  readonly namespaceName?: string;

  /**
   * Name of the DaemonSet. Set a distinct one for each agent when a cluster runs several (e.g. VM and bare-metal pools).
   * An agent with another name than the default selects its pods by `component: <name>` instead of the vendor's
   * `component: nsx-node-agent`, so no two agents select each other's pods.
   *
   * @default 'nsx-node-agent'
   */
  readonly name?: string;

  /**
   * Name of the ConfigMap holding ncp.ini.
   *
   * @default '<name>-config', i.e. 'nsx-node-agent-config' for the default name
   */
  readonly configMapName?: string;

  /**
   * Service account the pods run as; it needs the vendor's RBAC to read endpoints and services. Each agent of a
   * mixed cluster has its own by default, so that only its pods may use its SCC.
   *
   * @default 'nsx-node-agent-svc-account' for the default name, else '<name>-svc-account'
   */
  readonly serviceAccountName?: string;

  /**
   * When the kubelet pulls the image.
   *
   * @default ImagePullPolicy.IF_NOT_PRESENT
   */
  readonly imagePullPolicy?: ImagePullPolicy;

  /**
   * ncp.ini settings, by section, each key in camelCase (`[k8s] apiserver_host_ip` is `k8s.apiserverHostIp`; a
   * values file writes the file's own names). `[coe] node_type` and `[nsx_node_agent] ovs_bridge` come from
   * `nodeType` and `ovsBridge`.
   *
   * @default - only `[coe] cluster` is required; the vendor's `nsxlib_loglevel`, `ca_file` and `client_token_file` are written
   */
  readonly ncpIni?: NcpIniProps;

  /**
   * The NCP release line whose manifest shape to produce: `2.4` (also for 2.3) is the vendor guide's two
   * containers; `2.5`, `3.1` and `4.2` (4.2 and later) add nsx-ovs on HOSTVM, the projected config volume and
   * the probes, capabilities, mounts, tolerations, priority and grace period of that generation.
   *
   * @default NcpVersion.V2_4
   */
  readonly ncpVersion?: NcpVersion;

  /**
   * The distribution. OpenShift adds a SecurityContextConstraints object (see `createScc`) and the namespace
   * annotation `openshift.io/node-selector: ""`. The default follows the vendor guide, which installs on OpenShift.
   *
   * @default Platform.OPENSHIFT
   */
  readonly platform?: Platform;

  /**
   * Emit the Namespace (with the OpenShift node-selector annotation on OpenShift).
   *
   * @default true
   */
  readonly createNamespace?: boolean;

  /**
   * Label the Namespace for Pod Security Admission (`pod-security.kubernetes.io/enforce`, `audit` and `warn`:
   * `privileged`, at version `latest`): the agent's pods use the host network, host paths and capabilities, which
   * the `baseline` and `restricted` levels refuse. Set false where the namespace's labels are managed elsewhere.
   *
   * @default true
   */
  readonly podSecurityLabels?: boolean;

  /**
   * Emit the ServiceAccount `serviceAccountName`, with its API token mounted (ncp.ini reads it).
   *
   * @default true
   */
  readonly createServiceAccount?: boolean;

  /**
   * Emit the vendor's ClusterRole and ClusterRoleBinding for the service account.
   *
   * @default true
   */
  readonly createRbac?: boolean;

  /**
   * Name of the ClusterRole.
   *
   * @default 'nsx-node-agent-cluster-role'
   */
  readonly clusterRoleName?: string;

  /**
   * Name of the ClusterRoleBinding of the vendor's ClusterRole to the service account.
   *
   * @default 'nsx-node-agent-cluster-role-binding' for the default name, else '<name>-cluster-role-binding'
   */
  readonly clusterRoleBindingName?: string;

  /**
   * On OpenShift, emit a SecurityContextConstraints object allowing exactly what the pods use, and a
   * ClusterRole and binding that let the service account use it. Ignored on Kubernetes.
   *
   * @default true
   */
  readonly createScc?: boolean;

  /**
   * Name of the SecurityContextConstraints; its ClusterRole and binding are named after it.
   *
   * @default '<name>-scc', i.e. 'nsx-node-agent-scc' for the default name
   */
  readonly sccName?: string;

  /**
   * Tolerations of the pods; replaces the vendor's. Production clusters usually tolerate every taint
   * (`[{operator: Exists}]`) so the agent also runs on control-plane and tainted nodes.
   *
   * @default - the vendor's for `ncpVersion`: none for 2.4; master, not-ready, unreachable from 2.5
   */
  readonly tolerations?: Toleration[];

  /**
   * Node labels a node must carry to run this agent. Needed when a cluster runs several agents (e.g. a HOSTVM and a
   * BAREMETAL pool): each agent selects its own nodes.
   *
   * @default - every node
   */
  readonly nodeSelector?: { readonly [label: string]: string };

  /**
   * Affinity of the pods, with the Kubernetes field names (e.g. `nodeAffinity`).
   *
   * @default - none
   */
  readonly affinity?: k8s.Affinity;

  /**
   * Priority class of the pods. Production clusters set `system-node-critical`, so the agent is never evicted before
   * the pods whose network it provides.
   *
   * @default - none for NCP 2.4 to 3.1; 'system-node-critical' from 4.2, as the vendor
   */
  readonly priorityClassName?: string;

  /**
   * How the DaemonSet replaces pods.
   *
   * @default UpdateStrategyType.ROLLING_UPDATE
   */
  readonly updateStrategy?: UpdateStrategyType;

  /**
   * Most pods replaced at once in a rolling update: a count (e.g. `1`) or a percentage of nodes (`"10%"`).
   * Production clusters often set `"10%"` on large clusters.
   *
   * @default - Kubernetes' default, 1
   */
  readonly maxUnavailable?: number | string;

  /**
   * Secrets holding credentials for the registry of `image`.
   *
   * @default - none
   */
  readonly imagePullSecrets?: string[];

  /**
   * Per container: resources, extra environment variables, liveness probe timing. Production clusters usually set
   * memory and CPU requests (no limits) and proxy variables where needed.
   *
   * @default - the vendor's containers unchanged
   */
  readonly containers?: ContainersOptions;

  /**
   * Seconds a stopping pod gets before it is killed.
   *
   * @default - Kubernetes' 30 s for NCP 2.4 and 2.5; 60 from 3.1, as the vendor
   */
  readonly terminationGracePeriodSeconds?: number;

  /**
   * Extra labels on the DaemonSet and ConfigMap.
   *
   * @default - none
   */
  readonly labels?: { readonly [key: string]: string };

  /**
   * Extra annotations on the DaemonSet and ConfigMap.
   *
   * @default - none
   */
  readonly annotations?: { readonly [key: string]: string };

  /**
   * Extra labels on the pods (the vendor's three stay the selector).
   *
   * @default - none
   */
  readonly podLabels?: { readonly [key: string]: string };

  /**
   * Extra annotations on the pods, e.g. an AppArmor profile on Ubuntu.
   *
   * @default - none
   */
  readonly podAnnotations?: { readonly [key: string]: string };

  /**
   * Write the hash of the rendered ncp.ini into the pod template (`checksum/ncp.ini`), so a config change rolls the
   * pods: the vendor's subPath mount never sees ConfigMap updates.
   *
   * @default true
   */
  readonly rollOnConfigChange?: boolean;
}
