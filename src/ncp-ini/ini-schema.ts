import type { OptionSpec } from './option-spec';
import { NCP_OWN_SECTIONS, SECTIONS } from './schema';

/** The options of each section of one ncp.ini file, by section and key. */
export type IniSections = Readonly<Record<string, Readonly<Record<string, OptionSpec<unknown>>>>>;

/**
 * One ncp.ini file as its reader sees it: the node agent's file or NCP's own. The checking pass, the did-you-mean
 * suggestions and the escape hatch `extra` work over any of them.
 */
export interface IniSchema {
  /** Who reads the file, for messages, e.g. `the node agent`. */
  readonly reader: string;
  /** The sections, in the order they are written, with their options. */
  readonly sections: IniSections;
  /** The section names, in the order they are written. */
  readonly names: readonly string[];
  /** Sections of another reader's file that only `extra` may carry. */
  readonly extraSections: readonly string[];
  /** Why a rendered value cannot be written safely for this reader, or `undefined` when it can. */
  readonly unsafeReason: (rendered: string) => string | undefined;
  /** The options of a section; none for a name that is not one. */
  optionsOf(section: string): Readonly<Record<string, OptionSpec<unknown>>>;
  /** The option `key` of `section`, or `undefined`; a key such as `toString` is not an option. */
  optionOf(section: string, key: string): OptionSpec<unknown> | undefined;
}

/** A schema over `sections`, read by `reader`. */
export function iniSchema(
  reader: string,
  sections: IniSections,
  extraSections: readonly string[],
  unsafeReason: (rendered: string) => string | undefined,
): IniSchema {
  const optionsOf = (section: string) => (Object.hasOwn(sections, section) ? sections[section] : {});
  return {
    reader,
    sections,
    names: Object.keys(sections),
    extraSections,
    unsafeReason,
    optionsOf,
    optionOf: (section, key) => {
      const options = optionsOf(section);
      return Object.hasOwn(options, key) ? options[key] : undefined;
    },
  };
}

/**
 * The node agent's file, whose values are written by the `ini` package: the narrow character rule of
 * `agentUnsafeReason` applies (the `ini` package would escape or quote what it refuses).
 */
export const AGENT_SCHEMA: IniSchema = iniSchema('the node agent', SECTIONS, NCP_OWN_SECTIONS, (rendered) =>
  agentUnsafeReason(rendered),
);

/**
 * Characters that would change the file's structure, that the `ini` package escapes or quotes, or that NCP's
 * Python config reader (oslo.config) reads differently: control characters and line separators (a new line),
 * `;` and `#` (comments for `ini`), `[` and `]` (sections), quotes (stripped by oslo.config), backslash
 * (an escape for `ini`) and `=` (quoted by `ini`).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029;#[\]"'\\=]/u;

/** Why a rendered value of the agent's ncp.ini cannot be written safely, or `undefined` when it can. */
export function agentUnsafeReason(rendered: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(rendered)) {
    return 'contains a character that would break ncp.ini (line break, control character, ;, #, [, ], quote, \\ or =)';
  }
  if (rendered.trim() !== rendered) {
    return 'starts or ends with white space, which ncp.ini would drop or read as a continuation line';
  }
  return undefined;
}
