import { NcpVersion, NodeType, Platform } from '../../../src';
import { sccAdmissionFailures } from '../../scc-admission';
import { daemonSetOf, objectOf, synthAgent } from '../../support';

const VARIANTS = Object.values(NcpVersion).flatMap((ncpVersion) =>
  Object.values(NodeType).map((nodeType) => ({ ncpVersion, nodeType })),
);

describe.each(VARIANTS)('OpenShift, NCP $ncpVersion, $nodeType', (variant) => {
  const objects = synthAgent(variant);
  const scc = objectOf(objects, 'SecurityContextConstraints');
  const pod = daemonSetOf(objects).spec.template.spec;

  test('the pods are admitted under the SCC shipped with them, by their service account', () => {
    expect(sccAdmissionFailures(objects, 'nsx-node-agent-scc')).toEqual([]);
  });

  test('the SCC grants nothing the pods do not use', () => {
    const caps = [...new Set(pod.containers.flatMap((c: any) => c.securityContext.capabilities.add))];
    expect([...scc.allowedCapabilities].sort()).toEqual([...caps].sort());
    const types = new Set([...pod.volumes.map((v: any) => Object.keys(v).find((k) => k !== 'name')), 'projected', 'secret']);
    expect(scc.volumes).toEqual([...types].sort());
    expect(scc).toMatchObject({
      allowHostNetwork: true,
      allowHostPID: false,
      allowHostIPC: false,
      allowHostPorts: false,
      allowPrivilegedContainer: false,
      defaultAddCapabilities: [],
      users: [],
      groups: [],
    });
    expect(scc.allowHostDirVolumePlugin).toBe(types.has('hostPath'));
  });

  test('keeps the vendor SCC strategies: KILL dropped, SELinux spc_t, run as any user', () => {
    expect(scc).toMatchObject({
      requiredDropCapabilities: ['KILL'],
      seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'spc_t', level: 's0:c0.c1023' } },
      runAsUser: { type: 'RunAsAny' },
      fsGroup: { type: 'MustRunAs' },
      supplementalGroups: { type: 'RunAsAny' },
      readOnlyRootFilesystem: false,
    });
  });
});

describe('OpenShift SCC', () => {
  const objects = synthAgent();

  test('DAC_OVERRIDE is allowed only where a container adds it: bare metal on NCP 2.4', () => {
    expect(objectOf(synthAgent({ baremetal: true }), 'SecurityContextConstraints').allowedCapabilities).toContain('DAC_OVERRIDE');
    expect(objectOf(objects, 'SecurityContextConstraints').allowedCapabilities).not.toContain('DAC_OVERRIDE');
    expect(
      objectOf(synthAgent({ baremetal: true, ncpVersion: NcpVersion.V3_1 }), 'SecurityContextConstraints').allowedCapabilities,
    ).not.toContain('DAC_OVERRIDE');
  });

  test('the use ClusterRole names only this SCC, and is bound to the agent service account only', () => {
    expect(objectOf(objects, 'ClusterRole', 'nsx-node-agent-scc-cluster-role').rules).toEqual([
      {
        apiGroups: ['security.openshift.io'],
        resources: ['securitycontextconstraints'],
        resourceNames: ['nsx-node-agent-scc'],
        verbs: ['use'],
      },
    ]);
    expect(objectOf(objects, 'ClusterRoleBinding', 'nsx-node-agent-scc-cluster-role-binding')).toMatchObject({
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'nsx-node-agent-scc-cluster-role' },
      subjects: [{ kind: 'ServiceAccount', name: 'nsx-node-agent-svc-account', namespace: 'nsx-system' }],
    });
  });

  test("never the cluster's privileged SCC, and no grant to every authenticated user", () => {
    const text = JSON.stringify(objects);
    expect(text).not.toContain('system:authenticated');
    expect(text).not.toMatch(/"resourceNames":\["privileged"\]/);
  });

  test('the namespace is annotated so the DaemonSet lands on every node', () => {
    expect(objectOf(objects, 'Namespace').metadata.annotations).toEqual({ 'openshift.io/node-selector': '' });
  });

  test('the admission model catches a pod that does not fit', () => {
    const broken = structuredClone(objects);
    const pod = daemonSetOf(broken).spec.template.spec;
    pod.hostPID = true;
    pod.containers[0].securityContext.capabilities.add.push('KILL');
    pod.volumes.push({ name: 'scratch', emptyDir: {} });
    objectOf(broken, 'ClusterRoleBinding', 'nsx-node-agent-scc-cluster-role-binding').subjects[0].name = 'default';
    expect(sccAdmissionFailures(broken, 'nsx-node-agent-scc')).toEqual([
      'volume type emptyDir not allowed',
      'hostPID not allowed',
      'nsx-node-agent: capability KILL not allowed',
      'nsx-node-agent: capability KILL must be dropped',
      'service account nsx-system/nsx-node-agent-svc-account may not use nsx-node-agent-scc',
    ]);
  });

  test('sccName renames the SCC and its RBAC; createScc: false leaves all three out', () => {
    const renamed = synthAgent({ sccName: 'ncp-agent' });
    expect(sccAdmissionFailures(renamed, 'ncp-agent')).toEqual([]);
    expect(objectOf(renamed, 'ClusterRoleBinding', 'ncp-agent-cluster-role-binding').roleRef.name).toBe('ncp-agent-cluster-role');
    const none = synthAgent({ createScc: false });
    expect(none.filter((o) => JSON.stringify(o).includes('scc'))).toEqual([]);
  });

  test('on Kubernetes: no SCC, no SCC RBAC, no OpenShift annotation', () => {
    const k8s = synthAgent({ platform: Platform.KUBERNETES });
    expect(k8s.map((o) => o.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'ConfigMap',
      'DaemonSet',
    ]);
    expect(objectOf(k8s, 'Namespace').metadata.annotations).toBeUndefined();
  });
});
