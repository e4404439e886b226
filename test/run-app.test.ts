import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const NAME = `run-app-test-${process.pid}`;
const DIR = join(ROOT, 'build', NAME);
const ENTRY = join(DIR, 'entry.ts');
const BUNDLES = join(ROOT, 'build', 'app');
const bundle = () => join(BUNDLES, `build-${NAME}-entry.cjs`);

function run() {
  const result = spawnSync(process.execPath, ['scripts/run-app.cjs', ENTRY], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout;
}

function writeEntry(word: string) {
  writeFileSync(ENTRY, `import { greeting } from './greeting';\nprocess.stdout.write(greeting + ${JSON.stringify(word)});\n`);
}

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'greeting.ts'), "export const greeting: string = 'hello ';\n");
});

afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  for (const file of readdirSync(BUNDLES).filter((f) => f.startsWith(`build-${NAME}-`))) {
    rmSync(join(BUNDLES, file));
  }
});

describe('scripts/run-app.cjs, the runner in cdk8s.yaml', () => {
  test('runs a TypeScript entry with its imports, and keeps the bundle while no input changes', () => {
    writeEntry('one');
    expect(run()).toBe('hello one');
    const built = statSync(bundle()).mtimeMs;
    expect(run()).toBe('hello one');
    expect(statSync(bundle()).mtimeMs).toBe(built);
  });

  test('rebuilds when the entry or a file it imports changes', () => {
    writeEntry('two');
    expect(run()).toBe('hello two');
    writeFileSync(join(DIR, 'greeting.ts'), "export const greeting: string = 'hi ';\n");
    expect(run()).toBe('hi two');
  });

  test('keeps a V8 code cache next to the bundle', () => {
    writeEntry('three');
    run();
    expect(statSync(bundle().replace(/\.cjs$/, '.v8cache')).size).toBeGreaterThan(0);
  });
});
