import fc from 'fast-check';
import { parse } from 'ini';
import { NcpVersion, NodeType } from '../../src';
import { checkNcpIni } from '../../src/ncp-ini/check';
import { parseNcpIni } from '../../src/ncp-ini/parse';
import { renderNcpIni } from '../../src/ncp-ini/render';
import { checkRules } from '../../src/ncp-ini/rules';
import { optionsOf, type SectionName } from '../../src/ncp-ini/schema';
import { extraSettings, paddedText, settingsOf, unsafeText } from './arbitraries';

const versions = fc.constantFrom(...Object.values(NcpVersion));
const configurations = versions.chain((version) => fc.tuple(fc.constant(version), settingsOf(version), extraSettings));

/** The settings without empty sections, which are not written. */
function written(settings: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(settings).filter(([, keys]) => Object.keys(keys).length > 0));
}

/** Each value as it appears in the file. */
function asText(settings: Record<string, Record<string, unknown>>, extra: Record<string, Record<string, unknown>>) {
  const sections = new Set([...Object.keys(settings), ...Object.keys(extra)]);
  return Object.fromEntries(
    [...sections].map((section) => [
      section,
      {
        ...Object.fromEntries(
          Object.entries(settings[section] ?? {}).map(([key, value]) => [
            key,
            optionsOf(section as SectionName)[key].type.render(value),
          ]),
        ),
        ...Object.fromEntries(
          Object.entries(extra[section] ?? {}).map(([key, value]) => [
            key,
            typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value),
          ]),
        ),
      },
    ]),
  );
}

describe('generated configurations', () => {
  test('are valid, and the rendered text parses back to exactly the model (with ini.parse and parseNcpIni)', () => {
    fc.assert(
      fc.property(configurations, ([version, settings, extra]) => {
        // Every key and value is valid: what is left are the rules between keys, which the generator does not know.
        const context = { version, nodeType: NodeType.HOSTVM };
        const spell = (section: string, key: string) => `ncpIni.${section}.${key}`;
        expect(checkNcpIni({ ...settings, extra }, context, 'ncpIni')).toEqual(checkRules(settings, context, spell));
        const model = written(settings);
        const text = renderNcpIni({ ...model, extra });
        const read = parse(text);
        const readAsText = Object.fromEntries(
          Object.entries(read).map(([section, keys]) => [
            section,
            Object.fromEntries(Object.entries(keys as object).map(([key, value]) => [key, String(value)])),
          ]),
        );
        expect(readAsText).toEqual(asText(model, extra));
        // Read without a release line: the rules between keys are not what this property is about.
        const typed = parseNcpIni(renderNcpIni(model));
        expect(typed.problems).toEqual([]);
        expect(typed.settings).toEqual(model);
      }),
      { numRuns: 100 },
    );
  });

  test('values that would break the file or be read differently are always refused, in typed and extra keys', () => {
    fc.assert(
      fc.property(fc.oneof(unsafeText, paddedText), fc.boolean(), (value, inExtra) => {
        const settings = inExtra ? { coe: { cluster: 'c1' }, extra: { coe: { new_key: value } } } : { coe: { cluster: value } };
        const where = inExtra ? 'ncpIni.extra.coe.new_key' : 'ncpIni.coe.cluster';
        expect(
          checkNcpIni(settings, { version: NcpVersion.V2_4, nodeType: NodeType.HOSTVM }, 'ncpIni').map((p) => p.option),
        ).toEqual([where]);
      }),
    );
  });
});
