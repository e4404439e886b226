import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { agentReadNcpIni } from '../../src/agent/config-checksum';
import { renderNcpIni } from '../../src/ncp-ini/render';
import { configMapOf, daemonSetOf, synthAgent } from '../support';
import { ROOT } from './support';

const CHECKSUM = 'checksum/ncp.ini';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const checksumOf = (objects: any[]) => daemonSetOf(objects).spec.template.metadata.annotations[CHECKSUM];
const iniOf = (objects: any[]): string => configMapOf(objects).data['ncp.ini'];
const cluster = { cluster: 'k8s-cluster-1' };

describe('checksum/ncp.ini covers what the agent containers read', () => {
  test("dist/'s checksum is the sha256 of its whole ncp.ini, as before", () => {
    const objects = parseAllDocuments(readFileSync(join(ROOT, 'dist', 'nsx-node-agent.k8s.yaml'), 'utf8')).map((d) => d.toJS());
    expect(checksumOf(objects)).toBe('cc325e165e12088142c540bd41181b5008e252af82f5491ca505a5d49624cbfe');
    expect(checksumOf(objects)).toBe(sha256(iniOf(objects)));
  });

  test('without NCP-only sections, the checksum is the sha256 of the whole file, extra keys of agent sections included', () => {
    const objects = synthAgent({ ncpIni: { coe: cluster, extra: { nsx_kube_proxy: { new_option: 'x' } } } });
    expect(checksumOf(objects)).toBe(sha256(iniOf(objects)));
  });

  test("NCP's own sections in ncpIni.extra are written to the file, after the agent's sections", () => {
    const ini = iniOf(
      synthAgent({ ncpIni: { coe: cluster, extra: { nsx_v3: { nsx_api_managers: '192.0.2.5' }, ha: { master_timeout: 18 } } } }),
    );
    expect(ini).toMatch(
      /\[coe\]\nadaptor = openshift\ncluster = k8s-cluster-1\n[\s\S]*\novs_bridge = br-int\n\n\[ha\]\nmaster_timeout = 18\n\n\[nsx_v3\]\nnsx_api_managers = 192.0.2.5\n$/,
    );
  });

  test('changing a key only NCP reads changes the ConfigMap but not the checksum, so the pods do not roll', () => {
    const without = synthAgent({ ncpIni: { coe: cluster } });
    const one = synthAgent({ ncpIni: { coe: cluster, extra: { nsx_v3: { nsx_api_managers: '192.0.2.5' } } } });
    const other = synthAgent({
      ncpIni: { coe: cluster, extra: { nsx_v3: { nsx_api_managers: '192.0.2.6' }, ha: { master_timeout: 18 } } },
    });
    expect(iniOf(one)).not.toBe(iniOf(other));
    expect(checksumOf(one)).toBe(checksumOf(other));
    expect(checksumOf(one)).toBe(checksumOf(without));
    expect(checksumOf(one)).toBe(sha256(iniOf(without)));
  });

  test('changing a key an agent container reads changes the checksum', () => {
    const extra = { nsx_v3: { nsx_api_managers: '192.0.2.5' } };
    const before = synthAgent({ ncpIni: { coe: cluster, extra } });
    expect(checksumOf(synthAgent({ ncpIni: { coe: cluster, k8s: { apiserverHostIp: '192.0.2.10' }, extra } }))).not.toBe(
      checksumOf(before),
    );
    expect(checksumOf(synthAgent({ ncpIni: { coe: { cluster: 'k8s-cluster-2' }, extra } }))).not.toBe(checksumOf(before));
    expect(
      checksumOf(synthAgent({ ncpIni: { coe: cluster, extra: { ...extra, nsx_node_agent: { new_option: 'on' } } } })),
    ).not.toBe(checksumOf(before));
  });

  test('the agent-read text is the rendered file without the NCP-only sections', () => {
    const agent = { coe: cluster, k8s: { apiserver_host_port: 6443 } };
    const withVc = { ...agent, extra: { vc: { vc_endpoint: 'vc.example.com' }, k8s: { new_option: 'x' } } };
    expect(renderNcpIni(withVc)).toContain('[vc]\nvc_endpoint = vc.example.com\n');
    expect(agentReadNcpIni(withVc, renderNcpIni(withVc))).toBe(renderNcpIni({ ...agent, extra: { k8s: { new_option: 'x' } } }));
    expect(agentReadNcpIni(agent, 'the whole file')).toBe('the whole file');
  });

  test('NCP-only keys are still checked for safety, and other unknown sections refused', () => {
    expect(() => synthAgent({ ncpIni: { coe: cluster, extra: { nsx_v3: { 'Bad-Key': 'x' } } } })).toThrow(
      /ncpIni\.extra\.nsx_v3\.Bad-Key: is not an ncp.ini key name/,
    );
    expect(() => synthAgent({ ncpIni: { coe: cluster, extra: { nsx_v4: { a: 'x' } } } } as never)).toThrow(
      /ncpIni\.extra\.nsx_v4: is not an ncp.ini section the node agent reads/,
    );
  });
});
