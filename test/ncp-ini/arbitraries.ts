import fc from 'fast-check';
import type { NcpVersion } from '../../src';
import { optionOfKey } from '../../src/agent/settings/ncp-ini-keys';
import { isCredentialName } from '../../src/checking/problem';
import type { ValueType } from '../../src/checking/value-types';
import { keysAt, unsafeReason } from '../../src/ncp-ini/check';
import { choicesIn, type OptionSpec } from '../../src/ncp-ini/option-spec';
import { optionsOf, SECTION_NAMES } from '../../src/ncp-ini/schema';

/** Values `type` accepts that are safe in ncp.ini. */
function valid<T>(type: ValueType<T>, values: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return values.filter((value) => type.reason(value) === undefined && unsafeReason(type.render(value)) === undefined);
}

function textValues(type: ValueType<string>): fc.Arbitrary<string> {
  const shape = type.shape;
  if (shape.kind !== 'text') {
    throw new Error(`not a text type: ${type.allowed}`);
  }
  const values =
    shape.format === 'host'
      ? fc.oneof(fc.ipV4(), fc.ipV6(), fc.domain())
      : shape.format === 'ip'
        ? fc.oneof(fc.ipV4(), fc.ipV6())
        : shape.pattern !== undefined
          ? fc.stringMatching(shape.pattern, { size: 'small' })
          : fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });
  return valid(type, values);
}

/** Any value the option accepts in release line `version`. */
export function optionValues(spec: OptionSpec<unknown>, version: NcpVersion): fc.Arbitrary<unknown> {
  const shape = spec.type.shape;
  switch (shape.kind) {
    case 'integer':
      return fc.integer({ min: shape.min, max: Math.min(shape.max, 2 ** 31) });
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...(choicesIn(spec, version) ?? []));
    case 'list':
      return valid(spec.type, fc.array(textValues(shape.item), { minLength: 1, maxLength: 4 }));
    case 'text':
      return textValues(spec.type as ValueType<string>);
  }
}

/**
 * Settings for release line `version`: any subset of the options it reads, each with any valid value; not the keys
 * the construct's own options write.
 */
export function settingsOf(version: NcpVersion): fc.Arbitrary<Record<string, Record<string, unknown>>> {
  const sections = Object.fromEntries(
    SECTION_NAMES.map((section) => [
      section,
      fc.record(
        Object.fromEntries(
          keysAt(section, version)
            .filter((key) => optionOfKey(section, key) === undefined)
            .map((key) => [key, optionValues(optionsOf(section)[key], version)]),
        ),
        {
          requiredKeys: [],
        },
      ),
    ]),
  );
  return fc.record(sections, { requiredKeys: [] }) as fc.Arbitrary<Record<string, Record<string, unknown>>>;
}

/** Keys the model does not know, with safe values. */
export const extraSettings = fc.dictionary(
  fc.constantFrom(...SECTION_NAMES),
  fc.dictionary(
    fc
      .stringMatching(/^[a-z][a-z0-9_]{0,12}$/)
      .filter((key) => !isCredentialName(key) && SECTION_NAMES.every((s) => optionsOf(s)[key] === undefined)),
    fc.oneof(
      fc.boolean(),
      fc.integer(),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }).filter((v) => unsafeReason(v) === undefined),
    ),
    { minKeys: 1, maxKeys: 3 },
  ),
  { maxKeys: 3 },
);

/** Characters and edges that would break ncp.ini or that NCP reads differently. */
export const unsafeText = fc
  .tuple(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '[',
      ']',
      ';',
      '#',
      '"',
      "'",
      '\\',
      '=',
      '\u0000',
      '\u0085',
      '\u2028',
      '\u2029',
      '\t',
      '\u000b',
    ),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`);

/** Text with white space at one end, which NCP would strip. */
export const paddedText = fc
  .tuple(fc.constantFrom(' ', '\u00a0', '\u3000'), fc.stringMatching(/^[a-z]{1,8}$/), fc.boolean())
  .map(([space, word, before]) => (before ? `${space}${word}` : `${word}${space}`));
