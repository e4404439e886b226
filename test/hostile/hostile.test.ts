import { join } from 'node:path';
import { App, Chart } from 'cdk8s';
import { NcpVersion, NsxNodeAgent } from '../../src';
import { NCP_INI_ROOT, readValuesFile } from '../../src/app/values';
import { ProblemsError } from '../../src/checking/problem';
import { parseNcpIni } from '../../src/ncp-ini/parse';
import { hostileCorpus } from './corpus';

describe('hostile values files are refused with one problem, without reading what they point at', () => {
  const { dir, cases } = hostileCorpus();

  test.each(cases)('$name', ({ file, expected }) => {
    const problems = readValuesFile(file).problems.map(String);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(expected)).toBe(true);
    expect(problems.join('\n')).not.toContain('secret-value');
  });

  test('the exact messages of the file-level refusals', () => {
    const byName = (name: string) => readValuesFile(cases.find((c) => c.name === name)?.file ?? '').problems.map(String);
    expect(byName('alias bomb')).toEqual([
      'values file: expands more than 100 YAML aliases (not set)\n    allowed: YAML with at most 100 alias expansions and nesting a person can read\n    fix: write the repeated options out, or use fewer aliases and levels',
    ]);
    expect(byName('Latin-1 file')).toEqual([
      `values file: is not UTF-8 text (invalid byte at offset 9) (got ${JSON.stringify(join(dir, 'values', 'latin1.yaml'))})\n    allowed: a regular UTF-8 text file of at most 1048576 bytes\n    fix: name the YAML values file (the argument of nsx-node-agent, or NSX_NODE_AGENT_VALUES), saved as UTF-8`,
    ]);
    expect(byName('ncpIniFile ..')).toEqual([
      `ncpIniFile: is outside ${join(dir, 'values')}, the values file's directory (symbolic links are followed) (got "../secret")\n    allowed: a path to an ncp.ini inside the values file's directory, or inside the directory that ${NCP_INI_ROOT} names\n    fix: copy the ncp.ini beside the values file, or set ${NCP_INI_ROOT} to a directory that holds it`,
    ]);
  });

  test('a problem about an ncp.ini line shows at most 120 characters of it', () => {
    const { problems } = parseNcpIni(`[k8s]\napiserver_host_port = ${'x'.repeat(300)}\n${'y'.repeat(300)}\n`);
    expect(problems.map((p) => [p.option, p.value])).toEqual([
      ['ncp.ini line 3', `${'y'.repeat(120)}… (300 characters)`],
      ['ncp.ini [k8s] apiserver_host_port (line 2)', `${'x'.repeat(120)}… (300 characters)`],
    ]);
  });

  test(`${NCP_INI_ROOT} widens where ncpIniFile may point`, () => {
    process.env[NCP_INI_ROOT] = dir;
    try {
      const { agents, problems } = readValuesFile(join(dir, 'values', 'up.yaml'));
      expect(problems).toEqual([]);
      expect(agents[0].props.ncpIni?.coe?.cluster).toBe('secret-value');
    } finally {
      delete process.env[NCP_INI_ROOT];
    }
  });

  test(`${NCP_INI_ROOT} never narrows: an ncp.ini beside the values file is still read`, () => {
    process.env[NCP_INI_ROOT] = join(dir, 'elsewhere');
    try {
      const problems = readValuesFile(cases.find((c) => c.name === 'ncpIniFile Latin-1')?.file ?? '').problems.map(String);
      expect(problems).toHaveLength(1);
      expect(problems[0].startsWith('latin1.ini: is not UTF-8 text')).toBe(true);
    } finally {
      delete process.env[NCP_INI_ROOT];
    }
  });
});

describe('hostile option values in code', () => {
  test('an object without a prototype where a number is expected is a problem, not a TypeError', () => {
    const make = () =>
      new NsxNodeAgent(new Chart(new App(), 'c'), 'a', {
        image: 'registry.example.com/nsx/nsx-ncp:2.5.1',
        ncpVersion: NcpVersion.V2_5,
        ncpIni: { coe: { cluster: 'c' }, nsxNodeAgent: { configRetryTimeout: Object.create(null) } },
      });
    expect(make).toThrow(ProblemsError);
    expect(make).toThrow('ncpIni.nsxNodeAgent.configRetryTimeout: is not an integer (got {})');
  });
});

describe('what counts as an ncp.ini', () => {
  test('empty text and comments alone are an empty ncp.ini; content without a header is not an ncp.ini', () => {
    expect(parseNcpIni('').problems).toEqual([]);
    expect(parseNcpIni('# only a comment\n\n; and another\n').problems).toEqual([]);
    expect(parseNcpIni('cluster = c\n').problems.map(String)).toEqual([
      'ncp.ini: is not an ncp.ini: it has no [section] header line, so none of its lines are shown (not set)\n    allowed: an ncp.ini with [coe], [k8s], [nsx_node_agent] or other section headers\n    fix: point to the ncp.ini of the cluster',
    ]);
  });
});

describe('string options have the lengths NCP and NSX take', () => {
  const agent = (ncpIni: object) => () =>
    new NsxNodeAgent(new Chart(new App(), 'c'), 'a', { image: 'registry.example.com/nsx/nsx-ncp:2.4.1', ncpIni });

  test('[coe] cluster of more than 256 characters is refused', () => {
    expect(agent({ coe: { cluster: 'c'.repeat(257) } })).toThrow('ncpIni.coe.cluster: is 257 characters long, more than 256');
    expect(agent({ coe: { cluster: 'c'.repeat(256) } })).not.toThrow();
  });

  test('any other ncp.ini text of more than 4096 characters is refused', () => {
    expect(agent({ coe: { cluster: 'c' }, defaults: { logDir: `/${'d'.repeat(4096)}` } })).toThrow(
      'ncpIni.defaults.logDir: is 4097 characters long, more than 4096',
    );
  });
});
