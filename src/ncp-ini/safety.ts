/**
 * Characters that would change the file's structure, that the `ini` package escapes or quotes, or that NCP's
 * Python config reader (oslo.config) reads differently: control characters and line separators (a new line),
 * `;` and `#` (comments for `ini`), `[` and `]` (sections), quotes (stripped by oslo.config), backslash
 * (an escape for `ini`) and `=` (quoted by `ini`).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029;#[\]"'\\=]/u;

/** Why a rendered ncp.ini value cannot be written safely, or `undefined` when it can. */
export function unsafeReason(rendered: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(rendered)) {
    return 'contains a character that would break ncp.ini (line break, control character, ;, #, [, ], quote, \\ or =)';
  }
  if (rendered.trim() !== rendered) {
    return 'starts or ends with white space, which ncp.ini would drop or read as a continuation line';
  }
  return undefined;
}

/** What an ncp.ini key may look like: NCP's keys are lower-case words joined by "_". */
export const KEY_ALLOWED = 'a key of lower-case letters, digits and "_", starting with a letter';

/** Why `key` cannot be written as an ncp.ini key, or `undefined` when it can. */
export function unsafeKeyReason(key: string): string | undefined {
  return /^[a-z][a-z0-9_]*$/.test(key) ? undefined : 'is not an ncp.ini key name';
}
