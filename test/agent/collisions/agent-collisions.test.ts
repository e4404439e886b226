import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chart, Testing } from 'cdk8s';
import { NcpVersion, NsxNodeAgent, type NsxNodeAgentProps } from '../../../src';
import { canOverlap, selectionTerms } from '../../../src/agent/collisions/node-selection';
import { appFromValuesFile } from '../../../src/app/app';
import { ProblemsError } from '../../../src/checking/problem';
import { BASE_PROPS, synthChart, testApp } from '../../support';

function twoAgents(vm: Partial<NsxNodeAgentProps>, bm: Partial<NsxNodeAgentProps>) {
  return () =>
    synthChart((chart) => {
      new NsxNodeAgent(chart, 'vm', { ...BASE_PROPS, ...vm });
      new NsxNodeAgent(chart, 'bm', { ...BASE_PROPS, baremetal: true, ...bm });
    });
}

describe('agents in two charts of one app', () => {
  test('are checked like agents of one chart: same objects, overlapping nodes, matching selectors', () => {
    const app = testApp();
    const two = new Chart(app, 'two');
    new NsxNodeAgent(new Chart(app, 'one'), 'agent', BASE_PROPS);
    new NsxNodeAgent(two, 'agent', BASE_PROPS);
    expect(() => Testing.synth(two)).toThrow(
      [
        'Validation failed with the following errors:',
        '  [two] NsxNodeAgent "two/agent": nodeSelector: can select the same nodes as agent "one/agent" (nodeSelector {}), and two agents on one node fight over its network (not set)',
        '    allowed: node selections no node can satisfy both, e.g. one node label that each agent requires with a different value',
        '    fix: give each agent a nodeSelector on the same label with different values, e.g. nsx-node-type: hostvm and nsx-node-type: baremetal',
        '  [two] NsxNodeAgent "two/agent": name: gives a selector that matches the pods of agent "one/agent" (or the other way round), which Kubernetes leaves undefined for two DaemonSets (got "nsx-node-agent")',
        '    allowed: agents whose selectors each match only their own pods: distinct names',
        '    fix: set name to one of its own, e.g. nsx-node-agent-2',
        '  [two] NsxNodeAgent "two/agent": name: gives this agent the same SecurityContextConstraints nsx-node-agent-scc, ClusterRole nsx-node-agent-scc-cluster-role, ClusterRoleBinding nsx-node-agent-scc-cluster-role-binding, ConfigMap nsx-system/nsx-node-agent-config, DaemonSet nsx-system/nsx-node-agent as agent "one/agent" (got "nsx-node-agent")',
        '    allowed: names no other agent in the chart uses',
        '    fix: set name to one of its own, e.g. nsx-node-agent-2; the ConfigMap and SCC names follow it',
      ].join('\n'),
    );
  });

  test('distinct pools in two charts synthesize, each chart with its own copy of the shared companions', () => {
    const app = testApp();
    const vm = new Chart(app, 'vm');
    const bm = new Chart(app, 'bm');
    new NsxNodeAgent(vm, 'agent', { ...BASE_PROPS, nodeSelector: { pool: 'vm' } });
    new NsxNodeAgent(bm, 'agent', { ...BASE_PROPS, baremetal: true, name: 'bm', nodeSelector: { pool: 'bm' } });
    expect(() => Testing.synth(vm)).not.toThrow();
    expect(Testing.synth(bm).map((o) => `${o.kind}/${o.metadata.name}`)).toContain('Namespace/nsx-system');
  });
});

describe('two agents in one chart', () => {
  test('distinct names and selectors synthesize; shared objects are emitted once', () => {
    const objects = twoAgents({ nodeSelector: { pool: 'vm' } }, { name: 'bm', nodeSelector: { pool: 'bm' } })();
    const names = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('Namespace') || n.startsWith('ServiceAccount'))).toEqual([
      'Namespace/nsx-system',
      'ServiceAccount/nsx-node-agent-svc-account',
      'ServiceAccount/bm-svc-account',
    ]);
  });

  test('colliding agents fail synth with every problem listed, each saying what to set', () => {
    expect(twoAgents({}, {})).toThrow(
      [
        'Validation failed with the following errors:',
        '  [test-0] NsxNodeAgent "test-0/bm": nodeSelector: can select the same nodes as agent "test-0/vm" (nodeSelector {}), and two agents on one node fight over its network (not set)',
        '    allowed: node selections no node can satisfy both, e.g. one node label that each agent requires with a different value',
        '    fix: give each agent a nodeSelector on the same label with different values, e.g. nsx-node-type: hostvm and nsx-node-type: baremetal',
        '  [test-0] NsxNodeAgent "test-0/bm": name: gives a selector that matches the pods of agent "test-0/vm" (or the other way round), which Kubernetes leaves undefined for two DaemonSets (got "nsx-node-agent")',
        '    allowed: agents whose selectors each match only their own pods: distinct names',
        '    fix: set name to one of its own, e.g. nsx-node-agent-2',
        '  [test-0] NsxNodeAgent "test-0/bm": name: gives this agent the same SecurityContextConstraints nsx-node-agent-scc, ClusterRole nsx-node-agent-scc-cluster-role, ClusterRoleBinding nsx-node-agent-scc-cluster-role-binding, ConfigMap nsx-system/nsx-node-agent-config, DaemonSet nsx-system/nsx-node-agent as agent "test-0/vm" (got "nsx-node-agent")',
        '    allowed: names no other agent in the chart uses',
        '    fix: set name to one of its own, e.g. nsx-node-agent-2; the ConfigMap and SCC names follow it',
      ].join('\n'),
    );
  });

  test('identical selectors overlap; so do a selector and none', () => {
    const messages = (vm: Partial<NsxNodeAgentProps>, bm: Partial<NsxNodeAgentProps>) => {
      try {
        twoAgents(vm, { name: 'bm', ...bm })();
        return '';
      } catch (error) {
        return String(error);
      }
    };
    expect(messages({ nodeSelector: { pool: 'a' } }, { nodeSelector: { pool: 'a' } })).toContain(
      'nodeSelector: can select the same nodes',
    );
    expect(messages({}, { nodeSelector: { pool: 'b' } })).toContain('nodeSelector: can select the same nodes');
    expect(messages({ nodeSelector: { pool: 'a' } }, { nodeSelector: { pool: 'b' } })).toBe('');
  });

  test('a clash is reported under the option that named the object: configMapName when set, else name', () => {
    expect(
      twoAgents(
        { nodeSelector: { pool: 'vm' } },
        { nodeSelector: { pool: 'bm' }, sccName: 'bm-scc', configMapName: 'nsx-node-agent-config' },
      ),
    ).toThrow(
      /configMapName: gives this agent the same ConfigMap nsx-system\/nsx-node-agent-config as agent "test-0\/vm" \(got "nsx-node-agent-config"\)[\s\S]*name: gives this agent the same DaemonSet nsx-system\/nsx-node-agent as/,
    );
  });

  test('shared companions that differ (e.g. RBAC of different NCP versions) are a problem naming the option', () => {
    expect(
      twoAgents({ nodeSelector: { pool: 'vm' } }, { name: 'bm', nodeSelector: { pool: 'bm' }, ncpVersion: NcpVersion.V3_1 }),
    ).toThrow(
      /clusterRoleName: gives ClusterRole nsx-node-agent-cluster-role other content than agent "test-0\/vm" gives it \(got "nsx-node-agent-cluster-role"\)\n {4}allowed: the same content as the other agent, or a name of its own\n {4}fix: set clusterRoleName to one of its own, e.g. nsx-node-agent-cluster-role-2/,
    );
  });
});

describe('node selection overlap', () => {
  const terms = (selector: Record<string, string>, expressions: { key: string; operator: string; values?: string[] }[] = []) =>
    selectionTerms(
      selector,
      expressions.length
        ? {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: expressions }] },
            },
          }
        : undefined,
    );

  test.each([
    [{ pool: 'a' }, [], { pool: 'b' }, [], false],
    [{ pool: 'a' }, [], { zone: 'x' }, [], true],
    [{}, [{ key: 'pool', operator: 'In', values: ['a', 'b'] }], {}, [{ key: 'pool', operator: 'In', values: ['c'] }], false],
    [{}, [{ key: 'pool', operator: 'In', values: ['a', 'b'] }], { pool: 'b' }, [], true],
    [{}, [{ key: 'bm', operator: 'Exists' }], {}, [{ key: 'bm', operator: 'DoesNotExist' }], false],
    [{ pool: 'a' }, [], {}, [{ key: 'pool', operator: 'NotIn', values: ['a'] }], false],
    [{}, [{ key: 'pool', operator: 'NotIn', values: ['a'] }], {}, [{ key: 'pool', operator: 'DoesNotExist' }], true],
  ])('%j %j vs %j %j overlap: %s', (s1, e1, s2, e2, expected) => {
    expect(canOverlap(terms(s1, e1), terms(s2, e2))).toBe(expected);
  });
});

describe('several agents in a values file', () => {
  test('problems name the agent entry to change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-agents-'));
    const file = join(dir, 'values.yaml');
    writeFileSync(
      file,
      'image: r.example.com/nsx/nsx-ncp:2.4.1\nplatform: Kubernetes\nncpIni: { coe: { cluster: c1 } }\nagents:\n  - {}\n  - { baremetal: true, maxUnavailable: 0 }\n',
    );
    let error: unknown;
    try {
      appFromValuesFile(file, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemsError);
    expect((error as ProblemsError).problems.map((p) => `${p.option}: ${p.issue.split(' (')[0]}`)).toEqual([
      'agents[1].maxUnavailable: is not a positive integer',
    ]);
  });

  test('collisions between entries are reported with the entry path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-agents-'));
    const file = join(dir, 'values.yaml');
    writeFileSync(
      file,
      'image: r.example.com/nsx/nsx-ncp:2.4.1\nplatform: Kubernetes\nncpIni: { coe: { cluster: c1 } }\nagents:\n  - {}\n  - { baremetal: true }\n',
    );
    expect(() => appFromValuesFile(file, dir)).toThrow(
      /has 3 problems:\n {2}- agents\[1\]\.nodeSelector: can select the same nodes[\s\S]*- agents\[1\]\.name: gives a selector that matches the pods of agent "nsx-node-agent\/agent-0"[\s\S]*- agents\[1\]\.name: gives this agent the same ConfigMap nsx-system\/nsx-node-agent-config, DaemonSet nsx-system\/nsx-node-agent as agent "nsx-node-agent\/agent-0"/,
    );
  });
});
