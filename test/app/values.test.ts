import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseValues, readValuesFile } from '../../src/app/values';

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
      'bareMetal: is not an option; did you mean "baremetal"? (got true)\n    allowed: one of image, nodeType, baremetal, ovsBridge, namespace, name, configMapName, serviceAccountName, imagePullPolicy, ncpIni, ncpVersion, platform, createNamespace, podSecurityLabels, createServiceAccount, createRbac, clusterRoleName, clusterRoleBindingName, createScc, sccName, tolerations, nodeSelector, affinity, priorityClassName, updateStrategy, maxUnavailable, imagePullSecrets, containers, terminationGracePeriodSeconds, labels, annotations, podLabels, podAnnotations, rollOnConfigChange, agents, ncpIniFile\n    fix: correct the key, or remove it',
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

  describe('ncpIniFile reads an existing ncp.ini', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-values-ini-'));
    writeFileSync(
      join(dir, 'ncp.ini'),
      '[coe]\ncluster = from-file\nadaptor = openshift\nnode_type = BAREMETAL\n[k8s]\napiserver_host_port = 8443\n[nsx_node_agent]\novs_bridge = br-bm\n',
    );

    test('relative to the values file; its keys, nodeType and ovsBridge become props', () => {
      writeFileSync(join(dir, 'values.yaml'), 'image: r.example.com/nsx-ncp:1\nncpIniFile: ncp.ini\n');
      const { agents, problems } = readValuesFile(join(dir, 'values.yaml'));
      const [{ props }] = agents;
      expect(problems).toEqual([]);
      expect(props).toEqual({
        image: 'r.example.com/nsx-ncp:1',
        nodeType: 'BAREMETAL',
        ovsBridge: 'br-bm',
        ncpIni: { coe: { cluster: 'from-file', adaptor: 'openshift' }, k8s: { apiserver_host_port: 8443 } },
      });
    });

    test('keys the values file sets win over the file, key by key', () => {
      const [{ props }] = parseValues(
        'image: i\nncpIniFile: ncp.ini\nbaremetal: false\nncpIni:\n  coe:\n    cluster: from-values\n  extra:\n    coe:\n      new_key: 1\n',
        dir,
      ).agents;
      expect(props).toEqual({
        image: 'i',
        baremetal: false,
        ovsBridge: 'br-bm',
        ncpIni: {
          coe: { cluster: 'from-values', adaptor: 'openshift' },
          k8s: { apiserver_host_port: 8443 },
          extra: { coe: { new_key: 1 } },
        },
      });
    });

    test('problems in the ncp.ini are reported with the values file, by the path written there', () => {
      writeFileSync(join(dir, 'bad.ini'), '[coe]\nclustr = c1\n');
      expect(parseValues('image: i\nncpIniFile: bad.ini\n', dir).problems.map(String)).toEqual([
        expect.stringContaining('bad.ini [coe] clustr (line 2): is not a known key of [coe]; did you mean "cluster"?'),
      ]);
      expect(parseValues('image: i\nncpIniFile: missing.ini\n', dir).problems.map(String)).toEqual([
        expect.stringContaining('missing.ini: cannot be read (ENOENT)'),
      ]);
      expect(parseValues('image: i\nncpIniFile: 3\n', dir).problems.map(String)).toEqual([
        'ncpIniFile: is not a file path (got 3)\n    allowed: the path of an existing ncp.ini, relative to the values file\n    fix: set ncpIniFile to the path of your ncp.ini, or remove it',
      ]);
    });

    test('each agent of a multi-agent file may read its own ncp.ini', () => {
      writeFileSync(join(dir, 'vm.ini'), '[coe]\ncluster = c1\n[nsx_kube_proxy]\novs_uplink_port = ens224\n');
      const { agents, problems } = parseValues(
        'image: i\nncpIniFile: vm.ini\nagents:\n  - {}\n  - { name: bm, ncpIniFile: ncp.ini }\n',
        dir,
      );
      expect(problems).toEqual([]);
      expect(agents.map((a) => a.props.ncpIni?.coe?.cluster)).toEqual(['c1', 'from-file']);
      expect(agents.map((a) => a.props.nodeType)).toEqual([undefined, 'BAREMETAL']);
    });
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
