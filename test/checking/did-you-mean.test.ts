import { nearest } from '../../src/checking/did-you-mean';

describe('nearest', () => {
  const known = ['image', 'nodeType', 'baremetal', 'ovsBridge', 'namespace'];

  test('finds a near miss regardless of case', () => {
    expect(nearest('imgae', known)).toBe('image');
    expect(nearest('BareMetal', known)).toBe('baremetal');
    expect(nearest('nodetypes', known)).toBe('nodeType');
  });

  test('suggests nothing for an unrelated name', () => {
    expect(nearest('tolerations', known)).toBeUndefined();
  });
});
