import type * as k8s from '../../imports/k8s';
import { NcpVersion } from './release-lines';

/**
 * What the vendor's files of one NCP release line hold for NCP itself (the `nsx-ncp` workload, its RBAC, the CRDs
 * and the `nsx-ncp-bootstrap` DaemonSet), where the lines differ. The companion of `RELEASE_LINES`, which describes
 * the node agent's manifest of the same lines. Each line is written as the changes from the line before.
 */
export interface NcpReleaseLine {
  /** The liveness command of `nsx-ncp`, run by `/bin/sh -c`. */
  readonly liveness: string;
  /** The liveness timing. */
  readonly probe: {
    readonly initialDelaySeconds: number;
    readonly timeoutSeconds: number;
    readonly periodSeconds: number;
    readonly failureThreshold: number;
  };
  /** The tolerations of the NCP Deployment. */
  readonly tolerations: readonly k8s.Toleration[];
  /** The Deployment prefers one NCP pod per node (3.1+). */
  readonly antiAffinity: boolean;
  /** Capabilities `nsx-ncp` adds on Kubernetes (the operator's manifests add AUDIT_WRITE). */
  readonly capabilities: readonly string[];
  /** The pod mounts the host's /var/log/nsx-ujo (the operator's manifests). */
  readonly logHostPath: boolean;
  /** The Role that lets NCP exec into pods (the operator's manifests). */
  readonly execRole: boolean;
  /** The read-only rules of `ncp-cluster-role` (get, watch, list). */
  readonly clusterRoleResources: readonly string[];
  /** The rules of `ncp-patch-role`. */
  readonly patchRules: readonly k8s.PolicyRule[];
  /** The CRDs NCP writes and watches. */
  readonly crds: readonly NcpCrd[];
  /** The `nsx-ncp-bootstrap` DaemonSet: none before 2.5. */
  readonly bootstrap?: {
    /** The main container after the init container: `nsx-dummy` (a sleep loop) or `nsx-host-ovs-monitor`. */
    readonly monitor: 'nsx-dummy' | 'nsx-host-ovs-monitor';
    readonly priorityClassName?: string;
  };
}

/** One CustomResourceDefinition NCP needs. */
export interface NcpCrd {
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  readonly kind: string;
  readonly shortNames: readonly string[];
  readonly scope: 'Cluster' | 'Namespaced';
  /** Printer columns of string fields under `.spec`: name → JSON path. */
  readonly columns?: Readonly<Record<string, string>>;
}

const READ = ['get', 'watch', 'list'];
const CRUD = ['create', 'get', 'list', 'patch', 'delete'];
const NSX_GROUP = 'nsx.vmware.com';
const VMWARE_GROUP = 'vmware.com';

const crd = (
  group: string,
  version: string,
  plural: string,
  kind: string,
  shortNames: string[],
  scope: 'Cluster' | 'Namespaced' = 'Cluster',
): NcpCrd => ({ group, version, plural, kind, shortNames, scope });

/** The 2.4 line (2.3 and 2.4): a Deployment (2.3: a ReplicationController), no tolerations, no bootstrap. */
const V2_4: NcpReleaseLine = {
  liveness: 'timeout 5 check_pod_liveness nsx-ncp',
  probe: { initialDelaySeconds: 5, timeoutSeconds: 5, periodSeconds: 10, failureThreshold: 5 },
  tolerations: [],
  antiAffinity: false,
  capabilities: [],
  logHostPath: false,
  execRole: false,
  clusterRoleResources: [
    'deployments',
    'endpoints',
    'pods',
    'pods/log',
    'networkpolicies',
    'nodes',
    'replicationcontrollers',
    'secrets',
  ],
  patchRules: [
    { apiGroups: ['', 'extensions'], resources: ['ingresses', 'services', 'namespaces'], verbs: [...READ, 'update', 'patch'] },
    { apiGroups: ['', 'extensions'], resources: ['ingresses/status', 'services/status'], verbs: ['replace', 'update', 'patch'] },
    { apiGroups: ['vmware.eng.com'], resources: ['nsxerrors'], verbs: CRUD },
  ],
  crds: [crd('vmware.eng.com', 'v1', 'nsxerrors', 'NSXError', ['ne'])],
};

/** 2.5.0: the CRD group nsx.vmware.com with nsxlocks; the master toleration; the bootstrap DaemonSet. */
const V2_5_0: NcpReleaseLine = {
  ...V2_4,
  tolerations: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }],
  patchRules: [
    ...V2_4.patchRules.slice(0, 2),
    { apiGroups: [NSX_GROUP], resources: ['nsxerrors', 'nsxlocks'], verbs: [...CRUD, 'update'] },
  ],
  crds: [crd(NSX_GROUP, 'v1', 'nsxerrors', 'NSXError', ['ne']), crd(NSX_GROUP, 'v1', 'nsxlocks', 'NSXLock', ['nsxlo'])],
  bootstrap: { monitor: 'nsx-dummy' },
};

const LB_RESOURCES = ['loadbalancers', 'loadbalancers/status', 'nsxlbmonitors', 'nsxlbmonitors/status'];

/** 2.5.1 and later 2.5/3.0: the load-balancer CRDs (cluster-scoped). */
const V2_5: NcpReleaseLine = {
  ...V2_5_0,
  patchRules: [...V2_5_0.patchRules, { apiGroups: [VMWARE_GROUP], resources: LB_RESOURCES, verbs: [...CRUD, 'watch', 'update'] }],
  crds: [
    ...V2_5_0.crds,
    crd(VMWARE_GROUP, 'v1alpha1', 'loadbalancers', 'LoadBalancer', ['lb']),
    crd(VMWARE_GROUP, 'v1alpha1', 'nsxlbmonitors', 'NSXLoadBalancerMonitor', ['lbm']),
  ],
};

const NSX_ERROR_COLUMNS = {
  Messages: '.spec.message',
  ErrorObjectID: '.spec.error-object-id',
  ErrorObjectType: '.spec.error-object-type',
  ErrorObjectName: '.spec.error-object-name',
  ErrorObjectNamespace: '.spec.error-object-ns',
};

/** 3.1: anti-affinity, the timeout as an argument, ncpconfigs, namespaced load-balancer CRDs, pods in the patch role. */
const V3_1: NcpReleaseLine = {
  ...V2_5,
  liveness: 'check_pod_liveness nsx-ncp 5',
  antiAffinity: true,
  clusterRoleResources: ['deployments', 'endpoints', 'pods/log', 'nodes', 'replicationcontrollers', 'secrets', 'ingressclasses'],
  patchRules: [
    {
      apiGroups: ['', 'extensions', 'networking.k8s.io'],
      resources: ['ingresses', 'services', 'namespaces', 'pods', 'networkpolicies'],
      verbs: [...READ, 'update', 'patch'],
    },
    V2_4.patchRules[1],
    { apiGroups: [NSX_GROUP], resources: ['nsxerrors', 'nsxlocks', 'ncpconfigs'], verbs: [...CRUD, 'update'] },
    { apiGroups: [VMWARE_GROUP], resources: LB_RESOURCES, verbs: [...CRUD, 'watch', 'update'] },
  ],
  crds: [
    { ...crd(NSX_GROUP, 'v1', 'nsxerrors', 'NSXError', ['ne']), columns: NSX_ERROR_COLUMNS },
    crd(NSX_GROUP, 'v1', 'nsxlocks', 'NSXLock', ['nsxlo']),
    crd(NSX_GROUP, 'v1', 'ncpconfigs', 'NCPConfig', ['ncpcfg']),
    crd(VMWARE_GROUP, 'v1alpha1', 'loadbalancers', 'LoadBalancer', ['lb'], 'Namespaced'),
    crd(VMWARE_GROUP, 'v1alpha1', 'nsxlbmonitors', 'NSXLoadBalancerMonitor', ['lbm'], 'Namespaced'),
  ],
};

/** 4.2 and later: the operator's manifests — timeout 30, its tolerations, AUDIT_WRITE, the log directory, events. */
const V4_2: NcpReleaseLine = {
  ...V3_1,
  liveness: 'check_pod_liveness nsx-ncp 30',
  probe: { ...V3_1.probe, timeoutSeconds: 30 },
  tolerations: [
    { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' },
    { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' },
  ],
  capabilities: ['AUDIT_WRITE'],
  logHostPath: true,
  execRole: true,
  clusterRoleResources: [...V3_1.clusterRoleResources, 'statefulsets'],
  patchRules: [
    ...V3_1.patchRules.slice(0, 2),
    { apiGroups: [NSX_GROUP], resources: ['nsxerrors', 'nsxlocks', 'ncpconfigs', 'ncpsettings'], verbs: [...CRUD, 'update'] },
    V3_1.patchRules[3],
    { apiGroups: [''], resources: ['events'], verbs: ['create', 'get', 'list', 'patch', 'update', 'delete'] },
  ],
  bootstrap: { monitor: 'nsx-host-ovs-monitor', priorityClassName: 'system-node-critical' },
};

/** Each release line's NCP facts. */
export const NCP_RELEASE_LINES: Readonly<Record<NcpVersion, NcpReleaseLine>> = {
  [NcpVersion.V2_4]: V2_4,
  [NcpVersion.V2_5_0]: V2_5_0,
  [NcpVersion.V2_5]: V2_5,
  [NcpVersion.V3_1]: V3_1,
  [NcpVersion.V4_2]: V4_2,
};

/** NCP 2.3 (a ReplicationController in the 2.4 line): its liveness command and its RBAC differences. */
export const NCP_2_3 = {
  liveness: 'check_pod_liveness nsx-ncp',
  /** 2.3 reads namespaces in the cluster role and has no CRD. */
  clusterRoleResources: [...V2_4.clusterRoleResources.slice(0, 4), 'namespaces', ...V2_4.clusterRoleResources.slice(4)],
  patchRules: [
    { apiGroups: ['', 'extensions'], resources: ['ingresses', 'services'], verbs: [...READ, 'update', 'patch'] },
    V2_4.patchRules[1],
  ] as readonly k8s.PolicyRule[],
};
