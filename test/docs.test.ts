import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPages, stalePages } from '../scripts/docs';
import { ncpIniOptionsTable, withOptionsTable } from '../scripts/ncp-ini-table';
import { releaseLinesTable } from '../scripts/releases-table';
import { codePath } from '../src/agent/options/ncp-ini-names';
import { OPTION_NAMES } from '../src/app/values';
import { optionsOf, SECTION_NAMES } from '../src/ncp-ini/schema';

const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// `npm run docs -- --check` (CI) fails on the same condition; this names the stale page in `npm test` too.
describe('the generated reference pages', () => {
  const pages = generatedPages();

  test('are what `npm run docs` generates now', () => {
    expect(stalePages()).toEqual([]);
    expect(pages.map((page) => page.path.replaceAll('\\', '/'))).toEqual([
      'docs/options.md',
      'docs/ncp-ini.md',
      'docs/releases.md',
    ]);
  });

  test('docs/options.md lists every option the values file takes, each with its default or as required', () => {
    const options = read('docs/options.md');
    const props = options.slice(
      options.indexOf('## NsxNodeAgentProps'),
      options.indexOf('\n## ', options.indexOf('## NsxNodeAgentProps') + 1),
    );
    const rows = new Map(
      props
        .split('\n')
        .map((row) => [/^\| `([^`]+)` \|/.exec(row)?.[1], row] as const)
        .filter((entry): entry is [string, string] => entry[0] !== undefined),
    );
    expect([...rows.keys()].sort()).toEqual(OPTION_NAMES.map(codePath).sort());
    expect(rows.get('image')).toContain('| **required** |');
    expect(rows.get('namespaceName')).toContain("| `'nsx-system'` |");
    expect(rows.get('tolerations')).toContain('see [Toleration](#toleration)');
  });

  test('docs/options.md documents the nested option types and enums the props reach', () => {
    const options = read('docs/options.md');
    for (const type of ['ContainersOptions', 'ContainerOptions', 'ProbeTiming', 'Toleration', 'TolerationOperator', 'NodeType']) {
      expect(options).toContain(`\n## ${type}\n`);
    }
    expect(options).toContain(
      "| `initialDelaySeconds` | `number` | the vendor's value for the NCP version | Seconds after the container starts before the first check. |",
    );
    expect(options).toContain('| `TolerationOperator.EXISTS` | `"Exists"` |');
    // Types from elsewhere (the Kubernetes classes) are named, not copied.
    expect(options).not.toContain('## Affinity');
  });

  test('the ncp.ini table is in docs/ncp-ini.md once, and nowhere else', () => {
    const table = ncpIniOptionsTable();
    expect(read('docs/ncp-ini.md').split(table)).toHaveLength(2);
    for (const other of ['README.md', 'API.md', 'docs/options.md']) {
      expect(read(other)).not.toContain(table.split('\n')[0]);
    }
  });
});

describe('the table of ncp.ini options', () => {
  test('has one row per option, with type, default and releases', () => {
    // Cells are padded to align the columns; compare them unpadded.
    const rows = ncpIniOptionsTable()
      .split('\n')
      .slice(2)
      .map((row) => row.replace(/ +\|/g, ' |'));
    expect(rows).toHaveLength(SECTION_NAMES.reduce((n, section) => n + Object.keys(optionsOf(section)).length, 0));
    expect(rows).toContain(
      "| `nsx_kube_proxy` | `ovs_uplink_port` | name | — | 2.3–2.4 | HOSTVM only (2.3/2.4; [nsx_node_agent] from 2.5): OVS uplink port for NAT rules, the node's second vNIC, e.g. ens224; unset, OpenFlow port 1. |",
    );
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^\| `coe` \| `node_type` \(from `nodeType`\) \| `HOSTVM`, `BAREMETAL`, `CLOUD` \(2\.5\+\), `WCP_WORKER` \(2\.5\+\) \| `HOSTVM` \| 2\.3\+ \|/,
      ),
    );
    expect(rows).toContainEqual(expect.stringMatching(/^\| `coe` \| `nsxlib_loglevel` \| .* \| `INFO`, written up to 2\.4 \|/));
  });

  test('a page without the markers is an error that names them', () => {
    expect(() => withOptionsTable('# no table\n')).toThrow('docs/ncp-ini.md needs the lines <!-- ncp-ini options');
  });
});

describe('the release-line table of docs/releases.md', () => {
  test('has a column per line and reads the facts from src/releases', () => {
    const table = releaseLinesTable().split('\n');
    expect(table[0]).toBe('|  | `2.4` | `2.5.0` | `2.5` | `3.1` | `4.2` |');
    expect(table).toContain('| grace period | — | 120 s | — | 60 s | 60 s |');
    expect(table).toContain(
      '| `[coe] adaptor` on OpenShift | `openshift` | `openshift` | `openshift` | `openshift4` | `openshift4` |',
    );
  });
});

describe('docs/performance.md', () => {
  const prose = read('docs/performance.md').replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, '');

  test("says npm run synth runs the project's own command, as scripts/synth.cjs does", () => {
    expect(read('scripts/synth.cjs')).toContain("'synth', '--output'");
    expect(prose).toContain("`npm run synth` runs the project's own command, not the cdk8s CLI");
    expect(prose).toContain('`scripts/synth.cjs` starts\n`nsx-node-agent synth`');
    expect(prose).toMatch(/Measured \d{4}-\d{2}-\d{2} .*\n?.*`time npm run synth` took/);
  });

  test('does not advise calling the cdk8s CLI directly, which the README warns empties dist/', () => {
    expect(prose).not.toContain('call `node_modules/.bin/cdk8s synth` directly');
    expect(prose).not.toMatch(/Most of a synth is the cdk8s CLI/);
  });
});
