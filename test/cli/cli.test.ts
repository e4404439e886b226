import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type CliIo, runCli, USAGE, USAGE_HINT } from '../../src/cli/cli';
import { cli } from '../operations/support';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = 'test/fixtures/vendor/v24-hostvm.yml';

/** Runs the command against in-memory files; returns the exit code, the streams and the files written. */
function run(args: string[], files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    readFile: (path) => {
      if (!(path in files)) {
        throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      }
      return files[path];
    },
    writeFile: (path, text) => {
      out.written[path] = text;
    },
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
  };
  return { code: runCli(args, io), ...out };
}

/** Runs the command against the real files; returns the exit code and the streams. */
const runOnDisk = cli;

const manifest = { 'ds.yml': readFileSync(join(ROOT, FIXTURE), 'utf8') };

describe('nsx-node-agent, the command', () => {
  test('import writes the values file to standard output and the warnings to standard error', () => {
    const result = run(['import', 'ds.yml'], manifest);
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toMatchObject({ image: 'harbor.corp.example/nsx/nsx-ncp-ubuntu:2.4.1.13515827' });
    expect(result.stdout).toMatch(/^# Values for the NsxNodeAgent construct, imported from ds\.yml by `nsx-node-agent import`\./);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('warning: '))).toHaveLength(3);
  });

  test('-o writes the file, with the warnings in its header as well', () => {
    const result = run(['import', 'ds.yml', '-o', 'values.yaml'], manifest);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const written = result.written['values.yaml'];
    expect(written).toContain('# Warnings (3): review each before applying:\n');
    expect(written).toContain("# - namespace: the file's objects name none (it was applied with -n);");
    expect(result.stderr).toMatch(/wrote values\.yaml \(3 warnings: see its header\)\n$/);
  });

  test('a file that is not a node-agent manifest exits 1 and writes nothing', () => {
    const result = run(['import', 'ds.yml', '-o', 'values.yaml'], {
      'ds.yml': 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\n',
    });
    expect(result.code).toBe(1);
    expect(result.written).toEqual({});
    expect(result.stderr).toMatch(
      /^ds\.yml cannot be imported: it has 1 problem:\n {2}- ds\.yml: is not an nsx-node-agent manifest/,
    );
  });

  test('a missing file exits 1 naming it', () => {
    expect(run(['import', 'nope.yml'])).toMatchObject({
      code: 1,
      stderr: 'nsx-node-agent import: cannot read nope.yml (ENOENT)\n',
    });
  });

  test.each([
    [[], 2, 'stderr'],
    [['--help'], 0, 'stdout'],
  ])('%j exits %d with the usage on %s', (args, code, stream) => {
    const result = run(args as string[]);
    expect(result.code).toBe(code);
    expect(result[stream as 'stdout' | 'stderr']).toContain(USAGE);
  });

  test.each([
    [['export', 'x'], 'unknown command "export"'],
    [['import'], 'name the manifest to import'],
    [['import', 'a.yml', 'b.yml'], 'import one manifest at a time'],
    [['import', 'a.yml', '-o'], '-o needs a path'],
    [['import', 'a.yml', '--force'], 'unknown option --force'],
    [['import', 'a.yml', '-o', 'x.yaml', '--output', 'y.yaml'], '--output is given more than once'],
    [['import', 'a.yml', '--image', 'a', '--image', 'b'], '--image is given more than once'],
    [['synth', 'a.yml', 'b.yml'], 'several values files need an output directory'],
    [['synth', 'a.yml', '-o', 'x', '-o', 'y'], '-o is given more than once'],
    [['synth', 'a.yml', 'b.yml', '-o', 'x', '-o', 'y'], '-o is given more than once'],
  ])('%j is a usage error: the error, then one line pointing to --help, not the whole help', (args, error) => {
    const result = run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(error);
    expect(result.stderr.endsWith(`\n${USAGE_HINT}`)).toBe(true);
    expect(result.stderr).not.toContain('Options:');
    expect(result.stderr.split('\n').length).toBeLessThan(8);
  });

  test('synth writes the manifest of a values file into $CDK8S_OUTDIR; a bad one exits 1 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-cli-synth-'));
    const synth = (values: string) =>
      spawnSync(process.execPath, ['scripts/run-app.cjs', 'src/cli/main.ts', 'synth', values], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CDK8S_OUTDIR: join(dir, 'out') },
      });
    expect(synth('examples/hostvm-kubernetes/values.yaml').status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'nsx-node-agent.k8s.yaml'), 'utf8')).toContain('kind: DaemonSet');
    writeFileSync(join(dir, 'bad.yaml'), 'image: nsx-ncp\n');
    rmSync(join(dir, 'out'), { recursive: true });
    const bad = synth(join(dir, 'bad.yaml'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("image: is the vendor guide's placeholder");
    expect(existsSync(join(dir, 'out', 'nsx-node-agent.k8s.yaml'))).toBe(false);
    // The output directory is gone (as cdk8s synth removes it before running the app): not "unchanged".
    expect(bad.stderr).toContain('Nothing was written.');
    expect(bad.stderr).not.toContain('is unchanged');
    expect(synth('examples/hostvm-kubernetes/values.yaml').status).toBe(0);
    const again = synth(join(dir, 'bad.yaml'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${join(dir, 'out')} is unchanged.`);
    expect(readFileSync(join(dir, 'out', 'nsx-node-agent.k8s.yaml'), 'utf8')).toContain('kind: DaemonSet');
  });

  test('--version prints the package version', () => {
    const result = run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  test('synth -o keeps the previous manifests when the values have problems, and replaces them when not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-cli-synth-'));
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'nsx-node-agent.k8s.yaml'), 'earlier\n');
    writeFileSync(join(dir, 'bad.yaml'), 'image: nsx-ncp\n');
    const bad = run(['synth', join(dir, 'bad.yaml'), '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.endsWith(`\n${out} is unchanged.\n`)).toBe(true);
    expect(readFileSync(join(out, 'nsx-node-agent.k8s.yaml'), 'utf8')).toBe('earlier\n');
    const good = run(['synth', 'examples/hostvm-kubernetes/values.yaml', '-o', out]);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`wrote ${join(out, 'nsx-node-agent.k8s.yaml')} (6 objects)\n`);
    expect(readFileSync(join(out, 'nsx-node-agent.k8s.yaml'), 'utf8')).toContain('kind: DaemonSet');
    expect(readdirSync(dir).sort()).toEqual(['bad.yaml', 'out']);
  });

  test('import -o into a directory that cannot be written says so in one line, without a stack', () => {
    const result = runOnDisk(['import', FIXTURE, '-o', join(tmpdir(), 'no-such-directory', 'values.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `nsx-node-agent import: cannot write ${join(tmpdir(), 'no-such-directory', 'values.yaml')} (ENOENT); nothing was written\n`,
    );
  });

  test('runs in the repository as `node scripts/run-app.cjs src/cli/main.ts import <file>`', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'nsx-cli-')), 'values.yaml');
    const result = spawnSync(process.execPath, ['scripts/run-app.cjs', 'src/cli/main.ts', 'import', FIXTURE, '-o', output], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(parse(readFileSync(output, 'utf8'))).toMatchObject({ platform: 'Kubernetes' });
  });
});

describe('nsx-node-agent import --stack', () => {
  test('imports NCP with the agent; without --stack the same file imports the agent alone', () => {
    const { appFromValuesFile } = require('../../src/app/app');
    const { Yaml } = require('cdk8s');
    const objects = appFromValuesFile(join(ROOT, 'examples/ncp-stack/3.1-hostvm/values.yaml')).charts.flatMap((c: any) =>
      c.toJson(),
    );
    const files = { 'stack.yaml': Yaml.stringify(...objects) };
    const stack = run(['import', 'stack.yaml', '--stack'], files);
    expect(stack.code).toBe(0);
    expect(parse(stack.stdout).ncp.nsxClientCertSecret).toBe('nsx-secret');
    expect(stack.stderr).toContain('warning: Secret nsx-secret is referenced by name (nsxClientCertSecret)');
    const alone = run(['import', 'stack.yaml'], files);
    expect(alone.code).toBe(0);
    expect(parse(alone.stdout).ncp).toBeUndefined();
  });
});
