import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { propsReference } from '../scripts/props-doc';

const DIR = join(__dirname, '..', 'build', 'props-doc-fixture');

const FIXTURE = `import type { Other } from './other';

/** The root props. */
export interface RootProps {
  /** A required option. */
  readonly name: string;
  /**
   * A choice; a | in the text is escaped.
   *
   * @default Kind.FIRST
   */
  readonly kind?: Kind;
  /**
   * Nested options.
   *
   * @default - none, as \`[]\`
   */
  readonly nested?: Nested[];
  /**
   * A type from elsewhere.
   *
   * @default - none
   */
  readonly outside?: Other;
  /** No default given. */
  readonly undocumented?: number | string;
}

/** Two kinds. */
export enum Kind {
  /** The first. */
  FIRST = 'first',
  SECOND = 'second',
}

/** Options one level down. */
export interface Nested {
  /**
   * A count.
   *
   * @default 3
   * @example 4
   */
  readonly 'odd-name'?: number;
}
`;

describe('propsReference, the generator of docs/options.md', () => {
  let page: string;

  beforeAll(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(join(DIR, 'src'), { recursive: true });
    mkdirSync(join(DIR, 'outside'), { recursive: true });
    writeFileSync(join(DIR, 'src', 'props.ts'), FIXTURE);
    writeFileSync(join(DIR, 'src', 'other.ts'), "export type { Other } from '../outside/other';\n");
    writeFileSync(join(DIR, 'outside', 'other.ts'), '/** Not ours. */\nexport interface Other {\n  readonly x: string;\n}\n');
    writeFileSync(
      join(DIR, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', types: [] },
      }),
    );
    page = propsReference({
      file: join(DIR, 'src', 'props.ts'),
      rootInterface: 'RootProps',
      sourceRoot: join(DIR, 'src'),
      tsconfig: join(DIR, 'tsconfig.json'),
      notes: { Nested: 'A note.' },
    });
  });

  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  test('documents the root, then what it references, breadth first; types from outside the sources by name only', () => {
    expect([...page.matchAll(/^## (\w+)$/gm)].map((match) => match[1])).toEqual(['RootProps', 'Kind', 'Nested']);
    expect(page).toContain('| `outside` | `Other` | none | A type from elsewhere. |');
  });

  test('required options, literal and prose defaults, missing defaults, escaped pipes, links to nested types', () => {
    expect(page).toContain('| `name` | `string` | **required** | A required option. |');
    expect(page).toContain('| `kind` | `Kind`, see [Kind](#kind) | `Kind.FIRST` | A choice; a \\| in the text is escaped. |');
    expect(page).toContain('| `nested` | `Nested[]`, see [Nested](#nested) | none, as `[]` | Nested options. |');
    expect(page).toContain('| `undocumented` | `number \\| string` | — | No default given. |');
  });

  test('enum members with their values, quoted property names, @example and notes', () => {
    expect(page).toContain('| `Kind.FIRST` | `"first"` | The first. |');
    expect(page).toContain('| `Kind.SECOND` | `"second"` |  |');
    expect(page).toContain('Options one level down. A note.');
    expect(page).toContain('| `odd-name` | `number` | `3` | A count. Example: `4`. |');
  });

  test('a root interface the file does not declare is an error naming both', () => {
    expect(() =>
      propsReference({
        file: join(DIR, 'src', 'props.ts'),
        rootInterface: 'Missing',
        sourceRoot: join(DIR, 'src'),
        tsconfig: join(DIR, 'tsconfig.json'),
      }),
    ).toThrow(/props\.ts declares no interface Missing/);
  });
});
