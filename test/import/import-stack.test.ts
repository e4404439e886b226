import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Yaml } from 'cdk8s';
import { appFromValuesFile } from '../../src/app/app';
import { importVendorStack } from '../../src/import/import-stack';
import { valuesYaml } from '../../src/import/values-yaml';
import { stackExamples } from '../support';

const objectsOf = (file: string) => appFromValuesFile(file).charts.flatMap((c) => c.toJson());

function writeValues(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'import-stack-')), 'values.yaml');
  writeFileSync(file, text);
  return file;
}

describe('import --stack', () => {
  test.each(stackExamples())('%s: importing its manifest gives values that generate the same manifest', (example) => {
    const objects = objectsOf(example);
    const imported = importVendorStack(Yaml.stringify(...objects), { source: 'stack.yaml' });
    expect(imported.problems.map(String)).toEqual([]);
    expect(imported.warnings.filter((w) => w.includes('is not imported'))).toEqual([]);
    expect(objectsOf(writeValues(valuesYaml(imported, 'stack.yaml')))).toEqual(objects);
  });

  test("a vendor-style file: the password in NCP's ncp.ini and a Secret object are not carried over, with warnings", () => {
    const objects = objectsOf(stackExamples().find((f) => f.includes('3.1-hostvm')) as string);
    const withPassword = objects.map((o: any) =>
      o.metadata.name === 'nsx-ncp-config'
        ? {
            ...o,
            data: {
              'ncp.ini': o.data['ncp.ini'].replace('[nsx_v3]\n', '[nsx_v3]\nnsx_api_user = admin\nnsx_api_password = pa$$ss\n'),
            },
          }
        : o,
    );
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'nsx-secret', namespace: 'nsx-system' },
      data: { 'tls.key': 'c2VjcmV0' },
    };
    const imported = importVendorStack(Yaml.stringify(...withPassword, secret), { source: 'ncp-ubuntu.yaml' });
    expect(imported.problems.map(String)).toEqual([]);
    const text = valuesYaml(imported, 'ncp-ubuntu.yaml');
    expect(text).not.toContain('pa$ss');
    expect(text).not.toContain('c2VjcmV0');
    expect(text).toContain('nsxApiPasswordSecret: nsx-api-password');
    expect(imported.warnings).toContainEqual(expect.stringContaining('nsx_api_password is a secret and is not carried over'));
    expect(imported.warnings).toContainEqual(
      expect.stringContaining('Secret/nsx-system/nsx-secret is not carried over: no Secret data goes into a manifest'),
    );
  });

  test("a password in NCP's ncp.ini beside the password Secret is not carried over, with a warning", () => {
    const objects = objectsOf(stackExamples().find((f) => f.includes('2.4-hostvm')) as string).map((o) =>
      o.metadata.name === 'nsx-ncp-config'
        ? { ...o, data: { 'ncp.ini': o.data['ncp.ini'].replace('[nsx_v3]\n', '[nsx_v3]\nnsx_api_password = pa55word\n') } }
        : o,
    );
    const imported = importVendorStack(Yaml.stringify(...objects), { source: 'stack.yaml' });
    expect(imported.problems.map(String)).toEqual([]);
    expect(valuesYaml(imported, 'stack.yaml')).not.toContain('pa55word');
    expect(imported.warnings.join('\n')).not.toContain('pa55word');
    expect(imported.warnings).toContainEqual(expect.stringContaining('is read from the Secret nsx-api-password at pod start'));
  });

  test('a file without NCP is a problem that says to import without --stack', () => {
    const objects = objectsOf('values.yaml');
    expect(importVendorStack(Yaml.stringify(...objects)).problems.map(String)).toEqual([
      expect.stringContaining('import without --stack for the node agent alone'),
    ]);
  });
});
