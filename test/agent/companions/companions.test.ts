import { Chart } from 'cdk8s';
import { NsxNodeAgent, Platform } from '../../../src';
import { BASE_PROPS, daemonSetOf, objectOf, synthAgent, testApp } from '../../support';

describe('companion objects', () => {
  const objects = synthAgent();

  test('the ServiceAccount mounts its token, which ncp.ini reads; the pod does not turn it off', () => {
    expect(objectOf(objects, 'ServiceAccount')).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'nsx-node-agent-svc-account', namespace: 'nsx-system' },
      automountServiceAccountToken: true,
    });
    expect(daemonSetOf(objects).spec.template.spec.automountServiceAccountToken).toBeUndefined();
    expect(objectOf(objects, 'ConfigMap').data['ncp.ini']).toContain(
      'client_token_file = /var/run/secrets/kubernetes.io/serviceaccount/token',
    );
  });

  test("the ClusterRole has exactly the vendor's 2.3-2.5 rule", () => {
    expect(objectOf(objects, 'ClusterRole', 'nsx-node-agent-cluster-role').rules).toEqual([
      { apiGroups: [''], resources: ['endpoints', 'services'], verbs: ['get', 'watch', 'list'] },
    ]);
  });

  test('the binding ties the ClusterRole to the service account in the namespace', () => {
    expect(objectOf(objects, 'ClusterRoleBinding', 'nsx-node-agent-cluster-role-binding')).toMatchObject({
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'nsx-node-agent-cluster-role' },
      subjects: [{ kind: 'ServiceAccount', name: 'nsx-node-agent-svc-account', namespace: 'nsx-system' }],
    });
  });

  test('names follow the options', () => {
    const named = synthAgent({
      namespaceName: 'nsx',
      serviceAccountName: 'agent',
      clusterRoleName: 'agent-reader',
      clusterRoleBindingName: 'agent-reader-binding',
    });
    expect(objectOf(named, 'Namespace').metadata.name).toBe('nsx');
    expect(objectOf(named, 'ServiceAccount').metadata).toEqual({ name: 'agent', namespace: 'nsx' });
    expect(objectOf(named, 'ClusterRoleBinding', 'agent-reader-binding')).toMatchObject({
      roleRef: { name: 'agent-reader' },
      subjects: [{ name: 'agent', namespace: 'nsx' }],
    });
  });

  test('the Namespace admits the privileged pods under Pod Security Admission, on every platform', () => {
    const psa = {
      'pod-security.kubernetes.io/enforce': 'privileged',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/audit': 'privileged',
      'pod-security.kubernetes.io/audit-version': 'latest',
      'pod-security.kubernetes.io/warn': 'privileged',
      'pod-security.kubernetes.io/warn-version': 'latest',
    };
    expect(objectOf(objects, 'Namespace').metadata.labels).toEqual(psa);
    expect(objectOf(synthAgent({ platform: Platform.KUBERNETES }), 'Namespace').metadata).toEqual({
      name: 'nsx-system',
      labels: psa,
    });
  });

  test('podSecurityLabels: false leaves the Namespace unlabelled, for a namespace labelled elsewhere', () => {
    expect(objectOf(synthAgent({ podSecurityLabels: false }), 'Namespace').metadata.labels).toBeUndefined();
  });

  test('podSecurityLabels must be true or false', () => {
    expect(() => synthAgent({ podSecurityLabels: 'yes' as never })).toThrow(
      'podSecurityLabels: is not true or false (got "yes")\n    allowed: true or false\n    fix: set podSecurityLabels to true or false (false where the namespace is labelled elsewhere)',
    );
  });

  test.each([
    ['createNamespace', ['Namespace']],
    ['createServiceAccount', ['ServiceAccount']],
    ['createRbac', ['nsx-node-agent-cluster-role', 'nsx-node-agent-cluster-role-binding']],
  ])('%s: false leaves out only its objects', (option, left) => {
    const without = synthAgent({ [option]: false });
    const key = (o: any) => (o.kind.startsWith('Cluster') ? o.metadata.name : o.kind);
    expect(objects.map(key).filter((k) => !without.map(key).includes(k))).toEqual(left);
  });

  test('the construct exposes each companion; switched off, the property is undefined', () => {
    const chart = new Chart(testApp(), 'props');
    const agent = new NsxNodeAgent(chart, 'agent', BASE_PROPS);
    const bare = new NsxNodeAgent(new Chart(testApp(), 'bare'), 'agent', {
      ...BASE_PROPS,
      createNamespace: false,
      createServiceAccount: false,
      createRbac: false,
      createScc: false,
    });
    for (const property of [
      'namespaceObject',
      'serviceAccount',
      'clusterRole',
      'clusterRoleBinding',
      'securityContextConstraints',
      'sccClusterRole',
      'sccClusterRoleBinding',
    ] as const) {
      expect(agent[property]).toBeDefined();
      expect(bare[property]).toBeUndefined();
    }
    expect(agent.securityContextConstraints?.kind).toBe('SecurityContextConstraints');
  });
});
