import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Alias levels of nine each: 9^6 strings once expanded, from a file of a few hundred bytes. */
const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    ['b', 'c', 'd', 'e', 'f'].map((k, i) => {
      const prev = 'abcde'[i];
      return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(', ')}]`;
    }),
  )
  .join('\n');

/**
 * Hostile values files, each with the start of the one problem it must produce. Written into a fresh
 * directory: `dir/values/` holds the values files, `dir/secret` a file outside it that must never be read.
 */
export function hostileCorpus(): { dir: string; cases: { name: string; file: string; expected: string }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'nsx-hostile-'));
  const values = join(dir, 'values');
  mkdirSync(values);
  writeFileSync(join(dir, 'secret'), '[coe]\ncluster = secret-value\n');
  symlinkSync(join(dir, 'secret'), join(values, 'link.ini'));
  execFileSync('mkfifo', [join(values, 'fifo')]);
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(values, name), content);
    return join(values, name);
  };
  const cases = [
    {
      name: 'alias bomb',
      file: file('bomb.yaml', aliasBomb),
      expected: 'values file: expands more than 100 YAML aliases (not set)',
    },
    {
      name: 'deep nesting',
      file: file('deep.yaml', `${'['.repeat(200000)}${']'.repeat(200000)}`),
      expected: 'values file: nests [ ] and { } more than 64 levels deep (not set)',
    },
    {
      name: 'oversized file',
      file: file('big.yaml', `image: ${'a'.repeat(2 * 1024 * 1024)}\n`),
      expected: `values file: is larger than 1048576 bytes (${2 * 1024 * 1024 + 8} bytes)`,
    },
    {
      name: 'Latin-1 file',
      file: file('latin1.yaml', Buffer.from('name: caf\xe9\n', 'latin1')),
      expected: 'values file: is not UTF-8 text (invalid byte at offset 9)',
    },
    { name: 'FIFO', file: join(values, 'fifo'), expected: 'values file: is not a regular file (a device, FIFO or socket)' },
    { name: '/dev/zero', file: '/dev/zero', expected: 'values file: is not a regular file (a device, FIFO or socket)' },
    { name: 'directory', file: values, expected: 'values file: is not a regular file (a directory)' },
    {
      name: 'ncpIniFile absolute outside',
      file: file('abs.yaml', `image: i\nncpIniFile: ${join(dir, 'secret')}\n`),
      expected: `ncpIniFile: is outside ${values}, the values file's directory`,
    },
    {
      name: 'ncpIniFile ..',
      file: file('up.yaml', 'image: i\nncpIniFile: ../secret\n'),
      expected: `ncpIniFile: is outside ${values}, the values file's directory`,
    },
    {
      name: 'ncpIniFile symlink out',
      file: file('link.yaml', 'image: i\nncpIniFile: link.ini\n'),
      expected: `ncpIniFile: is outside ${values}, the values file's directory`,
    },
    {
      name: 'ncpIniFile FIFO',
      file: file('fifo.yaml', 'image: i\nncpIniFile: fifo\n'),
      expected: 'fifo: is not a regular file (a device, FIFO or socket)',
    },
    {
      name: 'ncpIniFile Latin-1',
      file: file('ini1.yaml', 'image: i\nncpIniFile: latin1.ini\n'),
      expected: 'latin1.ini: is not UTF-8 text (invalid byte at offset 19)',
    },
    {
      name: 'ncpIniFile that is not an ncp.ini',
      file: file('passwd.yaml', 'image: i\nncpIniFile: passwd\n'),
      expected: 'passwd: is not an ncp.ini: it has no [section] header line, so none of its lines are shown (not set)',
    },
  ];
  writeFileSync(join(values, 'passwd'), 'root:secret-value:0:0:root:/root:/bin/bash\nuser = secret-value\n');
  writeFileSync(join(values, 'latin1.ini'), Buffer.from('[coe]\ncluster = caf\xe9\n', 'latin1'));
  return { dir, cases };
}
