import { optionOfKey } from '../src/agent/settings/ncp-ini-keys';
import type { OptionSpec } from '../src/ncp-ini/option-spec';
import { rangeLabel } from '../src/ncp-ini/option-spec';
import { optionsOf, SECTION_NAMES } from '../src/ncp-ini/schema';

/** Markers around the generated table in docs/ncp-ini.md. */
export const TABLE_BEGIN = '<!-- ncp-ini options: generated from src/ncp-ini by `npm run docs`; do not edit -->';
export const TABLE_END = '<!-- end of ncp-ini options -->';

const TEXT_FORMATS = {
  text: 'string',
  name: 'name',
  path: 'path',
  host: 'IP or host name',
  ip: 'IP address',
  socket: 'OVSDB address',
} as const;

/** The option's type in a few words, with its choices and the releases that added some. */
function typeLabel(spec: OptionSpec<unknown>): string {
  const shape = spec.type.shape;
  switch (shape.kind) {
    case 'text':
      return TEXT_FORMATS[shape.format];
    case 'integer':
      if (shape.min === 1 && shape.max === 65535) {
        return 'port';
      }
      return shape.max === Number.MAX_SAFE_INTEGER ? `integer ≥ ${shape.min}` : `integer ${shape.min}–${shape.max}`;
    case 'boolean':
      return 'bool';
    case 'choice':
      return shape.choices
        .map((choice) => {
          const since = spec.choicesSince?.[String(choice)];
          return `\`${spec.type.render(choice)}\`${since === undefined ? '' : ` (${since}+)`}`;
        })
        .join(', ');
    case 'list':
      return 'list, comma-separated';
  }
}

function defaultLabel(spec: OptionSpec<unknown>): string {
  if (spec.preset !== undefined) {
    const until = spec.presetUntil === undefined ? '' : ` up to ${spec.presetUntil}`;
    return `\`${spec.type.render(spec.preset)}\`, written${until}`;
  }
  return spec.default === undefined ? '—' : `\`${spec.default}\``;
}

/** The Markdown table of every ncp.ini option of the model, columns aligned as the formatter (Biome) writes them. */
export function ncpIniOptionsTable(): string {
  // Keys the construct's own options write are named with them.
  const owner = (section: string, key: string) => optionOfKey(section, key)?.option;
  const header = ['section', 'key', 'type / choices', 'NCP default', 'NCP', 'what it does'];
  const rows = SECTION_NAMES.flatMap((section) =>
    Object.entries(optionsOf(section)).map(([key, spec]) => {
      const option = owner(section, key);
      const name = option === undefined ? `\`${key}\`` : `\`${key}\` (from \`${option}\`)`;
      const cells = [`\`${section}\``, name, typeLabel(spec), defaultLabel(spec), rangeLabel(spec), spec.doc];
      return cells.map((cell) => cell.replaceAll('|', '\\|'));
    }),
  );
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => [...row[column]].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column] - [...cell].length)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** `page` with the table between the markers replaced by the current one. */
export function withOptionsTable(page: string): string {
  const begin = page.indexOf(TABLE_BEGIN);
  const end = page.indexOf(TABLE_END);
  if (begin < 0 || end < begin) {
    throw new Error(`docs/ncp-ini.md needs the lines ${TABLE_BEGIN} and ${TABLE_END} around the ncp.ini table`);
  }
  return `${page.slice(0, begin + TABLE_BEGIN.length)}\n${ncpIniOptionsTable()}\n${page.slice(end)}`;
}
