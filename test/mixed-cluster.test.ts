import { join } from 'node:path';
import { App, Testing } from 'cdk8s';
import { mixedClusterChart } from '../examples/mixed-cluster/mixed-cluster';
import { appFromValuesFile } from '../src/app';
import { sccAdmissionFailures } from './scc-admission';
import { testApp } from './support';

const objects = Testing.synth(mixedClusterChart(testApp()));

describe('examples/mixed-cluster', () => {
  test('one DaemonSet, ConfigMap and SCC per pool; namespace, service account and RBAC once', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/nsx-system',
      'ServiceAccount/nsx-node-agent-svc-account',
      'ClusterRole/nsx-node-agent-cluster-role',
      'ClusterRoleBinding/nsx-node-agent-cluster-role-binding',
      'SecurityContextConstraints/nsx-node-agent-scc',
      'ClusterRole/nsx-node-agent-scc-cluster-role',
      'ClusterRoleBinding/nsx-node-agent-scc-cluster-role-binding',
      'ConfigMap/nsx-node-agent-config',
      'DaemonSet/nsx-node-agent',
      'SecurityContextConstraints/nsx-node-agent-bm-scc',
      'ClusterRole/nsx-node-agent-bm-scc-cluster-role',
      'ClusterRoleBinding/nsx-node-agent-bm-scc-cluster-role-binding',
      'ConfigMap/nsx-node-agent-bm-config',
      'DaemonSet/nsx-node-agent-bm',
    ]);
  });

  test('each pool selects its nodes, mounts its own ConfigMap and is admitted under its own SCC', () => {
    for (const [name, pool, scc] of [
      ['nsx-node-agent', 'hostvm', 'nsx-node-agent-scc'],
      ['nsx-node-agent-bm', 'baremetal', 'nsx-node-agent-bm-scc'],
    ]) {
      const ds = objects.find((o) => o.kind === 'DaemonSet' && o.metadata.name === name);
      expect(ds.spec.template.spec.nodeSelector).toEqual({ 'nsx-node-type': pool });
      expect(ds.spec.template.spec.volumes[0].configMap.name).toBe(`${name}-config`);
      const own = objects.filter((o) => o !== ds && !(o.kind === 'DaemonSet'));
      expect(sccAdmissionFailures([...own, ds], scc)).toEqual([]);
    }
    const bmConfig = objects.find((o) => o.metadata.name === 'nsx-node-agent-bm-config').data['ncp.ini'];
    expect(bmConfig).toContain('node_type = BAREMETAL');
    expect(bmConfig).not.toContain('ovs_uplink_port');
  });

  test('the values file describes the same manifests as the code', () => {
    const fromValues = appFromValuesFile(join(__dirname, '../examples/mixed-cluster/values.yaml'), testApp().outdir);
    const fromCode = new App({ outdir: testApp().outdir });
    mixedClusterChart(fromCode);
    expect(fromValues.synthYaml()).toBe(fromCode.synthYaml());
  });
});
