import { describeDifference, differences } from '../../src/import/manifest-diff';

describe('field-by-field comparison of manifests', () => {
  test('named lists match by name, whatever their order', () => {
    const a = { volumes: [{ name: 'a', hostPath: { path: '/a' } }, { name: 'b' }] };
    const b = { volumes: [{ name: 'b' }, { name: 'a', hostPath: { path: '/a' } }] };
    expect(differences(a, b)).toEqual([]);
  });

  test('null, empty lists and empty maps count as unset', () => {
    expect(differences({ metadata: { annotations: null }, tolerations: [] }, { metadata: {} })).toEqual([]);
  });

  test('scalars compare as YAML text: a quantity 1 equals "1"', () => {
    expect(differences({ cpu: 1 }, { cpu: '1' })).toEqual([]);
  });

  test('each differing field is named, down to the leaf of a map missing on one side', () => {
    expect(differences({ spec: { a: 1 } }, { spec: { a: 2, selector: { matchLabels: { tier: 'x' } } } })).toEqual([
      { path: 'spec.a', file: 1, generated: 2 },
      { path: 'spec.selector.matchLabels.tier', file: undefined, generated: 'x' },
    ]);
  });

  test('a list item missing on one side is one difference', () => {
    const [d] = differences({ containers: [{ name: 'a' }, { name: 'sidecar', image: 'x' }] }, { containers: [{ name: 'a' }] });
    expect(describeDifference(d)).toBe('containers[sidecar]: {"name":"sidecar","image":"x"} in the file is not imported');
  });

  test('other lists compare whole', () => {
    const [d] = differences({ command: ['a', 'b'] }, { command: ['a'] });
    expect(describeDifference(d)).toBe('command: ["a","b"] in the file becomes ["a"]');
  });
});
