import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED, ncpIniProps } from '../../../scripts/ncp-ini-props';
import { Adaptor, LogLevel, NcpIni, NodeType, UplinkDhcp, VendorManifest } from '../../../src';
import { camelKey, codePath, fileKey } from '../../../src/agent/options/ncp-ini-names';
import { optionOfKey } from '../../../src/agent/settings/ncp-ini-keys';
import { optionsOf, SECTION_NAMES } from '../../../src/ncp-ini/schema';
import { configMapOf, synthAgent } from '../../support';

const ROOT = join(__dirname, '..', '..', '..');

describe('ncpIni in code: camelCase structs generated from the ncp.ini model', () => {
  test('the generated file is what `npm run gen` writes from the model now', () => {
    expect(readFileSync(join(ROOT, GENERATED), 'utf8')).toBe(ncpIniProps());
  });

  test('every key of the model has one camelCase property, and back', () => {
    const generated = readFileSync(join(ROOT, GENERATED), 'utf8');
    for (const section of SECTION_NAMES) {
      for (const key of Object.keys(optionsOf(section))) {
        expect(fileKey(camelKey(key))).toBe(key);
        const declared = new RegExp(`^  readonly ${camelKey(key)}\\?:`, 'm').test(generated);
        // The keys the construct's own options write are not in the structs.
        expect(declared).toBe(optionOfKey(section, key) === undefined);
      }
    }
  });

  test("the API reference shows each property's ncp.ini name", () => {
    expect(readFileSync(join(ROOT, GENERATED), 'utf8')).toContain('   * `apiserver_host_ip`: ');
  });

  test('problems name the option as code wrote it', () => {
    expect(codePath('ncpIni.nsx_node_agent.ovs_uplink_port')).toBe('ncpIni.nsxNodeAgent.ovsUplinkPort');
    expect(codePath('ncpIni.DEFAULT')).toBe('ncpIni.defaults');
    expect(codePath('ncpIni.extra.nsx_node_agent.new_key')).toBe('ncpIni.extra.nsx_node_agent.new_key');
    expect(codePath('containers.nsx-kube-proxy.env.X')).toBe('containers.kubeProxy.env.X');
  });

  test('enums are written as ncp.ini spells their values', () => {
    const ini: string = configMapOf(
      synthAgent({
        ncpVersion: '3.1' as never,
        ncpIni: {
          coe: { cluster: 'c1', adaptor: Adaptor.OPENSHIFT4, loglevel: LogLevel.WARNING },
          nsxNodeAgent: { isDhcpConfiguredOnOvsUplinkPort: UplinkDhcp.FALSE },
        },
      }),
    ).data['ncp.ini'];
    expect(ini).toContain('adaptor = openshift4\n');
    expect(ini).toContain('loglevel = WARNING\n');
    expect(ini).toContain('is_dhcp_configured_on_ovs_uplink_port = False\n');
  });
});

describe('NcpIni.parse: an existing ncp.ini as the construct takes it', () => {
  test('camelCase sections and keys, enums by value, node type and bridge as options', () => {
    const read = NcpIni.parse(
      '[coe]\ncluster = c1\nadaptor = openshift\nnode_type = BAREMETAL\n[nsx_node_agent]\novs_bridge = nsx-managed\nis_dhcp_configured_on_ovs_uplink_port = True\n[k8s]\napiserver_host_port = 6443\n',
    );
    expect(read.problems).toEqual([]);
    expect(read.ncpIni).toEqual({
      coe: { cluster: 'c1', adaptor: Adaptor.OPENSHIFT },
      nsxNodeAgent: { isDhcpConfiguredOnOvsUplinkPort: UplinkDhcp.TRUE },
      k8s: { apiserverHostPort: 6443 },
    });
    expect(read.nodeType).toBe(NodeType.BAREMETAL);
    expect(read.ovsBridge).toBe('nsx-managed');
  });

  test('what it reads synthesizes through the construct', () => {
    const read = NcpIni.parse('[coe]\ncluster = c1\n[nsx_kube_proxy]\novs_uplink_port = ens224\n');
    const ini: string = configMapOf(synthAgent({ ncpIni: read.ncpIni })).data['ncp.ini'];
    expect(ini).toContain('[nsx_kube_proxy]\novs_uplink_port = ens224\n');
  });

  test('a problem names the line of the file', () => {
    expect(NcpIni.parse('[k8s]\napiserver_host_port = x\n', { source: 'shared.ini' }).problems.map(String)).toEqual([
      expect.stringContaining('shared.ini [k8s] apiserver_host_port (line 2): is not an integer'),
    ]);
  });
});

describe('VendorManifest.toValuesFile', () => {
  test('imports a vendor file into a values file, and refuses what is not one', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'vendor', 'v24-hostvm.yml'), 'utf8');
    const imported = VendorManifest.toValuesFile(text, { source: 'v24-hostvm.yml' });
    expect(imported.problems).toEqual([]);
    expect(imported.valuesFile).toContain('imported from v24-hostvm.yml');
    expect(imported.valuesFile).toMatch(/^image: /m);
    const refused = VendorManifest.toValuesFile('kind: Service\napiVersion: v1\nmetadata: { name: x }\n');
    expect(refused.valuesFile).toBe('');
    expect(refused.problems.map(String)).toEqual([expect.stringContaining('is not an nsx-node-agent manifest')]);
  });
});
