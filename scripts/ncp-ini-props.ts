// Writes src/agent/options/ncp-ini.ts: the construct's `ncpIni` option as camelCase structs, one per ncp.ini
// section, and the closed sets of values as enums, from the ncp.ini model in src/ncp-ini.
// `npm run gen -- --check` writes nothing and fails when the file is not what it would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SECTIONS, camelKey, enumMember } from '../src/agent/options/ncp-ini-names';
import { optionOfKey } from '../src/agent/settings/ncp-ini-keys';
import type { ValueType } from '../src/checking/value-types';
import { logLevel } from '../src/ncp-ini/ncp-value-types';
import { type OptionSpec, rangeLabel } from '../src/ncp-ini/option-spec';
import { optionsOf, SECTION_NAMES, type SectionName } from '../src/ncp-ini/schema';

const ROOT = join(__dirname, '..');
export const GENERATED = join('src', 'agent', 'options', 'ncp-ini.ts');

/** The enum of each closed set of values: shared sets by their type, the others by their key. */
const ENUM_NAMES: readonly (readonly [ValueType<unknown> | string, string, string])[] = [
  [logLevel as ValueType<unknown>, 'LogLevel', "A Python logging level, as NCP's `*loglevel` keys take it."],
  ['coe.adaptor', 'Adaptor', 'The container orchestrator adaptor of `[coe] adaptor`.'],
  ['DEFAULT.api_log_output', 'ApiLogOutput', 'Where NCP logs NSX API calls (`[DEFAULT] api_log_output`).'],
  ['DEFAULT.api_log_mode', 'ApiLogMode', 'How NCP groups its NSX API log (`[DEFAULT] api_log_mode`).'],
  ['k8s.ingress_mode', 'IngressMode', 'How the ingress controller is reached (`[k8s] ingress_mode`).'],
  ['k8s.baseline_policy_type', 'BaselinePolicyType', 'The baseline firewall policy (`[k8s] baseline_policy_type`).'],
  ['k8s.lb_ip_allocation', 'LbIpAllocation', 'How load balancer IPs are allocated (`[k8s] lb_ip_allocation`).'],
  ['nsx_kube_proxy.config_handler', 'KubeProxyConfigHandler', 'Where Service rules go (`[nsx_kube_proxy] config_handler`).'],
  [
    'nsx_node_agent.is_dhcp_configured_on_ovs_uplink_port',
    'UplinkDhcp',
    'Whether the uplink port gets its address by DHCP (`[nsx_node_agent] is_dhcp_configured_on_ovs_uplink_port`).',
  ],
];

/** The interface name of each section's struct. */
const STRUCTS: Readonly<Record<SectionName, string>> = {
  DEFAULT: 'NcpIniDefaults',
  coe: 'NcpIniCoe',
  k8s: 'NcpIniK8s',
  nsx_node_agent: 'NcpIniNsxNodeAgent',
  nsx_kube_proxy: 'NcpIniNsxKubeProxy',
};

const SECTION_DOCS: Readonly<Record<SectionName, string>> = {
  DEFAULT: '`[DEFAULT]`: logging.',
  coe: '`[coe]`: the container orchestrator the agent serves.',
  k8s: '`[k8s]`: the Kubernetes API server and the adaptor.',
  nsx_node_agent: '`[nsx_node_agent]`: the container network interface agent.',
  nsx_kube_proxy: '`[nsx_kube_proxy]`: the Service implementation.',
};

function enumOf(section: SectionName, key: string, spec: OptionSpec<unknown>): string {
  const entry = ENUM_NAMES.find(([by]) => by === spec.type || by === `${section}.${key}`);
  if (entry === undefined) {
    throw new Error(`[${section}] ${key} is a closed set without an enum name: add it to ENUM_NAMES in ${__filename}`);
  }
  return entry[1];
}

function typeOf(section: SectionName, key: string, spec: OptionSpec<unknown>): string {
  const shape = spec.type.shape;
  switch (shape.kind) {
    case 'text':
      return 'string';
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      return 'string[]';
    case 'choice':
      return enumOf(section, key, spec);
  }
}

/** A doc comment, wrapped at 110 columns, indented by `indent`. */
function comment(lines: readonly string[], indent: string): string {
  const wrapped = lines.flatMap((line) => {
    if (line === '') {
      return [''];
    }
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && `${indent} * ${current} ${word}`.length > 120) {
        out.push(current);
        current = word;
      } else {
        current = current === '' ? word : `${current} ${word}`;
      }
    }
    return [...out, current];
  });
  return [`${indent}/**`, ...wrapped.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`].join(
    '\n',
  );
}

/** The text of src/agent/options/ncp-ini.ts. */
export function ncpIniProps(): string {
  const enums = new Map<string, { doc: string; values: readonly string[] }>();
  const structs = SECTION_NAMES.map((section) => {
    const properties = Object.entries(optionsOf(section))
      .filter(([key]) => optionOfKey(section, key) === undefined)
      .map(([key, spec]) => {
        if (spec.type.shape.kind === 'choice') {
          const name = enumOf(section, key, spec);
          const doc = ENUM_NAMES.find(([, n]) => n === name)?.[2] as string;
          enums.set(name, { doc, values: spec.type.shape.choices.map((choice) => spec.type.render(choice)) });
        }
        const facts = [
          `NCP ${rangeLabel(spec)}`,
          ...(spec.default === undefined ? [] : [`NCP's default \`${spec.default}\``]),
          ...(spec.preset === undefined
            ? []
            : [`written as \`${spec.type.render(spec.preset)}\` when unset, as in the vendor's file`]),
        ];
        return `${comment([`\`${key}\`: ${spec.doc}`, '', `${facts.join('; ')}.`, '', "@default - not written: NCP's default"], '  ')}\n  readonly ${camelKey(key)}?: ${typeOf(section, key, spec)};`;
      });
    return `${comment([SECTION_DOCS[section]], '')}\nexport interface ${STRUCTS[section]} {\n${properties.join('\n\n')}\n}`;
  });
  const enumText = [...enums].map(
    ([name, { doc, values }]) =>
      `${comment([doc], '')}\nexport enum ${name} {\n${values.map((value) => `  ${enumMember(value)} = '${value}',`).join('\n')}\n}`,
  );
  const sections = SECTION_NAMES.map(
    (section) =>
      `${comment([SECTION_DOCS[section], '', '@default - none'], '  ')}\n  readonly ${CODE_SECTIONS[section]}?: ${STRUCTS[section]};`,
  );
  const extra = `${comment(
    [
      'Keys the typed model does not know yet (from a newer NCP), by the section and key names of ncp.ini, e.g.',
      "`{ nsx_node_agent: { some_new_key: 'value' } }`; also NCP's own sections `ha`, `nsx_v3` and `vc` of a file shared",
      'with NCP, which no agent container reads. Values are written as given, true and false as True and False.',
      '',
      '@default - none',
    ],
    '  ',
  )}\n  readonly extra?: { readonly [section: string]: { readonly [key: string]: string | number | boolean } };`;
  return [
    '// Generated from the ncp.ini model in src/ncp-ini by `npm run gen`; do not edit.',
    '',
    ...enumText.flatMap((text) => [text, '']),
    ...structs.flatMap((text) => [text, '']),
    comment(
      [
        "The node agent's ncp.ini by section, each key in camelCase (`apiserver_host_ip` is `apiserverHostIp`). Unset",
        "keys are not written, so NCP applies its own defaults; a values file writes the file's own names instead",
        '(`ncpIni.k8s.apiserver_host_ip`).',
      ],
      '',
    ),
    `export interface NcpIniProps {\n${[...sections, extra].join('\n\n')}\n}`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const file = join(ROOT, GENERATED);
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== ncpIniProps()) {
      process.stderr.write(`not current: ${GENERATED}: run \`npm run gen\` and commit the result\n`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(file, ncpIniProps());
  }
}
