/*
 * Every hostile values file of test/hostile/corpus.ts read by the app in a process of its own, which must finish
 * within 5 s and 300 MiB: `npm run bench:hostile` (also in CI). Generous limits: a regression to reading
 * /dev/zero or expanding an alias bomb takes minutes and gigabytes, not a few per cent more.
 */
import { spawnSync } from 'node:child_process';
import { hostileCorpus } from './corpus';

const MAX_SECONDS = 5;
const MAX_MIB = 300;

if (process.argv[2] === '--one') {
  const { readValuesFile } = require('../../src/app/values') as typeof import('../../src/app/values');
  readValuesFile(process.argv[3]);
  process.stdout.write(JSON.stringify({ rssMiB: process.resourceUsage().maxRSS / 1024 }));
} else {
  let failed = 0;
  for (const { name, file } of hostileCorpus().cases) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--one', file], {
      encoding: 'utf8',
      timeout: MAX_SECONDS * 1000 * 4,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const rssMiB = run.status === 0 ? (JSON.parse(run.stdout) as { rssMiB: number }).rssMiB : Number.NaN;
    const ok = run.status === 0 && seconds < MAX_SECONDS && rssMiB < MAX_MIB;
    failed += ok ? 0 : 1;
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${seconds.toFixed(2)} s, ${rssMiB.toFixed(0)} MiB\n`);
  }
  process.exitCode = failed === 0 ? 0 : 1;
}
