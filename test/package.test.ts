import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Runs a command; fails the test with its output when it does not succeed. */
function run(command: string, args: string[], options: SpawnSyncOptions): string {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return String(result.stdout);
}

/**
 * The package as npm publishes it, installed into a new cdk8s app outside the repository from the tarball, using the
 * npm cache first (`--prefer-offline`: after `npm ci` it holds the tarballs but not the package lists): the app of examples/compose-into-app, type-checked against the shipped .d.ts
 * files and synthesized by `cdk8s synth`.
 */
describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'nsx-package-'));
  const app = join(work, 'app');
  let files: string[] = [];

  beforeAll(() => {
    // prepack's own output (jsii prints a summary) comes before npm's JSON on stdout.
    const out = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT });
    const [packed] = JSON.parse(out.slice(out.search(/^\[/m)));
    files = packed.files.map((f: { path: string }) => f.path);
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'platform-app',
        private: true,
        dependencies: {
          [own.name]: `file:${join(work, packed.filename)}`,
          cdk8s: own.devDependencies.cdk8s,
          'cdk8s-plus-28': own.devDependencies['cdk8s-plus-28'],
          constructs: own.devDependencies.constructs,
        },
      }),
    );
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app });
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('ships the compiled library, its declarations, the command and the documents (the README links docs/); no sources or tests', () => {
    for (const file of ['lib/src/index.js', 'lib/src/index.d.ts', 'lib/imports/k8s.js', 'lib/imports/k8s.d.ts']) {
      expect(files).toContain(file);
    }
    for (const file of [
      'bin/nsx-node-agent.cjs',
      'lib/src/cli/main.js',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'API.md',
      'docs/options.md',
    ]) {
      expect(files).toContain(file);
    }
    expect(
      files.filter(
        (f) =>
          !/^(lib\/.*\.(js|d\.ts)|bin\/.*|[A-Z]+\.md|docs\/[a-z-]+\.md|LICENSE|package\.json|\.jsii|node_modules\/(ini|yaml)\/.*)$/.test(
            f,
          ),
      ),
    ).toEqual([]);
    expect(files).not.toContain('lib/src/app/main.js');
  });

  test('bundles its runtime dependencies that are not jsii libraries (ini, yaml), as a jsii library must', () => {
    expect(own.bundledDependencies).toEqual(Object.keys(own.dependencies));
    for (const dep of own.bundledDependencies) {
      expect(files).toContain(`node_modules/${dep}/package.json`);
    }
  });

  // `npm run build` compiles with tsc until jsii accepts src/index.ts (`npm run jsii`, .ci/jsii.sh); then build runs
  // jsii, which writes lib/ and the assembly, and this test runs.
  (/(^|&&\s*)(npm run )?jsii\b/.test(own.scripts.build) ? test : test.skip)(
    'carries the jsii assembly .jsii, for the Python, Java, .NET and Go bindings',
    () => {
      expect(files).toContain('.jsii');
      const assembly = JSON.parse(readFileSync(join(app, 'node_modules', own.name, '.jsii'), 'utf8'));
      expect(assembly).toMatchObject({ schema: 'jsii/0.10.0', name: own.name, version: own.version });
      expect(Object.keys(assembly.targets).sort()).toEqual(['dotnet', 'go', 'java', 'js', 'python']);
      expect(assembly.types[`${own.name}.NsxNodeAgent`]).toMatchObject({ kind: 'class' });
    },
  );

  test('a cdk8s app of its own composes NsxNodeAgent next to another chart: tsc type-checks it, cdk8s synth writes both', () => {
    for (const file of ['charts.ts', 'main.ts']) {
      copyFileSync(join(ROOT, 'examples', 'compose-into-app', file), join(app, file));
    }
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          outDir: 'build',
          types: [],
        },
        include: ['*.ts'],
      }),
    );
    writeFileSync(join(app, 'cdk8s.yaml'), 'language: typescript\napp: node build/main.js\noutput: dist\n');
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: app });
    run(join(BIN, 'cdk8s'), ['synth', '--check-upgrade=false'], { cwd: app });

    const manifest = (name: string) => parseAllDocuments(readFileSync(join(app, 'dist', name), 'utf8')).map((d) => d.toJS());
    expect(manifest('platform-settings.k8s.yaml').map((o) => o.kind)).toEqual(['ConfigMap']);
    const network = manifest('network.k8s.yaml');
    expect(network.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(
      expect.arrayContaining([
        'ConfigMap/nsx-node-agent-config',
        'DaemonSet/nsx-node-agent',
        'ServiceAccount/nsx-node-agent-svc-account',
      ]),
    );
    const daemonSet = network.find((o) => o.kind === 'DaemonSet');
    expect(daemonSet.spec.template.spec.containers.map((c: any) => c.name)).toEqual([
      'nsx-node-agent',
      'nsx-kube-proxy',
      'nsx-ovs',
    ]);
  });

  test('a type error against the shipped declarations fails tsc', () => {
    writeFileSync(
      join(app, 'wrong.ts'),
      "import { NsxNodeAgent } from 'nsx-node-agent-cdk8s';\nexport const f = (c: any) => new NsxNodeAgent(c, 'a', { imag: 'x' });\n",
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--noEmit'], {
      cwd: app,
      encoding: 'utf8',
    });
    rmSync(join(app, 'wrong.ts'));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("'imag' does not exist in type 'NsxNodeAgentProps'");
  });

  test('the installed nsx-node-agent command imports a vendor file, and synthesizes the values it wrote', () => {
    const nsx = join(app, 'node_modules', '.bin', 'nsx-node-agent');
    const fixture = join(ROOT, 'test', 'fixtures', 'vendor', 'v23-baremetal.yml');
    run(nsx, ['import', fixture, '-o', 'values.yaml'], { cwd: app });
    expect(parse(readFileSync(join(app, 'values.yaml'), 'utf8'))).toMatchObject({ nodeType: 'BAREMETAL' });
    run(nsx, ['synth', 'values.yaml'], { cwd: app, env: { ...process.env, CDK8S_OUTDIR: 'imported' } });
    expect(readFileSync(join(app, 'imported', 'nsx-node-agent.k8s.yaml'), 'utf8')).toContain('node_type = BAREMETAL');
  });
});
