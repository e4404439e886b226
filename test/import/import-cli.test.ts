import { readFileSync } from 'node:fs';
import { type CliIo, runCli } from '../../src/cli/cli';

const FIXTURE = 'test/fixtures/vendor/v23-hostvm-rsyslog.yml';

/** `nsx-node-agent import` on the fixture with `edit` applied; the exit code and the streams. */
function importCli(args: string[], edit: (text: string) => string = (t) => t) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    readFile: () => edit(readFileSync(FIXTURE, 'utf8')),
    writeFile: () => undefined,
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
  };
  return { code: runCli(['import', 'ds.yml', ...args], io), ...out };
}

const placeholder = (t: string) => t.replaceAll('harbor.corp.example/nsx/nsx-ncp-rhel:2.3.1.10693410', 'nsx-ncp');
const bareMetalLine = (t: string) => t.replace('# - DAC_OVERRIDE', '- DAC_OVERRIDE');

describe('nsx-node-agent import --image and --node-type', () => {
  test('--image names the image the values file carries', () => {
    const run = importCli(['--image', 'registry.example.com/nsx/nsx-ncp-rhel:2.3.1'], placeholder);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^image: registry\.example\.com\/nsx\/nsx-ncp-rhel:2\.3\.1$/m);
  });

  test('without --image the placeholder and every other problem are listed in one run', () => {
    const run = importCli([], (t) => bareMetalLine(placeholder(t)));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ds\.yml cannot be imported: it has 2 problems:\n/);
    expect(run.stderr).toContain(
      '  - ds.yml node type: ncp.ini sets node_type = HOSTVM, but the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy',
    );
    expect(run.stderr).toContain('    fix: pass --image REF with the image your nodes run');
  });

  test('--node-type chooses where the file disagrees with itself', () => {
    const run = importCli(['--node-type', 'HOSTVM'], bareMetalLine);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: node type: --node-type HOSTVM is imported, against the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy\n',
    );
  });

  test.each([
    [['--node-type', 'VM'], 'nsx-node-agent import: --node-type needs HOSTVM or BAREMETAL (got VM)'],
    [['--node-type'], 'nsx-node-agent import: --node-type needs HOSTVM or BAREMETAL (got nothing)'],
    [
      ['--image'],
      'nsx-node-agent import: --image needs an image reference, e.g. --image registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827',
    ],
  ])('%j is a usage error', (args, message) => {
    const run = importCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  test('synth does not take the import flags', () => {
    const run = importCli([]);
    expect(run.code).toBe(0);
    expect(
      runCli(['synth', '--image', 'x'], {
        readFile: () => '',
        writeFile: () => undefined,
        stdout: () => undefined,
        stderr: (t) => expect(t).toMatch(/^nsx-node-agent synth: unknown option --image/),
      }),
    ).toBe(2);
  });
});
