'use strict';
/*
 * The project's synth: `npm run synth`. Runs `nsx-node-agent synth` from the sources (through scripts/run-app.cjs),
 * which renders beside the output directory and renames the manifests in only on success, so that a failed or
 * killed run leaves dist/ as it was. `cdk8s synth` instead empties dist/ before it starts the app.
 * Exit codes: the command's (1 when the values have problems), 2 for a usage error.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.dirname(__dirname);
const USAGE = 'usage: npm run synth [-- --output DIR] (the values file is values.yaml, or NSX_NODE_AGENT_VALUES)\n';

function main() {
  const args = process.argv.slice(2);
  if (!(args.length === 0 || (args.length === 2 && args[0] === '--output' && args[1] !== ''))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const outdir = path.relative(ROOT, path.resolve(args[1] ?? 'dist')) || '.';
  const run = spawnSync(
    process.execPath,
    [path.join(__dirname, 'run-app.cjs'), path.join('src', 'cli', 'main.ts'), 'synth', '--output', outdir],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return run.status ?? 1;
}

process.exitCode = main();
