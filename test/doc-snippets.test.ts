import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'build', 'doc-snippets');

/** The pages whose ```ts blocks must compile as they stand. */
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

interface Snippet {
  readonly page: string;
  /** Line of the block's first code line in the page. */
  readonly line: number;
  readonly code: string;
}

function snippetsOf(page: string): Snippet[] {
  const markdown = readFileSync(join(ROOT, page), 'utf8');
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
    page,
    line: markdown.slice(0, match.index).split('\n').length + 1,
    code: match[1],
  }));
}

// Each block is a module of its own, type-checked with the project's compiler options; tsconfig.json maps the
// package name `nsx-node-agent-cdk8s` to src/, so the snippets are checked against the sources as they are now.
describe('TypeScript in the README and docs/', () => {
  const snippets = PAGES.flatMap(snippetsOf);

  test('the README has TypeScript to check', () => {
    expect(snippets.filter((snippet) => snippet.page === 'README.md').length).toBeGreaterThanOrEqual(2);
  });

  test('every ```ts block compiles against the sources', () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const files = new Map<string, Snippet>();
    for (const snippet of snippets) {
      const file = join(OUT, `${snippet.page.replace(/[/.]/g, '-')}-${snippet.line}.ts`);
      writeFileSync(file, snippet.code);
      files.set(file, snippet);
    }
    const tsconfig = join(ROOT, 'tsconfig.json');
    const config = ts.readConfigFile(tsconfig, ts.sys.readFile).config;
    const options = ts.parseJsonConfigFileContent(config, ts.sys, dirname(tsconfig)).options;
    const program = ts.createProgram([...files.keys()], { ...options, noEmit: true });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const snippet = files.get(diagnostic.file?.fileName ?? '') as Snippet;
        const { line } = ts.getLineAndCharacterOfPosition(diagnostic.file as ts.SourceFile, diagnostic.start ?? 0);
        return `${snippet.page}:${snippet.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(errors).toEqual([]);
    // Errors elsewhere (the sources) are `npm run typecheck`'s to report; here only that the check saw the snippets.
    expect(program.getSourceFiles().some((file) => relative(ROOT, file.fileName) === join('src', 'index.ts'))).toBe(true);
  }, 60_000);
});
