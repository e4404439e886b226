import { parse } from 'ini';
import { renderNcpIni } from '../../src/ncp-ini/render';

describe('renderNcpIni', () => {
  const text = renderNcpIni({
    coe: { cluster: 'c1', node_type: 'BAREMETAL', adaptor: 'openshift' },
    k8s: { apiserver_host_ip: '192.0.2.10', apiserver_host_port: 6443 },
    nsx_node_agent: { ovs_bridge: 'nsx-managed' },
  });

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
});
