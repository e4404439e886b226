// Writes API.md, the API reference of the jsii library: jsii compiles src/index.ts into the assembly .jsii, and
// jsii-docgen renders it as TypeScript sees it (build/jsii-dist/API.<language>.md has the other languages, from
// .ci/jsii.sh). Refuses to write it while a struct property lacks a doc comment or, unless required, a @default.
// `npm run api -- --check` writes nothing and fails when API.md is not what it would write.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const API_MD = join(ROOT, 'API.md');

const HEADER = `<!-- Generated from the doc comments of src/ by \`npm run api\` (jsii and jsii-docgen); do not edit. -->

The exports of \`nsx-node-agent-cdk8s\`, for TypeScript; Python, Java, .NET and Go see the same API in their own
names. The [README](README.md) is the guide: start there. The keys of \`ncpIni\`, with their types, NCP defaults and
releases, are listed in [docs/ncp-ini.md](docs/ncp-ini.md#every-key).

`;

interface Assembly {
  readonly types: Readonly<
    Record<
      string,
      {
        readonly kind: string;
        readonly datatype?: boolean;
        readonly properties?: readonly {
          readonly name: string;
          readonly optional?: boolean;
          readonly docs?: { readonly summary?: string; readonly default?: string };
        }[];
      }
    >
  >;
}

/** Each struct property without a summary, and each optional one without @default. */
function undocumented(assembly: Assembly): string[] {
  return Object.entries(assembly.types)
    .filter(([, type]) => type.kind === 'interface' && type.datatype)
    .flatMap(([fqn, type]) =>
      (type.properties ?? []).flatMap((property) => {
        const where = `${fqn.split('.').at(-1)}.${property.name}`;
        return [
          ...(property.docs?.summary ? [] : [`${where}: no doc comment`]),
          ...(property.optional && property.docs?.default === undefined ? [`${where}: no @default`] : []),
        ];
      }),
    );
}

async function generate(): Promise<string> {
  const jsii = spawnSync('npm', ['run', '--silent', 'jsii'], { cwd: ROOT, encoding: 'utf8' });
  if (jsii.status !== 0) {
    throw new Error(`jsii failed:\n${jsii.stdout}${jsii.stderr}`);
  }
  const missing = undocumented(JSON.parse(readFileSync(join(ROOT, '.jsii'), 'utf8')) as Assembly);
  if (missing.length > 0) {
    throw new Error(`every option needs a doc comment and, unless required, a @default:\n  ${missing.join('\n  ')}`);
  }
  const { Documentation, Language } = await import('jsii-docgen');
  const docs = await Documentation.forProject(ROOT);
  const markdown = await docs.toMarkdown({ language: Language.TYPESCRIPT, readme: false });
  return `${HEADER}${markdown.render().trim()}\n`;
}

generate().then(
  (text) => {
    if (!process.argv.includes('--check')) {
      writeFileSync(API_MD, text);
    } else if (readFileSync(API_MD, 'utf8') !== text) {
      process.stderr.write('API.md is not current: run `npm run api` and commit API.md\n');
      process.exitCode = 1;
    }
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
