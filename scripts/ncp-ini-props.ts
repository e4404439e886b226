// Writes src/agent/options/ncp-ini.ts: the construct's `ncpIni` option as camelCase structs, one per ncp.ini
// section, and the closed sets of values as enums, from the ncp.ini model in src/ncp-ini; and
// src/ncp/options/ncp-own-ini.ts, the same for NCP's own file (src/ncp-ini/ncp).
// `npm run gen -- --check` writes nothing and fails when the file is not what it would write.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CODE_SECTIONS, camelKey, enumMember } from '../src/agent/options/ncp-ini-names';
import { optionOfKey } from '../src/agent/settings/ncp-ini-keys';
import type { ValueType } from '../src/checking/value-types';
import { NCP_SCHEMA, NCP_SECTION_NAMES, type NcpSectionName } from '../src/ncp-ini/ncp/schema';
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
  ['nsx_v3.pool_algorithm', 'PoolAlgorithm', 'The load-balancing algorithm of server pools (`[nsx_v3] pool_algorithm`).'],
  ['nsx_v3.service_size', 'LbServiceSize', 'The size of NSX load balancers (`[nsx_v3] service_size`).'],
  ['nsx_v3.l7_persistence', 'L7Persistence', 'Persistence of layer-7 virtual servers (`[nsx_v3] l7_persistence`).'],
  ['nsx_v3.l4_persistence', 'L4Persistence', 'Persistence of layer-4 virtual servers (`[nsx_v3] l4_persistence`).'],
  ['nsx_v3.x_forwarded_for', 'XForwardedFor', 'X-Forwarded-For of layer-7 virtual servers (`[nsx_v3] x_forwarded_for`).'],
  ['nsx_v3.ls_replication_mode', 'LsReplicationMode', 'Replication mode of container segments (`[nsx_v3] ls_replication_mode`).'],
  [
    'nsx_v3.log_firewall_traffic',
    'FirewallTrafficLog',
    'Which NCP firewall rules log traffic (`[nsx_v3] log_firewall_traffic`).',
  ],
];

/** The enums the agent's file already declares, which NCP's structs import instead of declaring again. */
const AGENT_ENUMS = new Set<string>();

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

function enumOf(section: string, key: string, spec: OptionSpec<unknown>): string {
  const entry = ENUM_NAMES.find(([by]) => by === spec.type || by === `${section}.${key}`);
  if (entry === undefined) {
    throw new Error(`[${section}] ${key} is a closed set without an enum name: add it to ENUM_NAMES in ${__filename}`);
  }
  return entry[1];
}

function typeOf(section: string, key: string, spec: OptionSpec<unknown>): string {
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

/** One property of a section's struct, with its doc comment; a closed set's enum is recorded in `enums`. */
function structProperty(
  section: string,
  key: string,
  spec: OptionSpec<unknown>,
  enums: Map<string, { doc: string; values: readonly string[] }>,
): string {
  if (spec.type.shape.kind === 'choice') {
    const name = enumOf(section, key, spec);
    const doc = ENUM_NAMES.find(([, n]) => n === name)?.[2] as string;
    enums.set(name, { doc, values: spec.type.shape.choices.map((choice) => spec.type.render(choice)) });
  }
  const facts = [
    `NCP ${rangeLabel(spec)}`,
    ...(spec.default === undefined ? [] : [`NCP's default \`${spec.default}\``]),
    ...(spec.preset === undefined ? [] : [`written as \`${spec.type.render(spec.preset)}\` when unset, as in the vendor's file`]),
  ];
  return `${comment([`\`${key}\`: ${spec.doc}`, '', `${facts.join('; ')}.`, '', "@default - not written: NCP's default"], '  ')}\n  readonly ${camelKey(key)}?: ${typeOf(section, key, spec)};`;
}

/** The properties of the struct of the agent's `section`. */
function agentStructProperties(
  section: SectionName,
  enums = new Map<string, { doc: string; values: readonly string[] }>(),
): string[] {
  return Object.entries(optionsOf(section))
    .filter(([key]) => optionOfKey(section, key) === undefined)
    .map(([key, spec]) => structProperty(section, key, spec, enums));
}

function isAgentSection(section: string): section is SectionName {
  return SECTION_NAMES.includes(section as SectionName);
}

/** The text of src/agent/options/ncp-ini.ts. */
export function ncpIniProps(): string {
  const enums = new Map<string, { doc: string; values: readonly string[] }>();
  const structs = SECTION_NAMES.map((section) => {
    const properties = agentStructProperties(section, enums);
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
  for (const name of enums.keys()) {
    AGENT_ENUMS.add(name);
  }
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

export const NCP_GENERATED = join('src', 'ncp', 'options', 'ncp-own-ini.ts');

/** NCP's file: the interface name, the property in `ncpIni` and the doc of each section's struct. */
const NCP_STRUCTS: Readonly<Record<NcpSectionName, readonly [string, string, string]>> = {
  DEFAULT: ['NcpOwnIniDefaults', 'defaults', "`[DEFAULT]` of NCP's file: logging."],
  coe: ['NcpOwnIniCoe', 'coe', "`[coe]` of NCP's file: the orchestrator and the cluster."],
  k8s: ['NcpOwnIniK8s', 'k8s', "`[k8s]` of NCP's file: the API server and NCP's Kubernetes features."],
  ha: ['NcpOwnIniHa', 'ha', '`[ha]`: leader election between NCP replicas.'],
  nsx_v3: ['NcpOwnIniNsxV3', 'nsxV3', '`[nsx_v3]`: how NCP reaches NSX and which NSX objects it uses.'],
  vc: ['NcpOwnIniVc', 'vc', '`[vc]`: vCenter, for vSphere with Tanzu only.'],
};

/** Keys of NCP's file that an option of Ncp writes, or that are secrets: not in the structs. */
const NCP_OWNED: readonly string[] = ['coe.node_type'];

/** The text of src/ncp/options/ncp-own-ini.ts: NCP's ncp.ini as camelCase structs. */
export function ncpOwnIniProps(): string {
  const enums = new Map<string, { doc: string; values: readonly string[] }>();
  // A section whose struct would be the agent's, key for key, is the agent's struct.
  const shared = new Map<NcpSectionName, string>();
  const structs = NCP_SECTION_NAMES.flatMap((section) => {
    const own = new Map<string, { doc: string; values: readonly string[] }>();
    const properties = Object.entries(NCP_SCHEMA.optionsOf(section))
      .filter(([key, spec]) => spec.secret !== true && !NCP_OWNED.includes(`${section}.${key}`))
      .map(([key, spec]) => structProperty(section, key, spec, own));
    if (isAgentSection(section) && properties.join('\n') === agentStructProperties(section).join('\n')) {
      shared.set(section, STRUCTS[section]);
      return [];
    }
    for (const [name, values] of own) {
      enums.set(name, values);
    }
    const [name, , doc] = NCP_STRUCTS[section];
    return [`${comment([doc], '')}\nexport interface ${name} {\n${properties.join('\n\n')}\n}`];
  });
  const imported = [...[...enums.keys()].filter((name) => AGENT_ENUMS.has(name)), ...shared.values()].sort();
  const enumText = [...enums]
    .filter(([name]) => !AGENT_ENUMS.has(name))
    .map(
      ([name, { doc, values }]) =>
        `${comment([doc], '')}\nexport enum ${name} {\n${values.map((value) => `  ${enumMember(value)} = '${value}',`).join('\n')}\n}`,
    );
  const sections = NCP_SECTION_NAMES.map((section) => {
    const [name, property, doc] = NCP_STRUCTS[section];
    return `${comment([doc, '', '@default - none'], '  ')}\n  readonly ${property}?: ${shared.get(section) ?? name};`;
  });
  const extra = `${comment(
    [
      "Keys the typed model does not know yet (from a newer NCP), by the section and key names of NCP's ncp.ini, e.g.",
      "`{ nsx_v3: { some_new_key: 'value' } }`. Values are written as given, true and false as True and False; a",
      'secret (a password, key or certificate) is refused.',
      '',
      '@default - none',
    ],
    '  ',
  )}\n  readonly extra?: { readonly [section: string]: { readonly [key: string]: string | number | boolean } };`;
  return [
    '// Generated from the ncp.ini model in src/ncp-ini/ncp by `npm run gen`; do not edit.',
    '',
    ...(imported.length > 0
      ? [`import type {\n${imported.map((name) => `  ${name},`).join('\n')}\n} from '../../agent/options/ncp-ini';`, '']
      : []),
    ...enumText.flatMap((text) => [text, '']),
    ...structs.flatMap((text) => [text, '']),
    comment(
      [
        "NCP's own ncp.ini by section, each key in camelCase (`nsx_api_managers` is `nsxApiManagers`). Unset keys are",
        "not written, so NCP applies its own defaults; a values file writes the file's own names instead",
        '(`ncp.ncpIni.nsx_v3.nsx_api_managers`).',
      ],
      '',
    ),
    `export interface NcpOwnIniProps {\n${[...sections, extra].join('\n\n')}\n}`,
    '',
  ].join('\n');
}

if (require.main === module) {
  // The agent's file first: NCP's imports the enums it declares.
  const outputs: [string, string][] = [
    [GENERATED, ncpIniProps()],
    [NCP_GENERATED, ncpOwnIniProps()],
  ];
  for (const [name, text] of outputs) {
    const file = join(ROOT, name);
    if (process.argv.includes('--check')) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        process.stderr.write(`not current: ${name}: run \`npm run gen\` and commit the result\n`);
        process.exitCode = 1;
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
}
