'use strict';
/*
 * The project's synth: `npm run synth`. Runs the app (scripts/run-app.cjs) into a fresh directory under build/,
 * then moves each manifest into dist/ by rename, so that a failed or killed run leaves dist/ as it was and every
 * file in dist/ is always either the old or the new one whole. `cdk8s synth` instead empties dist/ first.
 * Exit codes: the app's (1 when the values have problems), 2 for a usage error of this command.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.dirname(__dirname);
const USAGE = 'usage: npm run synth [-- --output DIR] (the values file is values.yaml, or NSX_NODE_AGENT_VALUES)\n';

function main() {
  const args = process.argv.slice(2);
  if (!(args.length === 0 || (args.length === 2 && args[0] === '--output' && args[1] !== ''))) {
    process.stderr.write(USAGE);
    return 2;
  }
  // Another output directory, e.g. in a pipeline; renames need it on the file system of build/.
  const OUTDIR = path.resolve(ROOT, args[1] ?? 'dist');
  const staging = path.join(ROOT, 'build', 'synth');
  fs.mkdirSync(staging, { recursive: true });
  const temporary = fs.mkdtempSync(path.join(staging, 'dist-'));
  try {
    const run = spawnSync(process.execPath, [path.join(__dirname, 'run-app.cjs')], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, CDK8S_OUTDIR: temporary },
    });
    if (run.status !== 0) {
      process.stderr.write(`${path.relative(ROOT, OUTDIR)}/ is unchanged.\n`);
      return run.status ?? 1;
    }
    fs.mkdirSync(OUTDIR, { recursive: true });
    const written = fs.readdirSync(temporary);
    for (const name of written) {
      fs.renameSync(path.join(temporary, name), path.join(OUTDIR, name));
    }
    // Manifests of a chart that no longer exists, removed only after the new ones are in place.
    for (const name of fs.readdirSync(OUTDIR)) {
      if (!written.includes(name) && name.endsWith('.k8s.yaml')) {
        fs.rmSync(path.join(OUTDIR, name));
      }
    }
    process.stdout.write(`wrote ${written.map((n) => path.relative(ROOT, path.join(OUTDIR, n))).join(', ')}\n`);
    return 0;
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

process.exitCode = main();
