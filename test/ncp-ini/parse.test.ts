import { join } from 'node:path';
import { NcpVersion, NodeType } from '../../src';
import type { NcpIniRead } from '../../src/ncp-ini/parse';
import { parseNcpIni, readNcpIniFile } from '../../src/ncp-ini/parse';
import { renderNcpIni, withPresets } from '../../src/ncp-ini/render';

const FIXTURES = join(__dirname, '..', 'fixtures', 'ncp-ini');

/** Renders what was read as the construct does (node_type, ovs_bridge and presets filled in) and reads it again. */
function reread(read: NcpIniRead, version: NcpVersion): NcpIniRead {
  const { settings } = read;
  const text = renderNcpIni(
    withPresets(
      {
        ...settings,
        coe: { node_type: NodeType.HOSTVM, ...settings.coe },
        nsx_node_agent: { ovs_bridge: 'br-int', ...settings.nsx_node_agent },
      },
      version,
    ),
  );
  return parseNcpIni(text, { version });
}

/** The problems of parsing `text` for `version`, as messages. */
function problemsOf(text: string, version?: NcpVersion): string[] {
  return parseNcpIni(text, { version }).problems.map(String);
}

describe('reading an existing ncp.ini', () => {
  test('a 2.4 HOSTVM file: comments, commented-out defaults and NCP-only sections are skipped', () => {
    const read = readNcpIniFile(join(FIXTURES, 'hostvm-2.4.ini'), { version: NcpVersion.V2_4 });
    expect(read.problems).toEqual([]);
    expect(read.skippedSections).toEqual(['ha']);
    expect(read.settings).toEqual({
      DEFAULT: { use_stderr: true, log_rotation_file_max_mb: 200 },
      coe: { adaptor: 'kubernetes', cluster: 'k8s-prod-1', nsxlib_loglevel: 'INFO', connect_retry_timeout: 120 },
      k8s: {
        apiserver_host_ip: '192.0.2.10',
        apiserver_host_port: 6443,
        ca_file: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
        client_token_file: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      },
      nsx_kube_proxy: { ovs_uplink_port: 'ens192' },
    });
  });

  test('a 2.3 bare-metal file: quoted values, key: value lines and Python booleans', () => {
    const read = readNcpIniFile(join(FIXTURES, 'baremetal-2.3.ini'), { version: NcpVersion.V2_4 });
    expect(read.problems).toEqual([]);
    expect(read.settings.DEFAULT).toEqual({ use_stderr: true, log_dir: '/var/log/nsx-ujo/' });
    expect(read.settings.coe).toEqual({
      adaptor: 'openshift',
      cluster: 'ocp-cluster-1',
      nsxlib_loglevel: 'INFO',
      node_type: NodeType.BAREMETAL,
    });
    expect(read.settings.nsx_node_agent?.ovs_bridge).toBe('nsx-managed');
    expect(read.settings.k8s?.apiserver_host_port).toBe(8443);
  });

  test('a 3.1 file with ovs_uplink_port in [nsx_node_agent]', () => {
    const read = readNcpIniFile(join(FIXTURES, 'hostvm-3.1.ini'), { version: NcpVersion.V3_1 });
    expect(read.problems).toEqual([]);
    expect(read.settings.nsx_node_agent).toEqual({
      ovs_uplink_port: 'ens224',
      nsxrpc_loglevel: 'ERROR',
      config_retry_timeout: 300,
      config_reuse_backoff_time: 15,
      mtu: 1450,
      enable_ipv6: false,
      is_dhcp_configured_on_ovs_uplink_port: 'auto',
      waiting_before_cni_response: 3,
    });
  });

  test.each([
    ['hostvm-2.4.ini', NcpVersion.V2_4],
    ['baremetal-2.3.ini', NcpVersion.V2_4],
    ['hostvm-3.1.ini', NcpVersion.V3_1],
  ])('%s: read → render → read gives the same model', (file, version) => {
    const read = readNcpIniFile(join(FIXTURES, file), { version });
    const again = reread(read, version);
    expect(again.problems).toEqual([]);
    const { coe, nsx_node_agent, ...rest } = again.settings;
    expect(rest).toEqual({ ...read.settings, coe: undefined, nsx_node_agent: undefined, ...rest });
    expect(coe).toEqual({ node_type: NodeType.HOSTVM, ...read.settings.coe });
    expect(nsx_node_agent).toEqual({ ovs_bridge: 'br-int', ...read.settings.nsx_node_agent });
  });

  test('a file that cannot be read is a problem naming it', () => {
    expect(readNcpIniFile('/nonexistent/ncp.ini').problems.map(String)).toEqual([
      'ncp.ini: cannot be read (ENOENT) (got "/nonexistent/ncp.ini")\n    allowed: a regular UTF-8 text file of at most 1048576 bytes\n    fix: correct the path, or save the ncp.ini there as UTF-8'.replace(
        'ncp.ini: cannot',
        '/nonexistent/ncp.ini: cannot',
      ),
    ]);
  });
});

describe('reading refuses what NCP would read differently or not at all', () => {
  test('an indented line is a continuation line and is refused', () => {
    expect(problemsOf('[coe]\ncluster = c1\n  more\n')).toEqual([
      'ncp.ini line 3: is indented, so NCP reads it as a continuation of the value above (got "  more")\n    allowed: every line flush left; one value per line\n    fix: remove the indentation, or join the value onto its key line',
    ]);
  });

  test('a key set twice, a key before any section, a line without "=" and a broken header', () => {
    expect(problemsOf('cluster = c0\n[coe]\ncluster = c1\ncluster = c2\njust words\n[k8s\n')).toEqual([
      expect.stringContaining('ncp.ini line 1: comes before any [section] (got "cluster = c0")'),
      expect.stringContaining('ncp.ini line 4: sets [coe] cluster again (first on line 3) (got "cluster = c2")'),
      expect.stringContaining('ncp.ini line 5: is not a key = value line (got "just words")'),
      expect.stringContaining('ncp.ini line 6: is not a section header (got "[k8s")'),
    ]);
  });

  test('an unknown key names the nearest key and the extra escape hatch', () => {
    expect(problemsOf('[k8s]\napiserver_hostip = 192.0.2.1\n', NcpVersion.V2_4)).toEqual([
      'ncp.ini [k8s] apiserver_hostip (line 2): is not a known key of [k8s]; did you mean "apiserver_host_ip"? (got "192.0.2.1")\n    allowed: one of apiserver_host_ip, apiserver_host_port, ca_file, client_token_file, client_cert_file, client_private_key_file, loglevel, enable_lb_crd\n    fix: correct the key\'s name; for a key of a newer NCP that this model does not know yet, set extra.k8s.apiserver_hostip',
      expect.stringContaining('ncp.ini [coe] cluster: is required'),
    ]);
  });

  test('an unknown section is an error; NCP-only sections are skipped', () => {
    const read = parseNcpIni('[nsx_kubeproxy]\novs_uplink_port = ens192\n[nsx_v3]\nnsx_api_managers = 192.0.2.5\n');
    expect(read.problems.map(String)).toEqual([
      'ncp.ini line 1 [nsx_kubeproxy]: is not a section the node agent reads; did you mean "nsx_kube_proxy"? (not set)\n    allowed: one of DEFAULT, coe, k8s, nsx_node_agent, nsx_kube_proxy (NCP\'s ha, nsx_v3, vc are skipped)\n    fix: correct the section name, or remove the section',
    ]);
    expect(read.skippedSections).toEqual(['nsx_v3']);
  });

  test('ovs_uplink_port in [nsx_kube_proxy] for 2.5 says it belongs in [nsx_node_agent]', () => {
    expect(problemsOf('[coe]\ncluster = c1\n[nsx_kube_proxy]\novs_uplink_port = ens192\n', NcpVersion.V2_5)).toEqual([
      'ncp.ini [nsx_kube_proxy] ovs_uplink_port (line 4): is read from [nsx_kube_proxy] only in NCP 2.3–2.4; NCP 2.5 reads it from [nsx_node_agent] (got "ens192")\n    allowed: [nsx_node_agent] ovs_uplink_port for NCP 2.5\n    fix: move it to [nsx_node_agent] ovs_uplink_port',
    ]);
  });

  test('ovs_uplink_port in [nsx_node_agent] for 2.4 says it belongs in [nsx_kube_proxy]', () => {
    expect(problemsOf('[coe]\ncluster = c1\n[nsx_node_agent]\novs_uplink_port = ens192\n', NcpVersion.V2_4)).toEqual([
      'ncp.ini [nsx_node_agent] ovs_uplink_port (line 4): is read from [nsx_node_agent] only in NCP 2.5+; NCP 2.3/2.4 reads it from [nsx_kube_proxy] (got "ens192")\n    allowed: [nsx_kube_proxy] ovs_uplink_port for NCP 2.3/2.4\n    fix: move it to [nsx_kube_proxy] ovs_uplink_port',
    ]);
  });

  test('without a version, keys of any release are accepted and the rules are left to the construct', () => {
    const read = parseNcpIni('[nsx_node_agent]\nmtu = 9000\n[nsx_kube_proxy]\novs_uplink_port = ens192\n');
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({ nsx_node_agent: { mtu: 9000 }, nsx_kube_proxy: { ovs_uplink_port: 'ens192' } });
  });

  test('values that are not of the option type', () => {
    expect(problemsOf('[coe]\ncluster = c1\nadaptor = rancher\n[k8s]\napiserver_host_port = https\n', NcpVersion.V2_4)).toEqual([
      'ncp.ini [coe] adaptor (line 3): is not one of kubernetes, openshift, pcf, openshift4 (got "rancher")\n    allowed: one of kubernetes, openshift, pcf\n    fix: write one of kubernetes, openshift, pcf, or remove the line for NCP\'s default',
      expect.stringContaining('ncp.ini [k8s] apiserver_host_port (line 5): is not an integer from 1 to 65535 (got "https")'),
    ]);
  });

  test('a choice of a later release: node_type CLOUD for 2.4', () => {
    expect(problemsOf('[coe]\ncluster = c1\nnode_type = CLOUD\n', NcpVersion.V2_4)).toEqual([
      'ncp.ini [coe] node_type (line 3): is a choice only from NCP 2.5, not in NCP 2.3/2.4 (got "CLOUD")\n    allowed: one of HOSTVM, BAREMETAL\n    fix: write one of HOSTVM, BAREMETAL, or remove the line for NCP\'s default',
    ]);
  });

  test('node_type CLOUD is valid NCP from 2.5, not before', () => {
    expect(parseNcpIni('[coe]\ncluster = c1\nnode_type = CLOUD\n', { version: NcpVersion.V2_5 }).settings.coe).toEqual({
      cluster: 'c1',
      node_type: 'CLOUD',
    });
    expect(problemsOf('[coe]\ncluster = c1\nnode_type = CLOUD\n', NcpVersion.V2_4)).toEqual([
      expect.stringContaining('ncp.ini [coe] node_type (line 3): is a choice only from NCP 2.5, not in NCP 2.3/2.4'),
    ]);
  });

  test('a value the file may hold but the construct cannot write back safely', () => {
    expect(problemsOf('[coe]\ncluster = a=b\n')).toEqual([
      expect.stringContaining('ncp.ini [coe] cluster (line 2): contains a character'),
    ]);
  });

  test('the rules run when a version is given: bare metal with an uplink port', () => {
    expect(
      problemsOf('[coe]\ncluster = c1\nnode_type = BAREMETAL\n[nsx_kube_proxy]\novs_uplink_port = ens192\n', NcpVersion.V2_4),
    ).toEqual([
      'ncp.ini [nsx_kube_proxy] ovs_uplink_port: is set on a bare-metal node, whose uplink NSX manages (got "ens192")\n    allowed: no uplink port on BAREMETAL\n    fix: remove ovs_uplink_port, or use nodeType HOSTVM for VM nodes',
    ]);
  });
});
