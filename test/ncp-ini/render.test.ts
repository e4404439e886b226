import { parse } from 'ini';
import { NcpVersion } from '../../src';
import { renderNcpIni, withPresets } from '../../src/ncp-ini/render';

describe('renderNcpIni', () => {
  const text = renderNcpIni(
    withPresets(
      {
        coe: { cluster: 'c1', node_type: 'BAREMETAL', adaptor: 'openshift' },
        k8s: { apiserver_host_ip: '192.0.2.10', apiserver_host_port: 6443 },
        nsx_node_agent: { ovs_bridge: 'nsx-managed' },
      },
      NcpVersion.V2_4,
    ),
  );

  test('parses back to the intended values, with the vendor presets filled in', () => {
    expect(parse(text)).toEqual({
      coe: { adaptor: 'openshift', cluster: 'c1', nsxlib_loglevel: 'INFO', node_type: 'BAREMETAL' },
      k8s: {
        apiserver_host_ip: '192.0.2.10',
        apiserver_host_port: '6443',
        ca_file: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
        client_token_file: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      },
      nsx_node_agent: { ovs_bridge: 'nsx-managed' },
    });
  });

  test('writes every line flush left, as key = value, sections in schema order', () => {
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines.every((line) => /^(\[[A-Za-z0-9_]+\]|[a-z0-9_]+ = \S+)$/.test(line))).toBe(true);
    expect(lines.filter((line) => line.startsWith('['))).toEqual(['[coe]', '[k8s]', '[nsx_node_agent]']);
  });

  test('leaves out sections with nothing set', () => {
    expect(text).not.toContain('[DEFAULT]');
    expect(text).not.toContain('[nsx_kube_proxy]');
  });

  test('from 2.5 the vendor file no longer sets nsxlib_loglevel; ca_file and client_token_file stay', () => {
    expect(withPresets({}, NcpVersion.V2_5)).toEqual({
      k8s: {
        ca_file: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
        client_token_file: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      },
    });
  });

  test('lists are written comma-separated, booleans as Python spells them, extra keys after the typed ones', () => {
    const lines = renderNcpIni({
      nsx_node_agent: { sriov_vf_types: ['8086:154c', '10ed'], enable_ipv6: true, is_dhcp_configured_on_ovs_uplink_port: false },
      extra: { nsx_node_agent: { future_option: true, future_count: 3 } },
    }).split('\n');
    expect(lines.slice(1, 7)).toEqual([
      '[nsx_node_agent]',
      'enable_ipv6 = True',
      'is_dhcp_configured_on_ovs_uplink_port = False',
      'sriov_vf_types = 8086:154c,10ed',
      'future_option = True',
      'future_count = 3',
    ]);
  });
});
