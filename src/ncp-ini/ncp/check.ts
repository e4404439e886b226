import { isMap } from '../../checking/deep-merge';
import { type OptionPath, Problem } from '../../checking/problem';
import { atLeast, NcpVersion, RELEASE_LINES } from '../../releases/release-lines';
import { checkIniKeys, type Spell, withoutRepeats } from '../check';
import { existsIn } from '../option-spec';
import { NCP_SCHEMA, NCP_SECTION_NAMES } from './schema';

/** NCP's settings: section → key → value, with the names of the file. */
export type NcpOwnIniValues = { readonly [section: string]: { readonly [key: string]: unknown } | undefined };

/** What the rules of NCP's file depend on besides the settings. */
export interface NcpOwnIniContext {
  /** The NCP release line. */
  readonly version: NcpVersion;
  /** NCP replicas the workload runs. */
  readonly replicas: number;
  /** A Secret holds the NSX client certificate, so nsx_api_cert_file and nsx_api_private_key_file are filled in. */
  readonly clientCertificate?: boolean;
  /** A Secret holds the NSX password, which is added to the file at pod start. */
  readonly passwordSecret?: boolean;
}

type Rule = (settings: NcpOwnIniValues, context: NcpOwnIniContext, spell: Spell) => Problem[];

const value = (settings: NcpOwnIniValues, section: string, key: string): unknown => settings[section]?.[key];
const isSet = (settings: NcpOwnIniValues, section: string, key: string) => value(settings, section, key) !== undefined;

function required(section: string, key: string, why: string, allowed: string): Rule {
  return (settings, _context, spell) =>
    isSet(settings, section, key)
      ? []
      : [new Problem(spell(section, key), undefined, `is required: ${why}`, allowed, `set ${spell(section, key)}`)];
}

/** A pair of keys set together or not at all. */
function together(section: string, first: string, second: string): Rule {
  return (settings, _context, spell) => {
    if (isSet(settings, section, first) === isSet(settings, section, second)) {
      return [];
    }
    const [missing, present] = isSet(settings, section, first) ? [second, first] : [first, second];
    return [
      new Problem(
        spell(section, missing),
        undefined,
        `is required when ${present} is set`,
        `${first} and ${second} together, or neither`,
        `set ${spell(section, missing)} as well, or remove ${spell(section, present)}`,
      ),
    ];
  };
}

/** NCP needs a router on top of the cluster: tier0_router (2.3), top_tier_router (2.4+) or tier0_gateway (2.5+). */
const routerRequired: Rule = (settings, { version }, spell) => {
  const keys = ['tier0_router', 'top_tier_router', 'tier0_gateway'].filter((key) =>
    existsIn(NCP_SCHEMA.optionOf('nsx_v3', key) ?? {}, version),
  );
  if (keys.some((key) => isSet(settings, 'nsx_v3', key))) {
    return [];
  }
  const preferred = atLeast(version, NcpVersion.V2_5_0) ? 'top_tier_router' : 'tier0_router or top_tier_router';
  return [
    new Problem(
      spell('nsx_v3', 'top_tier_router'),
      undefined,
      `is required: NCP connects the cluster's routers to a tier-0 or top-tier router (${RELEASE_LINES[version].label} reads ${keys.join(', ')})`,
      `one of ${keys.map((key) => spell('nsx_v3', key)).join(', ')}`,
      `set ${spell('nsx_v3', preferred.split(' ')[0])} to the name or UUID of the router`,
    ),
  ];
};

/** With the Manager API, NCP creates segments in an overlay transport zone. */
const overlayWithManagerApi: Rule = (settings, context, spell) =>
  value(settings, 'nsx_v3', 'policy_nsxapi') === true
    ? []
    : required(
        'nsx_v3',
        'overlay_tz',
        'with the Manager API (policy_nsxapi unset or false) NCP puts container segments in an overlay transport zone',
        'the name or UUID of the overlay transport zone, or policy_nsxapi true',
      )(settings, context, spell);

/** SNAT (on unless [coe] enable_snat is false) takes its addresses from external_ip_pools. */
const snatPools: Rule = (settings, context, spell) =>
  value(settings, 'coe', 'enable_snat') === false
    ? []
    : required(
        'nsx_v3',
        'external_ip_pools',
        'SNAT is on ([coe] enable_snat unset or true) and takes its addresses from these pools',
        'one or more NSX IP pools, or [coe] enable_snat false',
      )(settings, context, spell);

/** Leader election: a heartbeat and a lease update must fit in the lease. */
const haTimes: Rule = (settings, _context, spell) => {
  const ha = settings.ha;
  const [master, heartbeat, update] = ['master_timeout', 'heartbeat_period', 'update_timeout'].map((key) => ha?.[key]);
  if (typeof master !== 'number' || typeof heartbeat !== 'number') {
    return [];
  }
  const sum = heartbeat + (typeof update === 'number' ? update : 0);
  return sum <= master && heartbeat < master
    ? []
    : [
        new Problem(
          spell('ha', 'master_timeout'),
          master,
          `is less than heartbeat_period + update_timeout (${sum}), so a leader loses its lease between heartbeats`,
          'master_timeout at least heartbeat_period + update_timeout',
          'raise master_timeout or lower heartbeat_period and update_timeout',
        ),
      ];
};

/** More than one NCP replica only with active-standby HA (2.5+); 2.3/2.4 run exactly one. */
const replicasNeedHa: Rule = (settings, { version, replicas }, spell) => {
  if (replicas <= 1) {
    return [];
  }
  if (!existsIn(NCP_SCHEMA.optionOf('ha', 'enable') ?? {}, version)) {
    return [
      new Problem(
        'replicas',
        replicas,
        `is more than 1, but ${RELEASE_LINES[version].label} runs exactly one NCP (no active-standby)`,
        '1',
        'set replicas to 1',
      ),
    ];
  }
  return value(settings, 'ha', 'enable') === true
    ? []
    : [
        new Problem(
          'replicas',
          replicas,
          'is more than 1 without [ha] enable true: replicas would manage NSX at the same time',
          `1, or more with ${spell('ha', 'enable')} true`,
          `set ${spell('ha', 'enable')} to true, or replicas to 1`,
        ),
      ];
};

/** Basic authentication needs its user and its password Secret together. */
const userWithPassword: Rule = (settings, { passwordSecret, clientCertificate }, spell) => {
  const user = isSet(settings, 'nsx_v3', 'nsx_api_user');
  if (user && !passwordSecret && !clientCertificate) {
    return [
      new Problem(
        spell('nsx_v3', 'nsx_api_user'),
        value(settings, 'nsx_v3', 'nsx_api_user'),
        'is set without a password: basic authentication needs both',
        'nsx_api_user with nsxApiPasswordSecret, or a client certificate (nsxClientCertSecret)',
        'name the Secret holding the password in nsxApiPasswordSecret',
      ),
    ];
  }
  if (!user && passwordSecret) {
    return [
      new Problem(
        spell('nsx_v3', 'nsx_api_user'),
        undefined,
        'is required when nsxApiPasswordSecret is set',
        'the NSX user name of the password',
        `set ${spell('nsx_v3', 'nsx_api_user')}`,
      ),
    ];
  }
  return [];
};

const RULES: readonly Rule[] = [
  required('coe', 'cluster', 'NCP names and tags its NSX objects after the cluster', 'the cluster name, unique per NSX'),
  required('nsx_v3', 'nsx_api_managers', 'NCP cannot reach NSX without them', 'one or three manager addresses, or the VIP'),
  required('nsx_v3', 'container_ip_blocks', 'NCP takes the pod subnets from them', 'one or more NSX IP blocks'),
  routerRequired,
  overlayWithManagerApi,
  snatPools,
  together('nsx_v3', 'nsx_api_cert_file', 'nsx_api_private_key_file'),
  together('nsx_v3', 'lb_default_cert_path', 'lb_priv_key_path'),
  haTimes,
  replicasNeedHa,
  userWithPassword,
];

/** A value that looks like a certificate or key body. */
const PEM = /-----BEGIN [A-Z ]+-----/;

/** Keys of `extra` whose names say they hold a secret. */
const SECRET_KEY = /password|secret|private_key$|token$/;

/**
 * Secrets in the settings: the typed secret keys, secret-looking `extra` keys, and any certificate or key body.
 * A ConfigMap is readable by anyone who may read the namespace's ConfigMaps, so no secret value goes into one.
 */
function secretProblems(settings: NcpOwnIniValues, spell: Spell, spellExtra: Spell): Problem[] {
  const problems: Problem[] = [];
  const refuse = (where: string, key: string) =>
    problems.push(
      new Problem(
        where,
        '(a secret value, not shown)',
        `is a secret (${key}), which would be written into the ConfigMap nsx-ncp-config`,
        'no secret values in settings: a reference to an existing Secret',
        key.includes('password')
          ? 'remove it; put the password into a Secret (kubectl create secret generic nsx-api-password --from-literal=password=…) and name it in nsxApiPasswordSecret'
          : 'remove it; put the certificate and key into a kubernetes.io/tls Secret (kubectl create secret tls …) and name it in nsxClientCertSecret or lbDefaultCertSecret',
      ),
    );
  for (const section of NCP_SECTION_NAMES) {
    for (const [key, raw] of Object.entries(isMap(settings[section]) ? (settings[section] as object) : {})) {
      if (NCP_SCHEMA.optionOf(section, key)?.secret === true || (typeof raw === 'string' && PEM.test(raw))) {
        refuse(spell(section, key), key);
      }
    }
  }
  const extra = isMap(settings.extra) ? (settings.extra as Record<string, unknown>) : {};
  for (const [section, values] of Object.entries(extra)) {
    for (const [key, raw] of Object.entries(isMap(values) ? (values as object) : {})) {
      if (SECRET_KEY.test(key) || (typeof raw === 'string' && PEM.test(raw))) {
        refuse(spellExtra(section, key), key);
      }
    }
  }
  return problems;
}

/** `settings` without the secrets that secretProblems reports, so that the key checks do not repeat or show them. */
function withoutSecrets(settings: unknown, secrets: readonly Problem[], path: string, at: OptionPath): unknown {
  if (!isMap(settings) || secrets.length === 0) {
    return settings;
  }
  const reported = new Set(secrets.map((p) => p.option));
  const strip = (values: unknown, prefix: string): unknown =>
    isMap(values)
      ? Object.fromEntries(Object.entries(values as object).filter(([key]) => !reported.has(at(`${prefix}.${key}`))))
      : values;
  return Object.fromEntries(
    Object.entries(settings as object).map(([section, values]) => [
      section,
      section === 'extra' && isMap(values)
        ? Object.fromEntries(Object.entries(values as object).map(([s, v]) => [s, strip(v, `${path}.extra.${s}`)]))
        : strip(values, `${path}.${section}`),
    ]),
  );
}

/**
 * Every problem with NCP's own ncp.ini settings named `path`: secrets, each section and key against NCP's schema
 * (values as oslo.config reads them), then the rules NCP and the NCP operator enforce between keys.
 */
export function checkNcpOwnIni(
  settings: unknown,
  context: NcpOwnIniContext,
  path: string,
  at: OptionPath = (option) => option,
): Problem[] {
  const spell: Spell = (section, key) => at(`${path}.${section}.${key}`);
  const spellExtra: Spell = (section, key) => at(`${path}.extra.${section}.${key}`);
  const values = isMap(settings) ? (settings as NcpOwnIniValues) : {};
  const secrets = secretProblems(values, spell, spellExtra);
  const keyProblems = [
    ...secrets,
    ...checkIniKeys(withoutSecrets(settings, secrets, path, at), context.version, path, at, NCP_SCHEMA),
  ];
  const ruleProblems = RULES.flatMap((rule) => rule(values, context, spell));
  return [...keyProblems, ...withoutRepeats(ruleProblems, keyProblems)];
}
