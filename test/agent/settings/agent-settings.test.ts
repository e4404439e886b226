import { NodeType } from '../../../src';
import { problemsOf } from '../../support';

describe('errors name the option, the value, what is allowed and the fix', () => {
  test('missing image', () => {
    expect(problemsOf({ image: undefined })).toEqual([
      'image: is required (not set)\n    allowed: the reference of the NCP image in your registry, e.g. registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827\n    fix: load the NCP image into your registry and set image to its reference',
    ]);
  });

  test('malformed image', () => {
    expect(problemsOf({ image: 'Registry Example/nsx' })).toEqual([
      'image: is not well formed (got "Registry Example/nsx")\n    allowed: the reference of the NCP image in your registry, e.g. registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827\n    fix: docker load -i nsx-ncp-<build>.tar, tag and push the image to your registry, and set image to that reference',
    ]);
  });

  test.each(['nsx-ncp', 'nsx-ncp:latest', 'registry.local/xxxxxxx/nsx-ncp-rhel', 'nsx-ncp-xxxxxxx'])(
    'vendor placeholder image %s',
    (image) => {
      expect(problemsOf({ image })).toEqual([
        expect.stringContaining(`image: is the vendor guide's placeholder, not an image you loaded (got "${image}")`),
      ]);
    },
  );

  test('an image from docker load with a build number is accepted', () => {
    expect(() => problemsOf({ image: 'registry.local/2.3.1.10693410/nsx-ncp-rhel' })).toThrow(
      'expected the options to be refused',
    );
  });

  test('baremetal contradicting nodeType', () => {
    expect(problemsOf({ baremetal: true, nodeType: NodeType.HOSTVM })).toEqual([
      'baremetal: contradicts nodeType HOSTVM (got true)\n    allowed: baremetal: true only with nodeType BAREMETAL (or unset)\n    fix: remove one of baremetal and nodeType',
    ]);
    expect(problemsOf({ baremetal: false, nodeType: NodeType.BAREMETAL })).toEqual([
      expect.stringContaining('baremetal: contradicts nodeType BAREMETAL (got false)'),
    ]);
  });

  test('unknown node type', () => {
    expect(problemsOf({ nodeType: 'BMC' as NodeType })).toEqual([
      'nodeType: is not a node type (got "BMC")\n    allowed: one of HOSTVM, BAREMETAL\n    fix: set nodeType to HOSTVM for VMs or BAREMETAL for bare-metal servers',
    ]);
  });

  test('baremetal that is not a boolean', () => {
    expect(problemsOf({ baremetal: 'yes' as unknown as boolean })).toEqual([
      'baremetal: is not true or false (got "yes")\n    allowed: true or false\n    fix: set baremetal: true for bare-metal nodes, or remove it',
    ]);
  });

  test('invalid bridge name', () => {
    expect(problemsOf({ ovsBridge: 'br int/with-a-long-name' })).toEqual([
      'ovsBridge: is 23 characters long, more than 15 (got "br int/with-a-long-name")\n    allowed: an OVS bridge name: 1 to 15 letters, digits, "-", "_" or "." (not "." or "..")\n    fix: set ovsBridge to an existing OVS bridge, or remove it for the default',
    ]);
    expect(problemsOf({ ovsBridge: 'br/int' })).toEqual([
      expect.stringContaining('ovsBridge: is not well formed (got "br/int")'),
    ]);
  });

  test('invalid namespace', () => {
    expect(problemsOf({ namespaceName: 'NSX_System' })).toEqual([
      'namespaceName: is not well formed (got "NSX_System")\n    allowed: a DNS label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit\n    fix: set namespace to the namespace NCP is installed in, e.g. nsx-system',
    ]);
  });

  test('invalid object names', () => {
    expect(problemsOf({ name: 'Agent_Bad', configMapName: '-cm', serviceAccountName: 'sa.' })).toEqual([
      expect.stringContaining('name: is not a DNS subdomain (got "Agent_Bad")'),
      expect.stringContaining('configMapName: is not a DNS subdomain (got "-cm")'),
      expect.stringContaining('serviceAccountName: is not a DNS subdomain (got "sa.")'),
    ]);
  });

  test('unknown pull policy', () => {
    expect(problemsOf({ imagePullPolicy: 'Sometimes' as never })).toEqual([
      'imagePullPolicy: is not one of the choices (got "Sometimes")\n    allowed: one of IfNotPresent, Always, Never\n    fix: set imagePullPolicy to IfNotPresent, Always or Never',
    ]);
  });

  test('bad API server port', () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, k8s: { apiserverHostPort: 70000 } } })).toEqual([
      "ncpIni.k8s.apiserverHostPort: is outside 1..65535 (got 70000)\n    allowed: an integer from 1 to 65535\n    fix: set ncpIni.k8s.apiserverHostPort to an integer from 1 to 65535, or remove it to use NCP's default",
    ]);
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, k8s: { apiserverHostPort: '6443' as never } } })).toEqual([
      expect.stringContaining('ncpIni.k8s.apiserverHostPort: is not an integer (got "6443")'),
    ]);
  });

  test('bad API server address', () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, k8s: { apiserverHostIp: '10.0.0.300' } } })).toEqual([
      'ncpIni.k8s.apiserverHostIp: is not an address or host name (got "10.0.0.300")\n    allowed: an IPv4 or IPv6 address, or a DNS host name\n    fix: set ncpIni.k8s.apiserverHostIp to an IPv4 or IPv6 address, or a DNS host name, or remove it to use NCP\'s default',
    ]);
  });

  test.each(['192.0.2.10', '2001:db8::1', 'api.ocp.example.com'])('API server address %s is accepted', (address) => {
    expect(() => problemsOf({ ncpIni: { coe: { cluster: 'c1' }, k8s: { apiserverHostIp: address } } })).toThrow(
      'expected the options to be refused',
    );
  });

  test('missing cluster name', () => {
    expect(problemsOf({ ncpIni: {} })).toEqual([
      "ncpIni.coe.cluster: is required (not set)\n    allowed: the cluster name NCP uses\n    fix: set ncpIni.coe.cluster to the value of [coe] cluster in NCP's own ncp.ini",
    ]);
  });

  test('uplink port on bare metal', () => {
    expect(
      problemsOf({ baremetal: true, ncpIni: { coe: { cluster: 'c1' }, nsxKubeProxy: { ovsUplinkPort: 'ens224' } } }),
    ).toEqual([
      'ncpIni.nsxKubeProxy.ovsUplinkPort: is set on a bare-metal node, whose uplink NSX manages (got "ens224")\n    allowed: no uplink port on BAREMETAL\n    fix: remove ovs_uplink_port, or use nodeType HOSTVM for VM nodes',
    ]);
  });

  test('misspelled ncp.ini key suggests the nearest', () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, k8s: { apiserverHostip: '192.0.2.1' } as never } })).toEqual([
      'ncpIni.k8s.apiserverHostip: is not a known key of [k8s]; did you mean "apiserver_host_ip"? (got "192.0.2.1")\n    allowed: one of apiserver_host_ip, apiserver_host_port, ca_file, client_token_file, client_cert_file, client_private_key_file, loglevel, enable_lb_crd\n    fix: correct the key\'s name; for a key of a newer NCP that this model does not know yet, set ncpIni.extra.k8s.apiserver_hostip',
    ]);
  });

  test('a key named like an object property is unknown, not a crash', () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, nsxNodeAgent: { toString: 'x' } } as never })).toEqual([
      expect.stringContaining('ncpIni.nsxNodeAgent.toString: is not a known key of [nsx_node_agent] (got "x")'),
    ]);
  });

  test('unknown ncp.ini section suggests the nearest', () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, nsxKubeProxi: {} } as never })).toEqual([
      expect.stringContaining('ncpIni.nsxKubeProxi: is not a section of ncpIni; did you mean "nsxKubeProxy"?'),
    ]);
  });

  test('keys owned by construct options are refused in ncpIni', () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1', nodeType: 'BAREMETAL' } as never } })).toEqual([
      'ncpIni.coe.nodeType: is set by the construct option nodeType (got "BAREMETAL")\n    allowed: node_type only through nodeType\n    fix: remove ncpIni.coe.nodeType and set nodeType instead',
    ]);
  });

  test("ncp.ini's own names in code are refused with the camelCase name", () => {
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, k8s: { apiserver_host_ip: '192.0.2.1' } as never } })).toEqual([
      'ncpIni.k8s.apiserver_host_ip: is written with ncp.ini\'s name; in code, keys are camelCase (got "192.0.2.1")\n    allowed: ncpIni.k8s.apiserverHostIp\n    fix: rename it to apiserverHostIp (values files keep ncp.ini\'s names)',
    ]);
    expect(problemsOf({ ncpIni: { coe: { cluster: 'c1' }, nsx_node_agent: {} } as never })).toEqual([
      expect.stringContaining('ncpIni.nsx_node_agent: is not a section of ncpIni; did you mean "nsxNodeAgent"?'),
    ]);
  });

  test.each(['ocp\ncluster', 'a;b', 'a#b', '[x]', ' leading', 'trailing ', "'quoted'", 'a=b', 'nul\u0000', 'sep\u2028'])(
    'value %j that would break ncp.ini is refused',
    (cluster) => {
      expect(problemsOf({ ncpIni: { coe: { cluster } } })).toEqual([
        expect.stringMatching(/^ncpIni\.coe\.cluster: (contains a character|starts or ends|is wrapped)/),
      ]);
    },
  );

  test('several problems are reported together', () => {
    expect(
      problemsOf({ image: 'nsx-ncp', baremetal: true, nodeType: NodeType.HOSTVM, namespaceName: 'NSX', ncpIni: {} }),
    ).toHaveLength(4);
  });
});
