import { join } from 'node:path';
import { App, Testing } from 'cdk8s';
import { mixedClusterChart } from '../../../examples/mixed-cluster/mixed-cluster';
import { appFromValuesFile } from '../../../src/app/app';
import { sccAdmissionFailures } from '../../scc-admission';
import { testApp } from '../../support';

const objects = Testing.synth(mixedClusterChart(testApp()));

describe('examples/mixed-cluster', () => {
  test('one DaemonSet, ConfigMap, service account, binding and SCC per pool; namespace and vendor role once', () => {
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
      'ServiceAccount/nsx-node-agent-bm-svc-account',
      'ClusterRoleBinding/nsx-node-agent-bm-cluster-role-binding',
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

  test("no pool's selector matches another pool's pods; the vendor's agent keeps the vendor's selector", () => {
    const daemonSets = objects.filter((o) => o.kind === 'DaemonSet');
    const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
      Object.entries(selector).every(([key, value]) => labels[key] === value);
    expect(daemonSets.map((ds) => ds.spec.selector.matchLabels)).toEqual([
      { tier: 'nsx-networking', component: 'nsx-node-agent', version: 'v1' },
      { tier: 'nsx-networking', component: 'nsx-node-agent-bm', version: 'v1' },
    ]);
    for (const ds of daemonSets) {
      for (const other of daemonSets) {
        expect(selects(ds.spec.selector.matchLabels, other.spec.template.metadata.labels)).toBe(ds === other);
      }
    }
  });

  test("no pool's service account may use another pool's SCC", () => {
    /** The SCCs a service account may use: the `use` rules of the ClusterRoles bound to it. */
    const usableBy = (account: string) =>
      objects
        .filter((o) => o.kind === 'ClusterRoleBinding')
        .filter((b) => b.subjects.some((s: { kind: string; name: string }) => s.kind === 'ServiceAccount' && s.name === account))
        .map((b) => objects.find((o) => o.kind === 'ClusterRole' && o.metadata.name === b.roleRef.name))
        .flatMap((role) => role.rules)
        .filter(
          (rule: { verbs: string[]; resources: string[] }) =>
            rule.verbs.includes('use') && rule.resources.includes('securitycontextconstraints'),
        )
        .flatMap((rule: { resourceNames: string[] }) => rule.resourceNames);
    const sccs = objects.filter((o) => o.kind === 'SecurityContextConstraints').map((o) => o.metadata.name);
    expect(sccs).toEqual(['nsx-node-agent-scc', 'nsx-node-agent-bm-scc']);
    const accounts = objects.filter((o) => o.kind === 'DaemonSet').map((ds) => ds.spec.template.spec.serviceAccountName);
    expect(accounts).toEqual(['nsx-node-agent-svc-account', 'nsx-node-agent-bm-svc-account']);
    expect(accounts.map(usableBy)).toEqual([['nsx-node-agent-scc'], ['nsx-node-agent-bm-scc']]);
    // Each pool's account still reads endpoints and services through the vendor's role.
    for (const account of accounts) {
      expect(
        objects.some(
          (o) =>
            o.kind === 'ClusterRoleBinding' &&
            o.roleRef.name === 'nsx-node-agent-cluster-role' &&
            o.subjects.some((s: { name: string }) => s.name === account),
        ),
      ).toBe(true);
    }
  });

  test('the values file describes the same manifests as the code', () => {
    const fromValues = appFromValuesFile(join(__dirname, '../../../examples/mixed-cluster/values.yaml'), testApp().outdir);
    const fromCode = new App({ outdir: testApp().outdir });
    mixedClusterChart(fromCode);
    expect(fromValues.synthYaml()).toBe(fromCode.synthYaml());
  });
});
