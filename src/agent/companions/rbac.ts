import type * as k8s from '../../../imports/k8s';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

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
