import { Construct } from 'constructs';
import { NsxNodeAgent } from '../agent/nsx-node-agent';
import type { NsxNodeAgentProps } from '../agent/props';
import { type AgentOptions, optionsOfProps, valuesProps } from '../agent/settings/agent-options';
import { type AgentSettings, agentSettings } from '../agent/settings/agent-settings';
import { isMap } from '../checking/deep-merge';
import { type OptionPath, Problem, showValue, throwIfAny } from '../checking/problem';
import { NCP_OWN_SECTIONS } from '../ncp-ini/schema';
import { Ncp } from './ncp';
import type { NcpProps } from './props';
import { fileIni, isNcpValuesProps, ncpCodePath, ncpSettings, ncpValuesProps } from './settings';

/** The whole NCP stack: the node agent and NCP, with the keys both files need set once. */
export interface NcpStackProps {
  /** The node agent. Its namespace, release line, platform, node type and image are NCP's too, unless `ncp` sets them. */
  readonly agent: NsxNodeAgentProps;
  /** NCP. The shared keys below and the agent's are written into its file; a contradicting value is a problem. */
  readonly ncp: NcpProps;
  /**
   * `[coe] cluster` of both files.
   *
   * @default - the value set in one of the files (agent's `ncpIni.coe.cluster` or NCP's `ncpIni.coe.cluster`)
   */
  readonly cluster?: string;
  /**
   * `[k8s] apiserver_host_ip` of both files: the API server both reach.
   *
   * @default - KUBERNETES_SERVICE_HOST, or the value set in one of the files
   */
  readonly apiserverHostIp?: string;
  /**
   * `[k8s] apiserver_host_port` of both files.
   *
   * @default - KUBERNETES_SERVICE_PORT, or the value set in one of the files
   */
  readonly apiserverHostPort?: number;
}

/** Keys that both files must hold with one value (vendor-facts b.4), besides `[coe] node_type`. */
export const SHARED_KEYS: readonly (readonly [string, string])[] = [
  ['coe', 'cluster'],
  ['coe', 'adaptor'],
  ['coe', 'enable_snat'],
  ['coe', 'connect_retry_timeout'],
  ['k8s', 'apiserver_host_ip'],
  ['k8s', 'apiserver_host_port'],
  ['k8s', 'ca_file'],
  ['k8s', 'client_token_file'],
];

/** The stack-level options and the ncp.ini key each one sets. */
const STACK_KEYS = [
  ['cluster', 'coe', 'cluster'],
  ['apiserverHostIp', 'k8s', 'apiserver_host_ip'],
  ['apiserverHostPort', 'k8s', 'apiserver_host_port'],
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The agent's and NCP's props of `props` with the shared keys set once, and every problem of both. */
export function stackProps(
  props: NcpStackProps,
  agentPrefix = 'agent.',
): {
  agent?: { options: AgentOptions; at: OptionPath; settings: AgentSettings };
  ncp?: NcpProps;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  if (!isMap(props) || !isMap(props.agent) || !isMap(props.ncp)) {
    return {
      problems: [
        new Problem(
          'props',
          props,
          'is not an object with agent and ncp',
          '{ agent: { image, … }, ncp: { ncpIni, … } }',
          'pass the agent and NCP options',
        ),
      ],
    };
  }
  const given = optionsOfProps(props.agent);
  // Idempotent: the agent's checks spell some options before their problem list spells them again.
  const agentAt: OptionPath = (option) =>
    agentPrefix !== '' && option.startsWith(agentPrefix) ? option : `${agentPrefix}${given.at(option)}`;
  problems.push(...given.problems.map((p) => new Problem(`${agentPrefix}${p.option}`, p.value, p.issue, p.allowed, p.fix)));
  const agentIni = (isMap(given.options.ncpIni) ? given.options.ncpIni : {}) as Record<string, Record<string, unknown>>;
  const fromValues = isNcpValuesProps(props.ncp);
  const ncpAt: OptionPath = (option) => `ncp.${fromValues ? option : ncpCodePath(option)}`;
  const ncpIni = fileIni(props.ncp.ncpIni);
  const filledAgentIni: Record<string, Record<string, unknown>> = { ...agentIni };
  for (const [option, section, key] of STACK_KEYS) {
    const value = props[option];
    if (value === undefined) {
      continue;
    }
    for (const [file, ini, spell] of [
      ['agent', agentIni, agentAt(`ncpIni.${section}.${key}`)],
      ['ncp', ncpIni, ncpAt(`ncpIni.${section}.${key}`)],
    ] as const) {
      const set = ini[section]?.[key];
      if (set !== undefined && !same(set, value)) {
        problems.push(
          new Problem(
            spell,
            set,
            `contradicts ${option} (${showValue(value)}), which sets [${section}] ${key} in both files`,
            showValue(value),
            `remove ${spell}: ${option} writes it${file === 'agent' ? " into the agent's file" : " into NCP's file"}`,
          ),
        );
      }
    }
    filledAgentIni[section] = { ...filledAgentIni[section], [key]: value };
  }
  // NCP's own sections never land in the agent's file.
  const extra = (isMap(agentIni.extra) ? agentIni.extra : {}) as Record<string, unknown>;
  for (const section of Object.keys(extra).filter((name) => NCP_OWN_SECTIONS.includes(name))) {
    problems.push(
      new Problem(
        agentAt(`ncpIni.extra.${section}`),
        extra[section],
        `is NCP's section [${section}], which the node agent does not read`,
        `[${section}] in NCP's file`,
        `move it to ${ncpAt(`ncpIni.${section}`)}`,
      ),
    );
  }
  const options = { ...given.options, ncpIni: filledAgentIni } as AgentOptions;
  const checked = agentSettings(options, agentAt);
  problems.push(...checked.problems);
  const agent = checked.settings as AgentSettings | undefined;

  // NCP takes the agent's namespace, line, platform, node type and image unless it sets them; a different one is a
  // problem. When the agent's options have problems of their own, NCP is checked against them as given.
  const raw = options as unknown as Record<string, unknown>;
  const inherited: [keyof NcpProps, unknown][] = [
    ['namespaceName', agent ? agent.namespace : raw.namespace],
    ['ncpVersion', agent ? agent.ncpVersion : raw.ncpVersion],
    ['platform', agent ? agent.platform : raw.platform],
    ['nodeType', agent ? agent.nodeType : raw.nodeType],
    ['image', agent ? agent.image : raw.image],
  ];
  const ncp: Record<string, unknown> = { ...props.ncp };
  for (const [option, value] of inherited) {
    const set = props.ncp[option];
    if (set === undefined) {
      if (value !== undefined) {
        ncp[option] = value;
      }
    } else if (agent && option !== 'image' && option !== 'ncpVersion' && !same(set, value)) {
      problems.push(
        new Problem(
          `ncp.${option}`,
          set,
          `differs from the node agent's (${showValue(value)}); both run in one cluster`,
          showValue(value),
          `remove ncp.${option}: it follows the agent's`,
        ),
      );
    }
  }
  const agentValues = (agent?.ini ?? filledAgentIni) as Record<string, Record<string, unknown> | undefined>;
  const sharedIni: Record<string, Record<string, unknown>> = Object.fromEntries(
    Object.entries(ncpIni).map(([section, keys]) => [section, isMap(keys) ? { ...keys } : keys]),
  );
  for (const [section, key] of SHARED_KEYS) {
    const agentValue = agentValues[section]?.[key];
    const ncpValue = ncpIni[section]?.[key];
    if (agentValue === undefined) {
      // Set in NCP's file only, the agent would read its default instead.
      if (agent && ncpValue !== undefined) {
        problems.push(
          new Problem(
            ncpAt(`ncpIni.${section}.${key}`),
            ncpValue,
            `is set in NCP's file only: the node agent's [${section}] ${key} would keep its default, and both must read the same value`,
            `[${section}] ${key} in the node agent's ncpIni, which the stack writes into both files`,
            `move it to ${agentAt(`ncpIni.${section}.${key}`)}`,
          ),
        );
      }
      continue;
    }
    const byStack = STACK_KEYS.some(([option, s, k]) => s === section && k === key && props[option] !== undefined);
    if (agent && ncpValue !== undefined && !same(ncpValue, agentValue) && !byStack) {
      problems.push(
        new Problem(
          ncpAt(`ncpIni.${section}.${key}`),
          ncpValue,
          `contradicts the node agent's [${section}] ${key} (${showValue(agentValue)}): both must read the same value`,
          showValue(agentValue),
          `remove ${ncpAt(`ncpIni.${section}.${key}`)}, or set the same value in both (or once, in the stack's option where there is one)`,
        ),
      );
    }
    if ((isMap(sharedIni[section]) || sharedIni[section] === undefined) && (ncpValue === undefined || byStack)) {
      sharedIni[section] = { ...sharedIni[section], [key]: agentValue };
    }
  }
  Object.assign(ncp, { ncpIni: sharedIni, createNamespace: false });
  if (agent) {
    Object.assign(ncp, {
      agentConfigMapName: agent.configMapName,
      agentServiceAccountName: agent.serviceAccountName,
      ovsKernelModule: ncp.ovsKernelModule ?? (agent.ini.nsx_node_agent?.use_nsx_ovs_kernel_module === true ? true : undefined),
      ...(agent.createScc && agent.platform === 'OpenShift' ? { sccName: agent.sccName } : {}),
    });
  }
  if (fromValues) {
    ncpValuesProps(ncp);
  }
  const ncpChecked = ncpSettings(ncp as NcpProps, 'ncp.');
  problems.push(...ncpChecked.problems);
  return { agent: agent && { options, at: given.at, settings: agent }, ncp: ncp as NcpProps, problems };
}

/**
 * The whole NCP stack from one typed config: the node agent (NsxNodeAgent) and NCP (Ncp, with its bootstrap
 * DaemonSet reading the agent's ConfigMap by its actual name). The keys both ncp.ini files need are set once and
 * written into both; contradicting values are problems, reported all at once with the agent's.
 */
export class NcpStack extends Construct {
  /** The node agent. */
  public readonly agent: NsxNodeAgent;
  /** NCP. */
  public readonly ncp: Ncp;

  constructor(scope: Construct, id: string, props: NcpStackProps) {
    super(scope, id);
    const made = stackProps(props);
    throwIfAny(`NcpStack "${this.node.path}"`, made.problems);
    const agent = made.agent as NonNullable<typeof made.agent>;
    this.agent = new NsxNodeAgent(this, 'Agent', valuesProps(agent.options, agent.at));
    this.ncp = new Ncp(this, 'Ncp', made.ncp as NcpProps);
  }
}
