import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePath } from '../src/agent/options/ncp-ini-names';
import { OPTION_NAMES } from '../src/app/values';

const ROOT = join(__dirname, '..');
const api = readFileSync(join(ROOT, 'API.md'), 'utf8');

/** The rows of the properties table under `### <name>`, by property name. */
function propertyRows(name: string): Map<string, string> {
  const section = api.slice(api.indexOf(`\n### ${name}\n`) + 1);
  const table = section.slice(0, section.indexOf('\n***')).split('\n');
  return new Map(
    table
      .map((row) => [/^\| <a id="[^"]+"><\/a> `([^`?]+)\??`/.exec(row)?.[1], row] as const)
      .filter((entry): entry is [string, string] => entry[0] !== undefined),
  );
}

// `npm run api -- --check` (CI) compares API.md with what typedoc writes now; these pin what it must hold.
describe('API.md, the API reference', () => {
  test('lists every construct option, in the values file too, with its doc and default', () => {
    const rows = propertyRows('NsxNodeAgentProps');
    expect([...rows.keys()].sort()).toEqual(OPTION_NAMES.map(codePath).sort());
    for (const [option, row] of rows) {
      expect(row).toMatch(option === 'image' ? /\| The NCP image you loaded/ : /\*\*Default\*\* /);
    }
  });

  test('documents the nested options with defaults', () => {
    expect([...propertyRows('ContainerOptions').keys()]).toEqual(['resources', 'env', 'livenessProbe', 'removeLivenessProbe']);
    expect(propertyRows('ProbeTiming').get('initialDelaySeconds')).toContain(
      "Seconds after the container starts before the first check. **Default** `- the vendor's value for the NCP version`",
    );
    expect(propertyRows('Toleration').get('tolerationOperator')).toContain('**Default** `TolerationOperator.EQUAL`');
  });

  test('ends with a link to the ncp.ini keys, whose one table is docs/ncp-ini.md', () => {
    expect(api).toMatch(/\n## ncp\.ini keys\n\n[^\n]*\[docs\/ncp-ini\.md\]\(docs\/ncp-ini\.md#every-key\)\.\n$/);
    // The table's header row appears nowhere in API.md: it is not copied there.
    expect(api).not.toContain('| section ');
  });

  test('documents the import API and the classes', () => {
    for (const heading of ['### NsxNodeAgent\n', '### VendorManifest\n', '### VendorImport\n', '### NcpIni\n']) {
      expect(api).toContain(heading);
    }
  });
});
