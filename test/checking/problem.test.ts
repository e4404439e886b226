import {
  HIDDEN_VALUE,
  isCredentialName,
  Problem,
  ProblemList,
  ProblemsError,
  SHOWN_LENGTH,
  showValue,
} from '../../src/checking/problem';

describe('showValue', () => {
  test('a long string is cut to SHOWN_LENGTH characters and says how long it was', () => {
    const text = showValue('x'.repeat(5000));
    expect(text).toBe(`"${'x'.repeat(SHOWN_LENGTH - 1)}… (5002 characters)`);
    expect(text.length).toBeLessThan(SHOWN_LENGTH + 30);
  });

  test('a long object is cut the same way', () => {
    const value = { lines: Array.from({ length: 400 }, (_, i) => `line ${i}`) };
    const text = showValue(value);
    expect(text.startsWith('{"lines":["line 0","line 1"')).toBe(true);
    expect(text).toMatch(/… \(\d{4} characters\)$/);
    expect(text.length).toBeLessThan(SHOWN_LENGTH + 30);
  });

  test('a short value is shown whole', () => {
    expect(showValue('abc')).toBe('"abc"');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });

  test('keys that look like credentials are hidden inside objects', () => {
    const text = showValue({ nsx_api_user: 'admin', nsx_api_password: 'S3cret!', auths: { registry: { auth: 'dXNlcg==' } } });
    expect(text).toContain('"nsx_api_user":"admin"');
    expect(text).not.toContain('S3cret!');
    expect(text).not.toContain('dXNlcg==');
    expect(text).toContain(`"nsx_api_password":"${HIDDEN_VALUE}"`);
  });
});

describe('credential-like options', () => {
  test.each([
    'ncpIni.extra.nsx_v3.nsx_api_password',
    'agents[0].auths',
    'ncpIni.extra.k8s.pasword',
    'extra.k8s.client_token',
    'db.passwd',
    'ncpIni.extra.nsx_v3.nsx_api_private_key',
    'x.API-Key',
    'x.apikey',
    'x.clientSecret',
    'x.Credentials',
  ])('%s hides its value', (option) => {
    expect(isCredentialName(option)).toBe(true);
    const problem = new Problem(option, 'hunter2-S3cret', 'is wrong', 'something', 'fix it');
    expect(problem.toString()).not.toContain('hunter2');
    expect(problem.toString()).toContain(HIDDEN_VALUE);
  });

  test.each([
    'image',
    'ncpIni.k8s.apiserver_host_ip',
    'agents[1].namespace',
    'ncpIni.k8s.client_token_file',
    'imagePullSecrets[0]',
    'nsx_v3.nsx_api_cert_file',
  ])('%s shows its value: it names where a credential is, or none', (option) => {
    expect(isCredentialName(option)).toBe(false);
    expect(new Problem(option, 'visible', 'is wrong', 'something', 'fix it').toString()).toContain('got "visible"');
  });

  test('every path of a message hides it: a respelled option and the error text', () => {
    const list = new ProblemList((option) => `agents[2].${option}`);
    list.push(new Problem('ncpIni.extra.nsx_v3.nsx_api_password', 'hunter2', 'is wrong', 'x', 'y'));
    const message = new ProblemsError('values.yaml', list.all).message;
    expect(message).toContain('agents[2].ncpIni.extra.nsx_v3.nsx_api_password: is wrong (value hidden)');
    expect(message).not.toContain('hunter2');
  });

  test('a missing value is still "not set"', () => {
    expect(new Problem('x.password', undefined, 'is missing', 'a', 'b').toString()).toContain('(not set)');
  });
});

describe('a value of several lines that names a credential', () => {
  test('is hidden whatever its option, so a line of its own cannot carry a secret into a log', () => {
    const text = new Problem('ncp.ncpIni.nsx_v3.nsx_api_user', 'admin\nnsx_api_password = S3cr3t', 'is wrong', 'x', 'y');
    expect(text.toString()).not.toContain('S3cr3t');
    expect(text.toString()).toContain(HIDDEN_VALUE);
    expect(showValue('two\nlines')).toBe('"two\\nlines"');
  });
});
