// Writes API.md, the API reference: every export of src/index.ts from its doc comments (typedoc with its markdown
// plugin), then a link to the ncp.ini keys, whose one table is docs/ncp-ini.md (`npm run docs`). Refuses to write it while an option lacks a doc comment or a @default.
// `npm run api -- --check` writes nothing and fails when API.md is not what it would write.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeclarationReflection, ProjectReflection } from 'typedoc';

const ROOT = join(__dirname, '..');
const API_MD = join(ROOT, 'API.md');

const HEADER = `# API reference

<!-- Generated from the doc comments of src/ by \`npm run api\`; do not edit. -->

The exports of \`nsx-node-agent-cdk8s\`. The [README](README.md) is the guide: start there. Options marked
**Default** say what happens when they are left unset.
`;

/** Where the keys of \`ncpIni\` are listed: the table exists once, there. */
const NCP_INI_KEYS = `## ncp.ini keys

The keys of \`ncpIni\`, by section, with their types, NCP defaults and releases: [docs/ncp-ini.md](docs/ncp-ini.md#every-key).
`;

/** Interfaces whose properties are options a user sets: the construct's props and what they reach, and *Options. */
function optionInterfaces(project: ProjectReflection, kinds: typeof import('typedoc').ReflectionKind): DeclarationReflection[] {
  const found = new Map<string, DeclarationReflection>();
  const visit = (reflection: DeclarationReflection | undefined) => {
    if (reflection === undefined || reflection.kind !== kinds.Interface || found.has(reflection.name)) {
      return;
    }
    found.set(reflection.name, reflection);
    for (const property of reflection.children ?? []) {
      const type = property.type?.type === 'array' ? property.type.elementType : property.type;
      if (type?.type === 'reference') {
        visit(project.getChildByName(type.name) as DeclarationReflection | undefined);
      }
    }
  };
  for (const reflection of project.getReflectionsByKind(kinds.Interface) as DeclarationReflection[]) {
    if (reflection.name === 'NsxNodeAgentProps' || reflection.name.endsWith('Options')) {
      visit(reflection);
    }
  }
  return [...found.values()];
}

/** Each option without a summary, and each optional one without @default. */
function undocumented(interfaces: DeclarationReflection[]): string[] {
  return interfaces.flatMap((reflection) =>
    (reflection.children ?? []).flatMap((property) => {
      const where = `${reflection.name}.${property.name}`;
      const comment = property.comment;
      const problems: string[] = [];
      if (comment === undefined || comment.summary.length === 0) {
        problems.push(`${where}: no doc comment`);
      }
      if (property.flags.isOptional && comment?.getTag('@default') === undefined) {
        problems.push(`${where}: no @default`);
      }
      return problems;
    }),
  );
}

async function generate(): Promise<string> {
  const typedoc = await import('typedoc');
  const out = mkdtempSync(join(tmpdir(), 'nsx-api-'));
  try {
    const app = await typedoc.Application.bootstrapWithPlugins({
      entryPoints: [join(ROOT, 'src', 'index.ts')],
      tsconfig: join(ROOT, 'tsconfig.build.json'),
      plugin: ['typedoc-plugin-markdown'],
      out,
      readme: 'none',
      disableSources: true,
      sort: ['source-order'],
      excludeExternals: true,
      excludePrivate: true,
      validation: { notExported: false },
      logLevel: 'Warn',
      // typedoc-plugin-markdown: one page, tables.
      router: 'module',
      hidePageHeader: true,
      hideBreadcrumbs: true,
      hidePageTitle: true,
      interfacePropertiesFormat: 'table',
      classPropertiesFormat: 'table',
      enumMembersFormat: 'table',
      parametersFormat: 'table',
      typeDeclarationFormat: 'table',
      useCodeBlocks: true,
    } as Partial<import('typedoc').TypeDocOptions>);
    const project = await app.convert();
    if (project === undefined) {
      throw new Error('typedoc could not read src/index.ts');
    }
    const missing = undocumented(optionInterfaces(project, typedoc.ReflectionKind));
    if (missing.length > 0) {
      throw new Error(`every option needs a doc comment and, unless required, a @default:\n  ${missing.join('\n  ')}`);
    }
    await app.generateOutputs(project);
    const reference = readFileSync(join(out, 'README.md'), 'utf8').trim();
    return `${HEADER}\n${reference}\n\n${NCP_INI_KEYS}`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
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
