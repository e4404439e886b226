import { parseValues } from '../src/values';

describe('values file', () => {
  test('keys become props unchanged', () => {
    const { props, problems } = parseValues(
      'image: r.example.com/nsx-ncp:1\nbaremetal: true\nncpIni:\n  coe:\n    cluster: c1\n',
    );
    expect(problems).toEqual([]);
    expect(props).toEqual({ image: 'r.example.com/nsx-ncp:1', baremetal: true, ncpIni: { coe: { cluster: 'c1' } } });
  });

  test('an unknown key is an error that suggests the nearest known key', () => {
    const { problems } = parseValues('image: r.example.com/nsx-ncp:1\nbareMetal: true\novsbridge: br0\n');
    expect(problems.map(String)).toEqual([
      'bareMetal: is not an option; did you mean "baremetal"? (got true)\n    allowed: one of image, nodeType, baremetal, ovsBridge, namespace, name, configMapName, serviceAccountName, imagePullPolicy, ncpIni\n    fix: correct the key, or remove it',
      expect.stringContaining('ovsbridge: is not an option; did you mean "ovsBridge"? (got "br0")'),
    ]);
  });

  test('invalid YAML names the line', () => {
    const { problems } = parseValues('image: a\n\tbaremetal: true\n');
    expect(String(problems[0])).toMatch(
      /^values file line 2, column 1: is not valid YAML: Tabs are not allowed as indentation \(not set\)/,
    );
  });

  test('a duplicate key is refused rather than one value silently winning', () => {
    expect(parseValues('image: a\nimage: b\n').problems.map(String)).toEqual([
      expect.stringContaining('is not valid YAML: Map keys must be unique'),
    ]);
  });

  test('a document that is not a map is refused', () => {
    expect(parseValues('- image: a\n').problems.map(String)).toEqual([
      expect.stringContaining('values file: is not a map of options'),
    ]);
  });
});
