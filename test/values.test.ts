import { parseValues } from '../src/values';

describe('values file', () => {
  test('keys become props unchanged', () => {
    const { agents, problems } = parseValues(
      'image: r.example.com/nsx-ncp:1\nbaremetal: true\nncpIni:\n  coe:\n    cluster: c1\n',
    );
    expect(problems).toEqual([]);
    expect(agents.map((a) => a.props)).toEqual([
      { image: 'r.example.com/nsx-ncp:1', baremetal: true, ncpIni: { coe: { cluster: 'c1' } } },
    ]);
  });

  test('an unknown key is an error that suggests the nearest known key', () => {
    const { problems } = parseValues('image: r.example.com/nsx-ncp:1\nbareMetal: true\novsbridge: br0\n');
    expect(problems.map(String)).toEqual([
      'bareMetal: is not an option; did you mean "baremetal"? (got true)\n    allowed: one of image, nodeType, baremetal, ovsBridge, namespace, name, configMapName, serviceAccountName, imagePullPolicy, ncpIni, ncpVersion, platform, createNamespace, createServiceAccount, createRbac, clusterRoleName, clusterRoleBindingName, createScc, sccName, tolerations, nodeSelector, affinity, priorityClassName, updateStrategy, maxUnavailable, imagePullSecrets, containers, terminationGracePeriodSeconds, labels, annotations, podLabels, podAnnotations, rollOnConfigChange, agents\n    fix: correct the key, or remove it',
      expect.stringContaining('ovsbridge: is not an option; did you mean "ovsBridge"? (got "br0")'),
    ]);
  });

  test('invalid YAML names the line', () => {
    const { problems } = parseValues('image: a\n\tbaremetal: true\n');
    expect(String(problems[0])).toMatch(
      /^values file line 2, column 1: is not valid YAML: Tabs are not allowed as indentation \(not set\)/,
    );
  });

  test('a duplicate key is refused rather than one value silently winning', () => {
    expect(parseValues('image: a\nimage: b\n').problems.map(String)).toEqual([
      expect.stringContaining('is not valid YAML: Map keys must be unique'),
    ]);
  });

  test('a document that is not a map is refused', () => {
    expect(parseValues('- image: a\n').problems.map(String)).toEqual([
      expect.stringContaining('values file: is not a map of options'),
    ]);
  });

  describe('several agents', () => {
    const source = [
      'image: r.example.com/nsx-ncp:1',
      'nodeSelector: { kubernetes.io/os: linux }',
      'ncpIni: { coe: { cluster: c1, adaptor: openshift } }',
      'agents:',
      '  - nodeSelector: { nsx-node-type: hostvm }',
      '  - name: nsx-node-agent-bm',
      '    baremetal: true',
      '    nodeSelector: { nsx-node-type: baremetal }',
      '    ncpIni: { coe: { loglevel: DEBUG } }',
      '    tolerations: [{ operator: Exists }]',
    ].join('\n');

    test('each agent is the shared defaults with its entry laid over: maps merge, the rest replaces', () => {
      const { agents, problems } = parseValues(source);
      expect(problems).toEqual([]);
      expect(agents.map((a) => a.props)).toEqual([
        {
          image: 'r.example.com/nsx-ncp:1',
          nodeSelector: { 'kubernetes.io/os': 'linux', 'nsx-node-type': 'hostvm' },
          ncpIni: { coe: { cluster: 'c1', adaptor: 'openshift' } },
        },
        {
          image: 'r.example.com/nsx-ncp:1',
          name: 'nsx-node-agent-bm',
          baremetal: true,
          nodeSelector: { 'kubernetes.io/os': 'linux', 'nsx-node-type': 'baremetal' },
          ncpIni: { coe: { cluster: 'c1', adaptor: 'openshift', loglevel: 'DEBUG' } },
          tolerations: [{ operator: 'Exists' }],
        },
      ]);
    });

    test("an option is located in the agent's entry when the entry sets it, else at the top", () => {
      const [, bm] = parseValues(source).agents;
      expect(bm.pathOf('ncpIni.coe.loglevel')).toBe('agents[1].ncpIni.coe.loglevel');
      expect(bm.pathOf('ncpIni.coe.cluster')).toBe('ncpIni.coe.cluster');
      expect(bm.pathOf('nodeSelector.nsx-node-type')).toBe('agents[1].nodeSelector.nsx-node-type');
      expect(bm.pathOf('nodeSelector.kubernetes.io/os')).toBe('nodeSelector.kubernetes.io/os');
      expect(bm.pathOf('tolerations[0].operator')).toBe('agents[1].tolerations[0].operator');
      expect(bm.pathOf('image')).toBe('image');
    });

    test('unknown keys in an entry are reported with its path', () => {
      expect(parseValues('agents:\n  - nodeselector: {}\n').problems.map(String)).toEqual([
        expect.stringContaining('agents[0].nodeselector: is not an option; did you mean "nodeSelector"?'),
      ]);
    });

    test('agents must be a non-empty list of maps', () => {
      for (const bad of ['agents: []\n', 'agents: {a: 1}\n', 'agents: [x]\n']) {
        expect(parseValues(bad).problems.map(String)).toEqual([expect.stringContaining('agents: is not a list of agents')]);
      }
    });
  });
});
