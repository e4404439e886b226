import { didYouMean } from '../did-you-mean';
import { Problem } from '../problem';
import { type OptionSpec, SECTIONS, type SectionName } from './schema';

const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** Characters that would change the file's structure, or that NCP's Python config reader reads differently. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029;#[\]"\\=]/u;

/** Why a rendered ncp.ini value cannot be written safely, or `undefined` when it can. */
export function unsafeReason(rendered: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(rendered)) {
    return 'contains a character that would break ncp.ini (line break, control character, ;, #, [, ], ", \\ or =)';
  }
  if (rendered.trim() !== rendered) {
    return 'starts or ends with white space, which ncp.ini would drop or read as a continuation line';
  }
  if (/^'.*'$/.test(rendered)) {
    return 'is wrapped in quotes, which NCP strips';
  }
  return undefined;
}

/** Every problem with `settings` (the `ncpIni` option): unknown sections and keys, wrong values, unsafe text. */
export function checkNcpIni(settings: unknown, path: string): Problem[] {
  if (settings === undefined) {
    return [];
  }
  if (!isRecord(settings)) {
    return [
      new Problem(
        path,
        settings,
        'is not a map of sections',
        `a map with the sections ${SECTION_NAMES.join(', ')}`,
        `write ${path} as sections of key: value pairs`,
      ),
    ];
  }
  return Object.entries(settings).flatMap(([section, values]) => {
    if (!SECTION_NAMES.includes(section as SectionName)) {
      return [
        new Problem(
          `${path}.${section}`,
          values,
          `is not an ncp.ini section the node agent reads${didYouMean(section, SECTION_NAMES)}`,
          `one of ${SECTION_NAMES.join(', ')}`,
          `move these keys into one of those sections, or remove them`,
        ),
      ];
    }
    return checkSection(SECTIONS[section as SectionName], values, `${path}.${section}`);
  });
}

function checkSection(options: Record<string, OptionSpec<unknown>>, values: unknown, path: string): Problem[] {
  if (!isRecord(values)) {
    return [new Problem(path, values, 'is not a map of keys', 'key: value pairs', `write ${path} as key: value pairs`)];
  }
  const known = Object.keys(options).filter((key) => options[key].ownedBy === undefined);
  return Object.entries(values).flatMap(([key, value]) => {
    const spec = Object.hasOwn(options, key) ? options[key] : undefined;
    const where = `${path}.${key}`;
    if (spec === undefined) {
      return [
        new Problem(
          where,
          value,
          `is not a known key of this section${didYouMean(key, known)}`,
          known.length ? `one of ${known.join(', ')}` : 'no keys',
          `correct the key's name, or remove it`,
        ),
      ];
    }
    if (spec.ownedBy !== undefined) {
      return [
        new Problem(
          where,
          value,
          `is set by the construct option ${spec.ownedBy}`,
          `${key} only through ${spec.ownedBy}`,
          `remove ${where} and set ${spec.ownedBy} instead`,
        ),
      ];
    }
    if (value === undefined) {
      return [];
    }
    const reason = spec.type.reason(value) ?? unsafeReason(spec.type.render(value));
    return reason === undefined
      ? []
      : [
          new Problem(
            where,
            value,
            reason,
            spec.type.allowed,
            `set ${where} to ${spec.type.allowed}, or remove it to use NCP's default`,
          ),
        ];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
