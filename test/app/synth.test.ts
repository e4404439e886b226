import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SYNTH = join(ROOT, 'scripts', 'synth.cjs');
const MANIFEST = 'nsx-node-agent.k8s.yaml';
const good = readFileSync(join(ROOT, 'dist', MANIFEST), 'utf8');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** An output directory holding an earlier manifest, which no failed or killed run may lose. */
function outdir(): string {
  const dir = mkdtempSync(join(ROOT, 'build', 'synth-test-'));
  made.push(dir);
  writeFileSync(join(dir, MANIFEST), 'earlier manifest\n');
  return dir;
}

describe('npm run synth replaces dist/ only on success', () => {
  test('a refused values file leaves the previous manifest byte-identical, and says so', () => {
    const dir = outdir();
    const values = join(dir, 'bad.yaml');
    writeFileSync(values, 'image: 5\n');
    const run = spawnSync(process.execPath, [SYNTH, '--output', dir], {
      env: { ...process.env, NSX_NODE_AGENT_VALUES: values },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('image: is not a string (got 5)');
    expect(run.stderr).toMatch(/ is unchanged\.\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, MANIFEST), 'utf8')).toBe('earlier manifest\n');
  });

  test('a run killed at any moment leaves the old manifest or the new one, whole', async () => {
    for (const delay of [0, 20, 80, 200, 400, 800]) {
      const dir = outdir();
      const child = spawn(process.execPath, [SYNTH, '--output', dir], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      expect(readdirSync(dir)).toEqual([MANIFEST]);
      expect(['earlier manifest\n', good]).toContain(readFileSync(join(dir, MANIFEST), 'utf8'));
    }
  }, 60_000);

  test('a successful run replaces the manifest and names what it wrote', () => {
    const dir = outdir();
    const run = spawnSync(process.execPath, [SYNTH, '--output', dir], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`wrote ${relative(ROOT, dir)}/nsx-node-agent.k8s.yaml (9 objects)\n`);
    expect(readFileSync(join(dir, MANIFEST), 'utf8')).toBe(good);
  });

  test('arguments are a usage error, exit code 2', () => {
    const run = spawnSync(process.execPath, [SYNTH, 'extra'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'usage: npm run synth [-- --output DIR] (the values file is values.yaml, or NSX_NODE_AGENT_VALUES)\n',
    );
  });
});
