import { NcpVersion, NodeType, Platform } from '../../src';
import { BASE_PROPS, stackProblemsOf, synthStack } from '../support';
import { NCP_INI_BASE, STACK_VARIANTS } from '../variants';

const find = (objects: any[], kind: string, name?: string) =>
  objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
const ini = (objects: any[], name: string) => find(objects, 'ConfigMap', name).data['ncp.ini'] as string;

describe('NcpStack: the whole stack from one config', () => {
  test('shared keys are set once and written into both files; NCP-only keys stay in NCP’s', () => {
    const objects = synthStack({
      cluster: 'k8s-cluster-1',
      apiserverHostIp: '10.0.0.5',
      apiserverHostPort: 6443,
      agent: { ...BASE_PROPS, ncpIni: {}, platform: Platform.KUBERNETES, ncpVersion: NcpVersion.V3_1 },
      ncp: { ncpIni: NCP_INI_BASE },
    });
    const agent = ini(objects, 'nsx-node-agent-config');
    const ncp = ini(objects, 'nsx-ncp-config');
    for (const line of [
      'cluster = k8s-cluster-1',
      'apiserver_host_ip = 10.0.0.5',
      'apiserver_host_port = 6443',
      'node_type = HOSTVM',
    ]) {
      expect(agent).toContain(`\n${line}\n`);
      expect(ncp).toContain(`\n${line}\n`);
    }
    expect(agent).not.toContain('[nsx_v3]');
    expect(agent).not.toContain('nsx_api_managers');
    expect(ncp).toContain('\n[nsx_v3]\n');
  });

  test("the bootstrap reads the agent's ConfigMap by its actual name, as the agent's service account", () => {
    const objects = synthStack({
      cluster: 'k8s-cluster-1',
      agent: {
        ...BASE_PROPS,
        ncpIni: {},
        ncpVersion: NcpVersion.V2_5,
        configMapName: 'renamed-config',
        serviceAccountName: 'renamed-sa',
      },
      ncp: { ncpIni: NCP_INI_BASE },
    });
    expect(find(objects, 'ConfigMap', 'renamed-config')).toBeDefined();
    const spec = find(objects, 'DaemonSet', 'nsx-ncp-bootstrap').spec.template.spec;
    expect(spec.volumes[0].projected.sources[0].configMap.name).toBe('renamed-config');
    expect(spec.serviceAccountName).toBe('renamed-sa');
  });

  test('NCP follows the agent: namespace, release line, platform, node type, image; one Namespace', () => {
    const objects = synthStack({
      agent: { ...BASE_PROPS, namespaceName: 'nsx', ncpVersion: NcpVersion.V2_5_0, nodeType: NodeType.BAREMETAL },
      ncp: { ncpIni: NCP_INI_BASE },
    });
    expect(objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name)).toEqual(['nsx']);
    const deployment = find(objects, 'Deployment');
    expect(deployment.metadata.namespace).toBe('nsx');
    expect(deployment.spec.template.spec.containers[0].image).toBe(BASE_PROPS.image);
    expect(ini(objects, 'nsx-ncp-config')).toContain('\nnode_type = BAREMETAL\n');
    expect(ini(objects, 'nsx-ncp-config')).toContain('\ncluster = k8s-cluster-1\n');
    expect(ini(objects, 'nsx-ncp-config')).toContain('\nadaptor = openshift\n');
  });

  test('on OpenShift 3 the agent’s SCC is granted to NCP’s service account', () => {
    const objects = synthStack({ agent: { ...BASE_PROPS, platform: Platform.OPENSHIFT }, ncp: { ncpIni: NCP_INI_BASE } });
    expect(find(objects, 'ClusterRole', 'ncp-scc-use').rules[0].resourceNames).toEqual(['nsx-node-agent-scc']);
  });

  test('every contradiction at once, each naming the option as written, with the fix', () => {
    const found = stackProblemsOf({
      cluster: 'one',
      agent: {
        ...BASE_PROPS,
        ncpIni: { coe: { cluster: 'two' }, k8s: { apiserverHostPort: 6443 }, extra: { nsx_v3: { insecure: true } } },
      },
      ncp: {
        platform: Platform.KUBERNETES,
        ncpIni: { ...NCP_INI_BASE, coe: { cluster: 'three' }, k8s: { apiserverHostPort: 8443 } },
      },
    });
    expect(found.map((p) => p.split(' (got')[0].split(':')[0])).toEqual([
      'agent.ncpIni.coe.cluster',
      'ncp.ncpIni.coe.cluster',
      'agent.ncpIni.extra.nsx_v3',
      'ncp.platform',
      'ncp.ncpIni.k8s.apiserverHostPort',
    ]);
    expect(found[0]).toContain('fix: remove agent.ncpIni.coe.cluster: cluster writes it');
    expect(found[2]).toContain('fix: move it to ncp.ncpIni.nsxV3');
    expect(found[4]).toContain("contradicts the node agent's [k8s] apiserver_host_port (6443)");
  });

  test("a shared key set only in NCP's file is a problem: the agent would keep its default", () => {
    const found = stackProblemsOf({
      agent: BASE_PROPS,
      ncp: { ncpIni: { ...NCP_INI_BASE, coe: { enableSnat: false }, k8s: { apiserverHostIp: '192.0.2.10' } } },
    });
    expect(found.map((p) => p.split(':')[0])).toEqual(['ncp.ncpIni.coe.enableSnat', 'ncp.ncpIni.k8s.apiserverHostIp']);
    expect(found[0]).toContain("is set in NCP's file only");
    expect(found[1]).toContain('fix: move it to agent.ncpIni.k8s.apiserverHostIp');
  });

  test("the agent's and NCP's own problems are reported together", () => {
    const found = stackProblemsOf({ agent: { ...BASE_PROPS, ovsBridge: 'bad/name' }, ncp: { ncpIni: {} } });
    expect(found.some((p) => p.startsWith('agent.ovsBridge:'))).toBe(true);
    expect(found.some((p) => p.startsWith('ncp.ncpIni.nsxV3.nsxApiManagers: is required'))).toBe(true);
  });

  test.each(Object.keys(STACK_VARIANTS))('variant %s synthesizes', (variant) => {
    const objects = synthStack(STACK_VARIANTS[variant]);
    expect(find(objects, 'ConfigMap', 'nsx-ncp-config')).toBeDefined();
    expect(objects.some((o) => o.kind === 'Secret')).toBe(false);
  });
});
