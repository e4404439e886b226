import type { ImagePullPolicy } from '../agent/options/image-pull-policy';
import type { Platform } from '../agent/options/platform';
import type { NcpVersion } from '../releases/release-lines';
import type { NodeType } from '../releases/vendor';
import type { HostOs } from './host-os';
import type { NcpOwnIniProps } from './options/ncp-own-ini';

/**
 * Options of NCP itself: the `nsx-ncp` workload, its ConfigMap `nsx-ncp-config`, its ServiceAccount and RBAC, the
 * CRDs it needs and, from 2.5, the `nsx-ncp-bootstrap` DaemonSet. Secrets are referenced by name, never carried.
 */
export interface NcpProps {
  /**
   * The NCP image you loaded into your registry; the vendor's placeholder `nsx-ncp` is refused. Required, except in
   * NcpStack, where it defaults to the node agent's.
   *
   * @example 'registry.example.com/nsx/nsx-ncp-ubuntu:3.1.2.17855682'
   * @default - the node agent's image in NcpStack; required otherwise
   */
  readonly image?: string;

  /**
   * NCP's ncp.ini, by section (`defaults`, `coe`, `k8s`, `ha`, `nsxV3`, `vc`, and `extra` for keys the model does
   * not know), each key in camelCase: e.g. `{ nsxV3: { nsxApiManagers: ['10.0.0.10'] } }` (a values file writes the
   * file's names: `ncp.ncpIni.nsx_v3.nsx_api_managers`). Checked against the schema of NCP's file for the release;
   * values are written as oslo.config reads them. A password, key or certificate body is refused: reference a Secret.
   *
   * @default - `[coe] cluster`, `[nsx_v3] nsx_api_managers`, `container_ip_blocks`, a router and the pools
   *   the rules ask for are required
   */
  readonly ncpIni?: NcpOwnIniProps;

  /**
   * The NCP release line.
   *
   * @default NcpVersion.V2_4
   */
  readonly ncpVersion?: NcpVersion;

  /**
   * The platform: on OpenShift 3, `[coe] adaptor` is `openshift`, NCP reads routes, and NCP's service account may
   * use the node agent's SCC. OpenShift 4 is the NCP operator's: it is refused.
   *
   * @default Platform.OPENSHIFT, as the node agent
   */
  readonly platform?: Platform;

  /**
   * `[coe] node_type` of NCP's file; it must equal the node agent's.
   *
   * @default NodeType.HOSTVM (not written)
   */
  readonly nodeType?: NodeType;

  /**
   * Namespace of NCP's objects (`ncp.namespaceName` in a values file too).
   *
   * @default 'nsx-system'
   */
  readonly namespaceName?: string;

  /**
   * NCP replicas. More than one only from 2.5 and with `[ha] enable` true (active-standby).
   *
   * @default 1
   */
  readonly replicas?: number;

  /**
   * NCP 2.3: a ReplicationController (v1), as the 2.3 vendor file, instead of a Deployment. Only for the 2.4 line.
   *
   * @default false
   */
  readonly replicationController?: boolean;

  /**
   * When the kubelet pulls the image.
   *
   * @default ImagePullPolicy.IF_NOT_PRESENT
   */
  readonly imagePullPolicy?: ImagePullPolicy;

  /**
   * An existing `kubernetes.io/tls` Secret (keys `tls.crt`, `tls.key`) in the namespace with the NSX client
   * certificate (Principal Identity). It is mounted at `/etc/nsx-ujo/nsx-cert` and `nsx_api_cert_file` and
   * `nsx_api_private_key_file` point at it.
   *
   * @default - none: basic authentication, or certificates mounted otherwise
   */
  readonly nsxClientCertSecret?: string;

  /**
   * An existing `kubernetes.io/tls` Secret with the default certificate of NSX HTTPS virtual servers. It is mounted
   * at `/etc/nsx-ujo/lb-cert` and `lb_default_cert_path` and `lb_priv_key_path` point at it.
   *
   * @default - none
   */
  readonly lbDefaultCertSecret?: string;

  /**
   * An existing Secret holding the password of `[nsx_v3] nsx_api_user`. At pod start an init container writes
   * ncp.ini from the ConfigMap into the pod's memory with `nsx_api_password` added from the Secret (`$` doubled);
   * the password never enters a ConfigMap.
   *
   * @default - none
   */
  readonly nsxApiPasswordSecret?: string;

  /**
   * The key of `nsxApiPasswordSecret` that holds the password.
   *
   * @default 'password'
   */
  readonly nsxApiPasswordSecretKey?: string;

  /**
   * The node agent's ConfigMap, which `nsx-ncp-bootstrap` (2.5+) reads. NcpStack sets it to the agent's actual name.
   *
   * @default 'nsx-node-agent-config'
   */
  readonly agentConfigMapName?: string;

  /**
   * The service account `nsx-ncp-bootstrap` runs as (the node agent's). NcpStack sets it to the agent's.
   *
   * @default 'nsx-node-agent-svc-account'
   */
  readonly agentServiceAccountName?: string;

  /**
   * On OpenShift 3: the SCC that NCP's service account may use (the vendor grants its one SCC to both service
   * accounts). NcpStack sets it to the node agent's SCC.
   *
   * @default - none: no SCC grant
   */
  readonly sccName?: string;

  /**
   * Create the CRDs NCP writes and watches (nsxerrors, nsxlocks, …, per release).
   *
   * @default true
   */
  readonly createCrds?: boolean;

  /**
   * The nodes' operating system, for `nsx-ncp-bootstrap` (2.5+).
   *
   * @default HostOs.RHEL on OpenShift, HostOs.UBUNTU on Kubernetes
   */
  readonly hostOs?: HostOs;

  /**
   * The node agent installs NSX's OVS kernel module (`[nsx_node_agent] use_nsx_ovs_kernel_module`): the bootstrap
   * then mounts what building it needs. The 2.5 vendor files always mount it. NcpStack sets it from the agent's file.
   *
   * @default false (true for 2.5.0 and 2.5)
   */
  readonly ovsKernelModule?: boolean;

  /**
   * Create the Namespace. NcpStack leaves it to the node agent.
   *
   * @default true
   */
  readonly createNamespace?: boolean;
}
