import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ncpIniOptionsTable, withOptionsTable } from '../../src/ncp-ini/docs';
import { optionsOf, SECTION_NAMES } from '../../src/ncp-ini/schema';

describe('the README table of ncp.ini options', () => {
  test('is what `npm run docs` generates from the model now', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toBe(withOptionsTable(readme));
  });

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

  test('a README without the markers is an error that names them', () => {
    expect(() => withOptionsTable('# no table\n')).toThrow('README.md needs the lines <!-- ncp-ini options');
  });
});
