import { Problem } from '../checking/problem';
import type { NcpVersion } from '../releases/release-lines';
import { RELEASE_LINES } from '../releases/release-lines';
import { NodeType } from '../releases/vendor';
import type { Spell } from './check';
import { existsIn } from './option-spec';
import { type NcpIniSettings, NSX_NODE_AGENT_OPTIONS } from './schema';

/** What the rules depend on besides the settings. */
export interface NcpIniContext {
  /** The NCP release line the file is for. */
  readonly version: NcpVersion;
  /** `[coe] node_type`: the kind of node the agent runs on. */
  readonly nodeType: string;
}

/** A rule about more than one setting; `spell` says how the user writes a key, e.g. `ncpIni.coe.cluster`. */
type Rule = (settings: NcpIniSettings, context: NcpIniContext, spell: Spell) => Problem[];

/** NCP names its resources after the cluster; the agent cannot start without it. */
const clusterRequired: Rule = (settings, _context, spell) =>
  settings.coe?.cluster === undefined
    ? [
        new Problem(
          spell('coe', 'cluster'),
          undefined,
          'is required',
          'the cluster name NCP uses',
          `set ${spell('coe', 'cluster')} to the value of [coe] cluster in NCP's own ncp.ini`,
        ),
      ]
    : [];

/** A bare-metal transport node's uplink belongs to NSX: the vendor sets no ovs_uplink_port there. */
const noUplinkOnBaremetal: Rule = (settings, { nodeType }, spell) => {
  if (nodeType !== NodeType.BAREMETAL) {
    return [];
  }
  const set = (['nsx_kube_proxy', 'nsx_node_agent'] as const).filter(
    (section) => settings[section]?.ovs_uplink_port !== undefined,
  );
  return set.map(
    (section) =>
      new Problem(
        spell(section, 'ovs_uplink_port'),
        settings[section]?.ovs_uplink_port,
        'is set on a bare-metal node, whose uplink NSX manages',
        'no uplink port on BAREMETAL',
        'remove ovs_uplink_port, or use nodeType HOSTVM for VM nodes',
      ),
  );
};

/** Client-certificate authentication needs the certificate and its key; the vendor says to set them together. */
const clientCertWithKey: Rule = (settings, _context, spell) => {
  const cert = settings.k8s?.client_cert_file;
  const key = settings.k8s?.client_private_key_file;
  if ((cert === undefined) === (key === undefined)) {
    return [];
  }
  const [missing, present] =
    cert === undefined ? ['client_cert_file', 'client_private_key_file'] : ['client_private_key_file', 'client_cert_file'];
  return [
    new Problem(
      spell('k8s', missing),
      undefined,
      `is required when ${present} is set`,
      'client_cert_file and client_private_key_file together, or neither',
      `set ${spell('k8s', missing)} as well, or remove ${spell('k8s', present)}`,
    ),
  ];
};

/** The agent waits config_reuse_backoff_time before reusing a cached configuration, within config_retry_timeout. */
const backoffBelowRetry: Rule = (settings, { version }, spell) => {
  const agent = settings.nsx_node_agent;
  const { config_retry_timeout: retrySpec, config_reuse_backoff_time: backoffSpec } = NSX_NODE_AGENT_OPTIONS;
  if (
    (agent?.config_retry_timeout === undefined && agent?.config_reuse_backoff_time === undefined) ||
    !existsIn(retrySpec, version)
  ) {
    return [];
  }
  const retry = agent.config_retry_timeout ?? Number(retrySpec.default);
  const backoff = agent.config_reuse_backoff_time ?? Number(backoffSpec.default);
  // A value of the wrong type is already a problem of its own key.
  if (typeof retry !== 'number' || typeof backoff !== 'number' || backoff < retry) {
    return [];
  }
  const key = agent.config_reuse_backoff_time === undefined ? 'config_retry_timeout' : 'config_reuse_backoff_time';
  return [
    new Problem(
      spell('nsx_node_agent', key),
      agent[key],
      `leaves config_reuse_backoff_time (${backoff}) not less than config_retry_timeout (${retry})`,
      'config_reuse_backoff_time less than config_retry_timeout',
      'lower config_reuse_backoff_time or raise config_retry_timeout',
    ),
  ];
};

/** The operator generation's configuration validation refuses `[DEFAULT] log_file`. */
const noLogFileFromOperator: Rule = (settings, { version }, spell) =>
  settings.DEFAULT?.log_file !== undefined && RELEASE_LINES[version].refusesLogFile
    ? [
        new Problem(
          spell('DEFAULT', 'log_file'),
          settings.DEFAULT.log_file,
          `is refused by the configuration validation of ${RELEASE_LINES[version].label}`,
          'log_file unset; log_dir turns on log files with their default names',
          `remove ${spell('DEFAULT', 'log_file')}`,
        ),
      ]
    : [];

/** The DaemonSet mounts the host's /proc (and netns) under /host, in every vendor release. */
const procUnderHost: Rule = (settings, _context, spell) => {
  const prefix = settings.nsx_node_agent?.proc_mount_path_prefix;
  return prefix === undefined || prefix === NSX_NODE_AGENT_OPTIONS.proc_mount_path_prefix.default
    ? []
    : [
        new Problem(
          spell('nsx_node_agent', 'proc_mount_path_prefix'),
          prefix,
          "is not /host, where the DaemonSet mounts the host's /proc",
          '/host',
          `remove ${spell('nsx_node_agent', 'proc_mount_path_prefix')}: the default fits the DaemonSet`,
        ),
      ];
};

const RULES: readonly Rule[] = [
  clusterRequired,
  noUplinkOnBaremetal,
  clientCertWithKey,
  backoffBelowRetry,
  noLogFileFromOperator,
  procUnderHost,
];

/** Every rule's problems for `settings`. */
export function checkRules(settings: NcpIniSettings, context: NcpIniContext, spell: Spell): Problem[] {
  return RULES.flatMap((rule) => rule(settings, context, spell));
}
