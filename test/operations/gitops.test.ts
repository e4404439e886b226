import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT } from './support';

const objectsOf = (yaml: string) => parseAllDocuments(yaml).map((d) => d.toJS());
const DIST = readFileSync(join(ROOT, 'dist', 'nsx-node-agent.k8s.yaml'), 'utf8');

/** A directory with an `nsx-node-agent` command that runs this checkout's sources, as the installed package does. */
function commandOnPath(): string {
  const bin = mkdtempSync(join(tmpdir(), 'nsx-gitops-bin-'));
  const shim = join(bin, 'nsx-node-agent');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'scripts', 'run-app.cjs')}" "${join(ROOT, 'src', 'cli', 'main.ts')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return bin;
}

const PATH = `${commandOnPath()}:${process.env.PATH}`;

describe('examples/argocd: the config management plugin', () => {
  const plugin = parse(readFileSync(join(ROOT, 'examples', 'argocd', 'plugin.yaml'), 'utf8'));
  const application = parse(readFileSync(join(ROOT, 'examples', 'argocd', 'application.yaml'), 'utf8'));

  /** Runs the plugin's generate command as the sidecar does: in the Application's source path, with its env. */
  function generate(env: Record<string, string>) {
    const [command, ...args] = [...plugin.spec.generate.command, ...plugin.spec.generate.args];
    const result = spawnSync(command, args, {
      cwd: join(ROOT, application.spec.source.path),
      encoding: 'utf8',
      env: { PATH, HOME: tmpdir(), ARGOCD_APP_NAME: application.metadata.name, ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  test('is a sidecar ConfigManagementPlugin that the example Application selects by <name>-<version>', () => {
    expect(plugin).toMatchObject({ apiVersion: 'argoproj.io/v1alpha1', kind: 'ConfigManagementPlugin' });
    expect(application).toMatchObject({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' });
    expect(application.spec.source.plugin.name).toBe(`${plugin.metadata.name}-${plugin.spec.version}`);
    expect(application.spec.source.plugin.env).toEqual([{ name: 'VALUES_FILE', value: 'values.yaml' }]);
  });

  test("generate, with the Application's VALUES_FILE as Argo CD passes it, prints the stream of dist/", () => {
    const { value } = application.spec.source.plugin.env[0];
    const result = generate({ ARGOCD_ENV_VALUES_FILE: value });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(DIST);
    expect(objectsOf(result.stdout)).toEqual(objectsOf(DIST));
  });

  test('generate without VALUES_FILE fails with the setting to add, and prints nothing to apply', () => {
    for (const env of [{}, { ARGOCD_ENV_VALUES_FILE: '' }] as Record<string, string>[]) {
      const result = generate(env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('nsx-node-agent plugin: VALUES_FILE is not set; set it in the Application:');
      expect(result.stderr).toContain('spec.source.plugin.env: [{name: VALUES_FILE');
    }
  });

  test('generate refuses an option in VALUES_FILE, and reports values with problems without printing objects', () => {
    const option = generate({ ARGOCD_ENV_VALUES_FILE: '-o' });
    expect(option.code).toBe(1);
    expect(option.stderr).toContain('VALUES_FILE must name a file, not an option (got "-o")');
    const missing = generate({ ARGOCD_ENV_VALUES_FILE: 'clusters/no-such-cluster.yaml' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('clusters/no-such-cluster.yaml');
  });
});

describe('the examples install the package from its npm pack tarball, never by name from the registry', () => {
  const examples = join(ROOT, 'examples');
  /** Every file of the examples that could run or show an install. */
  const files = ['argocd/Dockerfile', 'argocd/README.md', 'flux/README.md', 'flux/render.sh', 'flux/ci-render.sh'].map(
    (file) => [file, readFileSync(join(examples, file), 'utf8')] as const,
  );

  test.each(files)('%s does not install nsx-node-agent-cdk8s by name', (_file, text) => {
    expect(text).not.toMatch(/npm (install|i)\b[^\n]*(?<![\w./-])nsx-node-agent-cdk8s(?![\w.-])/);
  });

  test('the Argo CD image installs the tarball copied into its build context', () => {
    const dockerfile = readFileSync(join(examples, 'argocd', 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('COPY nsx-node-agent-cdk8s-*.tgz /tmp/');
    expect(dockerfile).toMatch(/RUN npm install --global \/tmp\/nsx-node-agent-cdk8s-\*\.tgz /);
    const readme = readFileSync(join(examples, 'argocd', 'README.md'), 'utf8');
    expect(readme).toContain('npm pack --pack-destination examples/argocd');
  });

  test('the Flux CI image installs the tarball', () => {
    const readme = readFileSync(join(examples, 'flux', 'README.md'), 'utf8');
    expect(readme).toContain('npm install --global ./nsx-node-agent-cdk8s-<version>.tgz cdk8s@2 constructs@10');
  });
});

describe('examples/argocd/README.md', () => {
  const readme = readFileSync(join(ROOT, 'examples', 'argocd', 'README.md'), 'utf8');
  const application = parse(readFileSync(join(ROOT, 'examples', 'argocd', 'application.yaml'), 'utf8'));

  test('shows the plugin settings of application.yaml, values file included', () => {
    const snippet = /```yaml\n(plugin:[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    expect(parse(snippet as string).plugin).toEqual(application.spec.source.plugin);
  });

  test('says the DaemonSet selector is immutable on every cluster, not only on OpenShift', () => {
    expect(readme).toContain('selector is immutable on every Kubernetes cluster');
    expect(readme).not.toMatch(/On OpenShift,\s+the DaemonSet selector is immutable/);
  });
});

describe('examples/flux: render in CI, commit, Flux applies the folder', () => {
  const flux = join(ROOT, 'examples', 'flux');

  test('render.sh renders every cluster in one run; the committed rendered/ is current, ocp-prod is dist/', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nsx-flux-')), 'rendered');
    const result = spawnSync(join(flux, 'render.sh'), [out], { encoding: 'utf8', env: { ...process.env, PATH } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const clusters = readdirSync(join(flux, 'clusters')).map((f) => f.replace(/\.yaml$/, ''));
    expect(readdirSync(out).sort()).toEqual(clusters.sort());
    for (const cluster of clusters) {
      expect(readFileSync(join(out, cluster, 'nsx-node-agent.k8s.yaml'), 'utf8')).toBe(
        readFileSync(join(flux, 'rendered', cluster, 'nsx-node-agent.k8s.yaml'), 'utf8'),
      );
    }
    expect(objectsOf(readFileSync(join(out, 'ocp-prod', 'nsx-node-agent.k8s.yaml'), 'utf8'))).toEqual(objectsOf(DIST));
  });

  test('render.sh is all or nothing: one broken cluster fails the run and changes no folder', () => {
    const copy = mkdtempSync(join(tmpdir(), 'nsx-flux-copy-'));
    mkdirSync(join(copy, 'clusters'));
    for (const file of readdirSync(join(flux, 'clusters'))) {
      writeFileSync(join(copy, 'clusters', file), readFileSync(join(flux, 'clusters', file)));
    }
    writeFileSync(join(copy, 'clusters', 'broken.yaml'), 'image: nsx-ncp\n');
    writeFileSync(join(copy, 'render.sh'), readFileSync(join(flux, 'render.sh')));
    chmodSync(join(copy, 'render.sh'), 0o755);
    const result = spawnSync(join(copy, 'render.sh'), [], { encoding: 'utf8', env: { ...process.env, PATH } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`values file ${join(copy, 'clusters', 'broken.yaml')} has 2 problems:`);
    expect(result.stderr).toContain('nothing was written (--all-or-nothing)');
    expect(readdirSync(copy).sort()).toEqual(['clusters', 'render.sh']);
  });

  test('the Flux Kustomization applies the committed folder of its cluster', () => {
    const kustomization = parse(readFileSync(join(flux, 'kustomization-ocp-prod.yaml'), 'utf8'));
    expect(kustomization).toMatchObject({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization' });
    expect(kustomization.spec.path).toBe('./examples/flux/rendered/ocp-prod');
    expect(readdirSync(join(ROOT, kustomization.spec.path))).toEqual(['nsx-node-agent.k8s.yaml']);
  });
});
