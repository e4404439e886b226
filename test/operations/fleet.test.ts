import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USAGE_HINT } from '../../src/cli/cli';
import { cli, ROOT } from './support';

const GOOD = join(ROOT, 'values.yaml');
const HOSTVM = join(ROOT, 'examples', 'hostvm-kubernetes', 'values.yaml');
const MANIFEST = 'nsx-node-agent.k8s.yaml';

/** A directory of values files: two good ones and, unless told otherwise, one with problems. */
function clusters(bad = true): { dir: string; files: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nsx-fleet-'));
  const files = join(dir, 'clusters');
  mkdirSync(files);
  copyFileSync(GOOD, join(files, 'ocp-prod.yaml'));
  copyFileSync(HOSTVM, join(files, 'k8s-lab.yml'));
  if (bad) {
    writeFileSync(join(files, 'broken.yaml'), 'image: nsx-ncp\n');
  }
  writeFileSync(join(files, 'notes.txt'), 'not a values file\n');
  return { dir, files, out: join(dir, 'out') };
}

/** What a single synth of `values` writes. */
function single(values: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'nsx-fleet-single-')), 'out');
  expect(cli(['synth', values, '-o', out]).code).toBe(0);
  return readFileSync(join(out, MANIFEST), 'utf8');
}

describe('synth of a fleet', () => {
  test('a directory: one folder per values file, each byte for byte the single synth of that file', () => {
    const { files, out, dir } = clusters(false);
    const result = cli(['synth', files, '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(out).sort()).toEqual(['k8s-lab', 'ocp-prod']);
    expect(readFileSync(join(out, 'ocp-prod', MANIFEST), 'utf8')).toBe(single(GOOD));
    expect(readFileSync(join(out, 'k8s-lab', MANIFEST), 'utf8')).toBe(single(HOSTVM));
    expect(result.stdout).toBe(
      `wrote ${join(out, 'k8s-lab', MANIFEST)} (6 objects)\nwrote ${join(out, 'ocp-prod', MANIFEST)} (9 objects)\n`,
    );
    // Nothing staged is left beside the folders.
    expect(readdirSync(dir).sort()).toEqual(['clusters', 'out']);
  });

  test('a file with problems is listed with its file and leaves its folder as it was; the others are written', () => {
    const { files, out } = clusters();
    mkdirSync(join(out, 'broken'), { recursive: true });
    writeFileSync(join(out, 'broken', MANIFEST), 'earlier\n');
    const result = cli([
      'synth',
      join(files, 'ocp-prod.yaml'),
      join(files, 'broken.yaml'),
      join(files, 'k8s-lab.yml'),
      '-o',
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`values file ${join(files, 'broken.yaml')} has 2 problems:`);
    expect(result.stderr).toContain(`${join(out, 'broken')} is unchanged.`);
    expect(result.stderr).toContain('1 of 3 values files failed; the other 2 were written.');
    expect(readFileSync(join(out, 'broken', MANIFEST), 'utf8')).toBe('earlier\n');
    expect(existsSync(join(out, 'ocp-prod', MANIFEST))).toBe(true);
    expect(existsSync(join(out, 'k8s-lab', MANIFEST))).toBe(true);
  });

  test('every problem of every file is listed', () => {
    const { files, out } = clusters();
    writeFileSync(join(files, 'typo.yaml'), `${readFileSync(GOOD, 'utf8')}bareMetal: true\n`);
    const result = cli(['synth', files, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`values file ${join(files, 'broken.yaml')} has 2 problems:`);
    expect(result.stderr).toContain(`values file ${join(files, 'typo.yaml')} has 1 problem:\n  - bareMetal: is not an option`);
    expect(result.stderr).toContain('2 of 4 values files failed; the other 2 were written.');
  });

  test('--all-or-nothing writes no folder when any file fails', () => {
    const { files, out } = clusters();
    const result = cli(['synth', files, '-o', out, '--all-or-nothing']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('1 of 3 values files failed; nothing was written (--all-or-nothing).');
    expect(existsSync(out)).toBe(false);
  });

  test('--all-or-nothing writes every folder when none fails', () => {
    const { files, out } = clusters(false);
    expect(cli(['synth', files, '-o', out, '--all-or-nothing']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['k8s-lab', 'ocp-prod']);
  });

  test('a folder is replaced whole: an earlier manifest of another chart in it is removed', () => {
    const { files, out } = clusters(false);
    mkdirSync(join(out, 'ocp-prod'), { recursive: true });
    writeFileSync(join(out, 'ocp-prod', 'old-chart.k8s.yaml'), 'earlier\n');
    writeFileSync(join(out, 'ocp-prod', 'README'), 'kept\n');
    expect(cli(['synth', files, '-o', out]).code).toBe(0);
    expect(readdirSync(join(out, 'ocp-prod')).sort()).toEqual(['README', MANIFEST]);
  });

  test('two values files with one name are a usage problem that names both, and nothing is written', () => {
    const { files, out, dir } = clusters(false);
    mkdirSync(join(dir, 'other'));
    copyFileSync(GOOD, join(dir, 'other', 'ocp-prod.yml'));
    const result = cli(['synth', files, join(dir, 'other', 'ocp-prod.yml'), '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `values files ${join(files, 'ocp-prod.yaml')}, ${join(dir, 'other', 'ocp-prod.yml')} would all write ${join(out, 'ocp-prod')}`,
    );
    expect(result.stderr).toContain('fix: rename all but one of them');
    expect(existsSync(out)).toBe(false);
  });

  test('the same values file listed twice is a usage problem that says so, not a name clash', () => {
    const { files, out } = clusters(false);
    const file = join(files, 'ocp-prod.yaml');
    const result = cli(['synth', file, join(files, 'k8s-lab.yml'), file, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`values file ${file} is listed twice`);
    expect(result.stderr).toContain('fix: list it once');
    expect(result.stderr).not.toContain('rename all but one');
    expect(existsSync(out)).toBe(false);
  });

  test('one failed and one written: the summary says "was written"', () => {
    const { files, out } = clusters();
    const result = cli(['synth', join(files, 'ocp-prod.yaml'), join(files, 'broken.yaml'), '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 of 2 values files failed; the other 1 was written.');
    // broken's folder never existed: it is not "unchanged".
    expect(result.stderr).toContain(`Nothing was written to ${join(out, 'broken')}.`);
    expect(result.stderr).not.toContain(`${join(out, 'broken')} is unchanged`);
  });

  test('a values file in a directory that links outside it is refused and not read; the others are written', () => {
    const { files, out, dir } = clusters(false);
    const secret = join(dir, 'elsewhere.yaml');
    writeFileSync(secret, 'image: "TOP-SECRET-CONTENT"\nnsx_api_password: hunter2\n');
    symlinkSync(secret, join(files, 'linked.yaml'));
    const result = cli(['synth', files, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`values file ${join(files, 'linked.yaml')} has 1 problem:`);
    expect(result.stderr).toContain(`is a symbolic link to a file outside ${files}, the directory named (it is not read)`);
    expect(result.stderr).not.toContain('TOP-SECRET-CONTENT');
    expect(result.stderr).not.toContain('hunter2');
    expect(existsSync(join(out, 'linked'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['k8s-lab', 'ocp-prod']);
  });

  test('a link inside the directory to a file inside it is read as usual', () => {
    const { files, out } = clusters(false);
    symlinkSync(join(files, 'ocp-prod.yaml'), join(files, 'prod-alias.yaml'));
    const result = cli(['synth', files, '-o', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['k8s-lab', 'ocp-prod', 'prod-alias']);
  });

  test('several files without -o, and a directory without values files, are usage errors', () => {
    const { files, dir } = clusters(false);
    const noOutput = cli(['synth', join(files, 'ocp-prod.yaml'), join(files, 'k8s-lab.yml')]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('several values files need an output directory');
    expect(noOutput.stderr).toContain(USAGE_HINT);
    expect(noOutput.stderr).not.toContain('Options:');
    mkdirSync(join(dir, 'empty'));
    const empty = cli(['synth', join(dir, 'empty'), '-o', join(dir, 'out')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`directory ${join(dir, 'empty')} holds no values file`);
  });

  test('one values file keeps the single synth: its manifest straight in -o', () => {
    const { files, out } = clusters(false);
    expect(cli(['synth', join(files, 'ocp-prod.yaml'), '-o', out]).code).toBe(0);
    expect(readdirSync(out)).toEqual([MANIFEST]);
  });
});
