import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { USAGE_HINT } from '../../src/cli/cli';
import { child, cli, ROOT } from './support';

const DIST = readFileSync(join(ROOT, 'dist', 'nsx-node-agent.k8s.yaml'), 'utf8');

describe('synth --stdout', () => {
  test('writes the manifest synth writes to dist/, byte for byte, as one multi-document stream', () => {
    const result = cli(['synth', '--stdout', join(ROOT, 'values.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(DIST);
    const documents = parseAllDocuments(result.stdout);
    expect(documents.map((d) => d.errors)).toEqual(documents.map(() => []));
    expect(documents.map((d) => d.toJS().kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'SecurityContextConstraints',
      'ClusterRole',
      'ClusterRoleBinding',
      'ConfigMap',
      'DaemonSet',
    ]);
    expect(result.stdout.match(/^---$/gm)).toHaveLength(8);
  });

  test('is the same bytes across runs, time zones and locales, in fresh processes, and writes nothing to disk', () => {
    const outdir = join(mkdtempSync(join(tmpdir(), 'nsx-stdout-')), 'out');
    const environments = [
      { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
      { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
      { TZ: 'America/St_Johns', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      { TZ: 'Asia/Kathmandu', LANG: 'ja_JP.UTF-8', LC_ALL: undefined },
    ];
    const outputs = environments.map((env) => child(['synth', '--stdout'], { ...env, CDK8S_OUTDIR: outdir }));
    for (const output of outputs) {
      expect(output.code).toBe(0);
      expect(output.stderr).toBe('');
      expect(output.stdout).toBe(DIST);
    }
    expect(existsSync(outdir)).toBe(false);
  });

  test('problems go to standard error with exit 1, and nothing to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-stdout-'));
    writeFileSync(join(dir, 'bad.yaml'), 'image: nsx-ncp\n');
    const result = child(['synth', '--stdout', join(dir, 'bad.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`values file ${join(dir, 'bad.yaml')} has 2 problems:`);
    expect(result.stderr).toContain("image: is the vendor guide's placeholder");
    expect(result.stderr).toContain('Nothing was written to standard output.');
  });

  test('a values file that cannot be read is a problem on standard error, never a stack trace', () => {
    const result = cli(['synth', '--stdout', join(tmpdir(), 'no-such-values.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot be read \(ENOENT\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    [['synth', '--stdout', '-o', 'out'], '-o out'],
    [['synth', '--stdout', 'a.yaml', 'b.yaml'], 'a.yaml, b.yaml'],
    [['synth', '--stdout', '--all-or-nothing'], '--all-or-nothing'],
  ])('%j is a usage error that names what does not go with --stdout', (args, named) => {
    const result = cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`--stdout writes the manifest of one values file to standard output (got ${named})`);
    expect(result.stderr).toContain(USAGE_HINT);
    expect(result.stderr).not.toContain('Options:');
  });
});
