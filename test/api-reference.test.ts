import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePath } from '../src/agent/options/ncp-ini-names';
import { OPTION_NAMES } from '../src/app/values';

const ROOT = join(__dirname, '..');
const api = readFileSync(join(ROOT, 'API.md'), 'utf8');

/** The section of one property of `type` in API.md: from its heading to the next rule. */
function property(type: string, name: string): string | undefined {
  const start = api.indexOf(`id="nsx-node-agent-cdk8s.${type}.property.${name}"></a>\n`);
  return start < 0 ? undefined : api.slice(start, api.indexOf('\n---\n', start));
}

/** The properties of `type`, in the order API.md documents them. */
function properties(type: string): string[] {
  const pattern = new RegExp(`id="nsx-node-agent-cdk8s\\.${type}\\.property\\.([A-Za-z0-9]+)"></a>\\n`, 'g');
  return [...api.matchAll(pattern)].map((match) => match[1]);
}

// `npm run api -- --check` (CI) compares API.md with what jsii-docgen writes now; these pin what it must hold.
describe('API.md, the API reference of the jsii library', () => {
  test('documents every construct option, in the values file too, with its doc and default', () => {
    expect(properties('NsxNodeAgentProps').sort()).toEqual(OPTION_NAMES.map(codePath).sort());
    for (const name of properties('NsxNodeAgentProps')) {
      expect(property('NsxNodeAgentProps', name)).toMatch(name === 'image' ? /The NCP image you loaded/ : /- \*Default:\* /);
    }
  });

  test('documents the nested options with defaults', () => {
    expect(properties('ContainerOptions').sort()).toEqual(['env', 'livenessProbe', 'removeLivenessProbe', 'resources']);
    expect(property('ProbeTiming', 'initialDelaySeconds')).toContain("- *Default:* the vendor's value for the NCP version");
    expect(property('Toleration', 'tolerationOperator')).toContain('- *Default:* TolerationOperator.EQUAL');
  });

  test('shows the ncp.ini name of every ncpIni property', () => {
    expect(property('NcpIniK8s', 'apiserverHostIp')).toContain('`apiserver_host_ip`:');
    expect(property('NcpIniNsxNodeAgent', 'ovsUplinkPort')).toContain('`ovs_uplink_port`:');
  });

  test('links the ncp.ini keys, which are listed once, in docs/ncp-ini.md', () => {
    expect(api).toContain('[docs/ncp-ini.md](docs/ncp-ini.md#every-key)');
  });

  test('documents the construct, the ncp.ini reader and the importer', () => {
    for (const heading of ['### NsxNodeAgent <a', '### NcpIni <a', '### VendorManifest <a', '### VendorImport <a']) {
      expect(api).toContain(heading);
    }
  });
});
