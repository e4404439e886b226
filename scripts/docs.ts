// Writes the generated reference pages: docs/options.md from the doc comments of the construct's props, and the
// ncp.ini keys table inside docs/ncp-ini.md from the model in src/ncp-ini, and the release-line table inside
// docs/releases.md from src/releases (each between its markers).
// `npm run docs -- --check` writes nothing and fails when a page is not what it would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The only places that name files under src/: repoint these when the sources move.
import { withOptionsTable } from './ncp-ini-table';
import { propsReference } from './props-doc';
import { withReleaseLinesTable } from './releases-table';

const PROPS_FILE = join('src', 'agent', 'props.ts');
const PROPS_INTERFACE = 'NsxNodeAgentProps';

const ROOT = join(__dirname, '..');

const OPTIONS_HEADER = `# Options

<!-- Generated from the doc comments of ${PROPS_FILE.replaceAll('\\', '/')} by \`npm run docs\`; do not edit. -->

Every option of the \`NsxNodeAgent\` construct, with its type, its default and its doc comment, then the types those
options use. The options are also the keys of a values file ([README](../README.md#the-values-file)), which adds
two keys of its own: \`agents\` ([README](../README.md#several-agents-in-one-file)) and \`ncpIniFile\`
([ncp.ini](ncp-ini.md#reading-an-existing-ncpini-ncpinifile)). The keys of \`ncpIni\` are listed in
[ncp-ini.md](ncp-ini.md#every-key); [deployment.md](deployment.md#scheduling-and-rollout) says which scheduling
options production clusters set. In a values file, an enum option takes the member's value (\`nodeType: BAREMETAL\`).
`;

/** A generated page: its path from the repository root and its text now. */
export interface GeneratedPage {
  readonly path: string;
  readonly text: string;
}

/** Every generated page, as `npm run docs` writes it now. */
export function generatedPages(): GeneratedPage[] {
  const options = propsReference({
    file: join(ROOT, PROPS_FILE),
    rootInterface: PROPS_INTERFACE,
    sourceRoot: join(ROOT, 'src'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    notes: { NcpIniSettings: 'The keys of each section are listed in [ncp-ini.md](ncp-ini.md#every-key).' },
  });
  const ncpIni = join('docs', 'ncp-ini.md');
  const releases = join('docs', 'releases.md');
  return [
    { path: join('docs', 'options.md'), text: `${OPTIONS_HEADER}\n${options}\n` },
    { path: ncpIni, text: withOptionsTable(readFileSync(join(ROOT, ncpIni), 'utf8')) },
    { path: releases, text: withReleaseLinesTable(readFileSync(join(ROOT, releases), 'utf8')) },
  ];
}

/** The pages whose file differs from what would be written. */
export function stalePages(): string[] {
  return generatedPages()
    .filter((page) => {
      try {
        return readFileSync(join(ROOT, page.path), 'utf8') !== page.text;
      } catch {
        return true;
      }
    })
    .map((page) => page.path);
}

if (require.main === module) {
  try {
    if (process.argv.includes('--check')) {
      const stale = stalePages();
      if (stale.length > 0) {
        process.stderr.write(`not current: ${stale.join(', ')}: run \`npm run docs\` and commit the result\n`);
        process.exitCode = 1;
      }
    } else {
      for (const page of generatedPages()) {
        writeFileSync(join(ROOT, page.path), page.text);
      }
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
