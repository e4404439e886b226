import type * as k8s from '../../../imports/k8s';
import { atLeast, NcpVersion } from '../../releases/ncp-version';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/**
 * The vendor's ClusterRole rules and nothing more: core endpoints and services read by nsx-kube-proxy (2.3–2.5);
 * from 3.1 also pods, which the agent reads and annotates.
 */
export function vendorRules(version: NcpVersion): k8s.PolicyRule[] {
  const rules: k8s.PolicyRule[] = [{ apiGroups: [''], resources: ['endpoints', 'services'], verbs: ['get', 'watch', 'list'] }];
  return atLeast(version, NcpVersion.V3_1)
    ? [...rules, { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'update', 'patch'] }]
    : rules;
}

/** The one rule that lets a subject run pods under the SecurityContextConstraints `scc`. */
export function sccUseRule(scc: string): k8s.PolicyRule {
  return {
    apiGroups: ['security.openshift.io'],
    resources: ['securitycontextconstraints'],
    resourceNames: [scc],
    verbs: ['use'],
  };
}

/** A binding of ClusterRole `role` to the service account `serviceAccount` in `namespace`. */
export function bindingTo(
  name: string,
  role: string,
  serviceAccount: string,
  namespace: string,
): k8s.KubeClusterRoleBindingProps {
  return {
    metadata: { name },
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: role },
    subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace }],
  };
}
