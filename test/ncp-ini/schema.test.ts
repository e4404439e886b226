import fc from 'fast-check';
import { stringify } from 'yaml';
import { NcpVersion, NodeType } from '../../src';
import { optionOfKey } from '../../src/agent/settings/ncp-ini-keys';
import { parseValues } from '../../src/app/values';
import { checkNcpIni } from '../../src/ncp-ini/check';
import { choicesIn, existsIn, type OptionSpec } from '../../src/ncp-ini/option-spec';
import { parseNcpIni } from '../../src/ncp-ini/parse';
import { renderNcpIni } from '../../src/ncp-ini/render';
import { optionsOf, SECTION_NAMES } from '../../src/ncp-ini/schema';
import { compareReleases } from '../../src/releases/release-lines';
import { optionValues } from './arbitraries';

const VERSIONS = Object.values(NcpVersion);
const OPTIONS = SECTION_NAMES.flatMap((section) =>
  Object.entries(optionsOf(section)).map(([key, spec]) => ({ section, key, spec })),
);
const TYPED = OPTIONS.filter(({ section, key }) => optionOfKey(section, key) === undefined);

/** Settings with `[coe] cluster` and the fewest other keys the rules ask for, plus `key` set to `value`. */
function settingsWith(section: string, key: string, value: unknown) {
  const pairs: Record<string, Record<string, unknown>> = { coe: { cluster: 'c1' } };
  if (key === 'client_cert_file' || key === 'client_private_key_file') {
    pairs.k8s = { client_cert_file: '/c', client_private_key_file: '/k' };
  }
  pairs[section] = { ...pairs[section], [key]: value };
  return pairs;
}

/** A value the option accepts that the rules between keys accept too. */
function sampleFor(spec: OptionSpec<unknown>, key: string, version: NcpVersion): unknown {
  if (key === 'proc_mount_path_prefix') {
    return '/host';
  }
  if (key === 'config_reuse_backoff_time') {
    return 10;
  }
  if (key === 'log_file' && version === NcpVersion.V4_2) {
    return undefined;
  }
  return fc.sample(optionValues(spec, version), { seed: 7, numRuns: 1 })[0];
}

describe('the model of the node-agent sections', () => {
  test.each(OPTIONS.map((o) => [`[${o.section}] ${o.key}`, o.spec] as const))('%s is documented', (_name, spec) => {
    expect(spec.doc).toMatch(/^[^\n|]{10,}\.$/);
    if (spec.since !== undefined && spec.until !== undefined) {
      expect(compareReleases(spec.until, spec.since)).toBeGreaterThanOrEqual(0);
    }
    if (spec.default !== undefined) {
      expect(spec.type.parse(spec.default)).toBeDefined();
    }
    if (spec.preset !== undefined) {
      expect(spec.type.reason(spec.preset)).toBeUndefined();
    }
    expect(VERSIONS.some((version) => existsIn(spec, version))).toBe(true);
  });

  test.each(TYPED.map((o) => [`[${o.section}] ${o.key}`, o] as const))(
    '%s is settable in code and in the values file, and round-trips in every release that reads it',
    (_name, { section, key, spec }) => {
      for (const version of VERSIONS.filter((v) => existsIn(spec, v))) {
        const value = sampleFor(spec, key, version);
        if (value === undefined) {
          continue;
        }
        const settings = settingsWith(section, key, value);
        expect(checkNcpIni(settings, { version, nodeType: NodeType.HOSTVM }, 'ncpIni')).toEqual([]);
        const values = parseValues(stringify({ image: 'registry.example.com/nsx-ncp:1', ncpIni: settings }));
        expect(values.problems).toEqual([]);
        expect(values.agents.map((agent) => agent.props.ncpIni)).toEqual([settings]);
        const read = parseNcpIni(renderNcpIni(settings), { version });
        expect(read.problems).toEqual([]);
        expect(read.settings).toEqual(settings);
      }
    },
  );
});

describe('the vendor manifests', () => {
  const agent = optionsOf('nsx_node_agent');
  const proxy = optionsOf('nsx_kube_proxy');

  test('ovs_uplink_port is in [nsx_kube_proxy] up to 2.4 and in [nsx_node_agent] from 2.5', () => {
    expect(VERSIONS.filter((v) => existsIn(proxy.ovs_uplink_port, v))).toEqual([NcpVersion.V2_4]);
    expect(VERSIONS.filter((v) => existsIn(agent.ovs_uplink_port, v))).toEqual([
      NcpVersion.V2_5_0,
      NcpVersion.V2_5,
      NcpVersion.V3_1,
      NcpVersion.V4_2,
    ]);
  });

  test('keys of 2.5.0 only exist in the 2.5.0 line; keys of 2.5.1+ from the 2.5 line', () => {
    const only250 = [agent.ovs_db_sock, optionsOf('DEFAULT').nsx_cli_path, optionsOf('k8s').enable_nsx_netif_crd];
    for (const spec of only250) {
      expect(VERSIONS.filter((v) => existsIn(spec, v))).toEqual([NcpVersion.V2_5_0]);
    }
    expect(VERSIONS.filter((v) => existsIn(optionsOf('k8s').enable_vnet_crd, v))).toEqual([
      NcpVersion.V2_5,
      NcpVersion.V3_1,
      NcpVersion.V4_2,
    ]);
    // A key of the whole 2.5 minor release (since 2.5) exists in both 2.5 lines.
    expect(existsIn({ since: '2.5', until: '3.1' }, NcpVersion.V2_5_0)).toBe(true);
    expect(existsIn({ since: '2.5', until: '2.5' }, NcpVersion.V2_5)).toBe(true);
    expect(existsIn({ since: '2.5' }, NcpVersion.V2_4)).toBe(false);
  });

  test('node_type: HOSTVM and BAREMETAL in 2.3/2.4; CLOUD and WCP_WORKER from 2.5', () => {
    const nodeType = optionsOf('coe').node_type;
    expect(choicesIn(nodeType, NcpVersion.V2_4)).toEqual(['HOSTVM', 'BAREMETAL']);
    expect(choicesIn(nodeType, NcpVersion.V2_5)).toEqual(['HOSTVM', 'BAREMETAL', 'CLOUD', 'WCP_WORKER']);
  });

  test('node_type and ovs_bridge are written by nodeType and ovsBridge; presets are the uncommented vendor lines', () => {
    expect(optionOfKey('coe', 'node_type')?.option).toBe('nodeType');
    expect(optionOfKey('nsx_node_agent', 'ovs_bridge')?.option).toBe('ovsBridge');
    expect(agent.ovs_bridge.type.reason('br-int-with-a-long-name')).toBeDefined();
    const presets = OPTIONS.filter(({ spec }) => spec.preset !== undefined).map(({ key, spec }) => [key, spec.preset]);
    expect(presets).toEqual([
      ['nsxlib_loglevel', 'INFO'],
      ['ca_file', '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt'],
      ['client_token_file', '/var/run/secrets/kubernetes.io/serviceaccount/token'],
    ]);
  });
});
