import { ImagePullPolicy } from '../agent/options/image-pull-policy';
import { camelKey, fileKey } from '../agent/options/ncp-ini-names';
import { Platform } from '../agent/options/platform';
import { image } from '../agent/settings/agent-settings';
import { versionLine } from '../agent/settings/deployment-settings';
import { isMap } from '../checking/deep-merge';
import { didYouMean } from '../checking/did-you-mean';
import { OptionChecker, unplainValues } from '../checking/option-checker';
import { type OptionPath, Problem, ProblemList } from '../checking/problem';
import { boolean, dnsLabel, dnsSubdomain, integer, oneOf, text } from '../checking/value-types';
import { checkNcpOwnIni, type NcpOwnIniValues } from '../ncp-ini/ncp/check';
import { withNcpPresets } from '../ncp-ini/ncp/render';
import { NCP_RELEASE_LINES } from '../releases/ncp-release-lines';
import { NcpVersion, RELEASE_LINES } from '../releases/release-lines';
import { NodeType, VENDOR_NAMES } from '../releases/vendor';
import { HostOs } from './host-os';
import type { NcpProps } from './props';

/** Where NCP finds its Secrets, as the 2.5+ vendor files mount them. */
export const SECRET_MOUNTS = {
  nsxCert: { dir: '/etc/nsx-ujo/nsx-cert', cert: 'nsx_api_cert_file', key: 'nsx_api_private_key_file', volume: 'nsx-cert' },
  lbCert: { dir: '/etc/nsx-ujo/lb-cert', cert: 'lb_default_cert_path', key: 'lb_priv_key_path', volume: 'lb-cert' },
} as const;

/** NCP's props after checking. */
export interface NcpSettings {
  readonly image: string;
  readonly version: NcpVersion;
  readonly platform: Platform;
  readonly namespace: string;
  readonly replicas: number;
  readonly replicationController: boolean;
  readonly imagePullPolicy: ImagePullPolicy;
  readonly nsxClientCertSecret?: string;
  readonly lbDefaultCertSecret?: string;
  readonly password?: { readonly secret: string; readonly key: string };
  readonly agentConfigMapName: string;
  readonly agentServiceAccountName: string;
  readonly sccName?: string;
  readonly createCrds: boolean;
  readonly createNamespace: boolean;
  readonly hostOs: HostOs;
  readonly ovsKernelModule: boolean;
  /** Everything written into NCP's ncp.ini, presets and the Secret paths included. */
  readonly ini: NcpOwnIniValues;
}

/** The node agent's ConfigMap in the vendor's files. */
const AGENT_CONFIG_MAP = 'nsx-node-agent-config';

/** NCP's service account, as every vendor file names it. */
export const NCP_SERVICE_ACCOUNT = 'ncp-svc-account';

const KNOWN: readonly (keyof NcpProps)[] = [
  'image',
  'ncpIni',
  'ncpVersion',
  'platform',
  'nodeType',
  'namespaceName',
  'replicas',
  'replicationController',
  'imagePullPolicy',
  'nsxClientCertSecret',
  'lbDefaultCertSecret',
  'nsxApiPasswordSecret',
  'nsxApiPasswordSecretKey',
  'agentConfigMapName',
  'agentServiceAccountName',
  'sccName',
  'createCrds',
  'createNamespace',
  'hostOs',
  'ovsKernelModule',
];

const secretKey = text({
  allowed: 'a Secret data key: letters, digits, "-", "_" and ".", at most 253 characters',
  pattern: /^[-._a-zA-Z0-9]+$/,
  maxLength: 253,
});

/**
 * NCP's settings from `props` (options spelled by `at`, e.g. `ncp.image` in a values file), or every problem with
 * them.
 */
export function ncpSettings(props: NcpProps, prefix = ''): { settings?: NcpSettings; problems: readonly Problem[] } {
  const fromValues = isMap(props) && VALUES_PROPS.has(props);
  const spellIni: OptionPath = fromValues ? (option) => option : ncpCodePath;
  const at: OptionPath = (option) => (prefix !== '' && option.startsWith(prefix) ? option : `${prefix}${spellIni(option)}`);
  const problems = new ProblemList(at);
  if (!isMap(props)) {
    problems.push(
      new Problem(
        'props',
        props,
        'is not an object',
        'an object of options, at least { image, ncpIni }',
        'pass the options as an object',
      ),
    );
    return { problems: problems.all };
  }
  const raw = props as unknown as Record<string, unknown>;
  problems.push(...Object.entries(raw).flatMap(([key, value]) => unplainValues(key, value)));
  for (const key of Object.keys(raw).filter((k) => !(KNOWN as string[]).includes(k))) {
    problems.push(
      new Problem(
        key,
        raw[key],
        `is not an option of NCP${didYouMean(key, KNOWN)}`,
        `one of ${KNOWN.join(', ')}`,
        'correct the key, or remove it',
      ),
    );
  }
  const check = new OptionChecker(problems);
  const take = <T>(
    option: keyof NcpProps,
    type: { reason(v: unknown): string | undefined; allowed: string },
    fallback: T,
    fix: string,
  ) => (check.value(option, raw[option], type as never, fix) as T | undefined) ?? fallback;

  if (raw.image === undefined) {
    problems.push(new Problem('image', undefined, 'is required', image.allowed, 'set image to the NCP image in your registry'));
  }
  const imageRef = take('image', image, '', 'set image to the NCP image in your registry');
  const version = versionLine(raw.ncpVersion, problems);
  const platform = take(
    'platform',
    oneOf(Object.values(Platform)),
    Platform.OPENSHIFT,
    'set platform to Kubernetes or OpenShift',
  );
  const nodeType = take(
    'nodeType',
    oneOf(Object.values(NodeType)),
    NodeType.HOSTVM,
    `set nodeType to one of ${Object.values(NodeType).join(', ')}`,
  );
  const namespace = take(
    'namespaceName',
    dnsLabel,
    VENDOR_NAMES.namespace,
    'set namespaceName to a namespace name, e.g. nsx-system',
  );
  const replicas = take('replicas', integer(0, 1000), 1, 'set replicas to 1, or more with [ha] enable');
  const flag = (option: keyof NcpProps, fallback: boolean) => take(option, boolean, fallback, `set ${option} to true or false`);
  const replicationController = flag('replicationController', false);
  const name = (option: keyof NcpProps, fallback: string) =>
    take(option, dnsSubdomain, fallback, `set ${option} to the name of an existing object, e.g. ${fallback}`);
  const optionalName = (option: keyof NcpProps) =>
    raw[option] === undefined
      ? undefined
      : (check.value(option, raw[option], dnsSubdomain, `set ${option} to the name of an existing Secret`) as string | undefined);
  const nsxClientCertSecret = optionalName('nsxClientCertSecret');
  const lbDefaultCertSecret = optionalName('lbDefaultCertSecret');
  const passwordSecret = optionalName('nsxApiPasswordSecret');
  const passwordKey = take(
    'nsxApiPasswordSecretKey',
    secretKey,
    'password',
    'set nsxApiPasswordSecretKey to the key of the Secret',
  );
  if (raw.nsxApiPasswordSecretKey !== undefined && raw.nsxApiPasswordSecret === undefined) {
    problems.push(
      new Problem(
        'nsxApiPasswordSecretKey',
        raw.nsxApiPasswordSecretKey,
        'is set without nsxApiPasswordSecret',
        'nsxApiPasswordSecretKey together with nsxApiPasswordSecret',
        'set nsxApiPasswordSecret, or remove nsxApiPasswordSecretKey',
      ),
    );
  }
  const imagePullPolicy = take(
    'imagePullPolicy',
    oneOf(Object.values(ImagePullPolicy)),
    ImagePullPolicy.IF_NOT_PRESENT,
    'set imagePullPolicy to Always, IfNotPresent or Never',
  );
  const agentConfigMapName = name('agentConfigMapName', AGENT_CONFIG_MAP);
  const agentServiceAccountName = name('agentServiceAccountName', VENDOR_NAMES.serviceAccount);
  const sccName = optionalName('sccName');

  if (replicationController && version !== NcpVersion.V2_4) {
    problems.push(
      new Problem(
        'replicationController',
        true,
        `is only for NCP 2.3, not ${RELEASE_LINES[version].label}`,
        'true only with ncpVersion 2.3 or 2.4',
        'remove replicationController: the release runs NCP as a Deployment',
      ),
    );
  }
  if (platform === Platform.OPENSHIFT && RELEASE_LINES[version].openshiftAdaptor === 'openshift4') {
    problems.push(
      new Problem(
        'platform',
        platform,
        `is OpenShift with ${RELEASE_LINES[version].label}, which is OpenShift 4: there NCP is installed by the NCP operator (nsx-container-plugin-operator) with the cluster, not by manifests`,
        'Kubernetes for any release; OpenShift for OpenShift 3 (NCP 2.3 to 2.5)',
        'install NCP on OpenShift 4 with the NCP operator, or set platform to Kubernetes',
      ),
    );
  }

  // ncp.ini: the keys set by options are written by them.
  const given = fileIni(raw.ncpIni);
  const ini: Record<string, Record<string, unknown>> = Object.fromEntries(
    Object.entries(given).map(([section, keys]) => [section, isMap(keys) ? { ...keys } : (keys as never)]),
  );
  const own = (option: string, section: string, key: string, value: unknown) => {
    const set = given[section]?.[key];
    if (set !== undefined && set !== value) {
      problems.push(
        new Problem(
          at(`ncpIni.${section}.${key}`),
          set,
          `contradicts ${option}, which sets it to ${JSON.stringify(value)}`,
          `${JSON.stringify(value)}, or the key left out`,
          `remove ${at(`ncpIni.${section}.${key}`)}: ${option} writes it`,
        ),
      );
    }
    ini[section] = { ...ini[section], [key]: value };
  };
  if (raw.nodeType !== undefined || nodeType !== NodeType.HOSTVM) {
    own('nodeType', 'coe', 'node_type', nodeType);
  }
  const adaptor = platform === Platform.OPENSHIFT ? RELEASE_LINES[version].openshiftAdaptor : undefined;
  if (adaptor !== undefined && given.coe?.adaptor === undefined) {
    ini.coe = { ...ini.coe, adaptor };
  }
  if (nsxClientCertSecret !== undefined) {
    own('nsxClientCertSecret', 'nsx_v3', SECRET_MOUNTS.nsxCert.cert, `${SECRET_MOUNTS.nsxCert.dir}/tls.crt`);
    own('nsxClientCertSecret', 'nsx_v3', SECRET_MOUNTS.nsxCert.key, `${SECRET_MOUNTS.nsxCert.dir}/tls.key`);
  }
  if (lbDefaultCertSecret !== undefined) {
    own('lbDefaultCertSecret', 'nsx_v3', SECRET_MOUNTS.lbCert.cert, `${SECRET_MOUNTS.lbCert.dir}/tls.crt`);
    own('lbDefaultCertSecret', 'nsx_v3', SECRET_MOUNTS.lbCert.key, `${SECRET_MOUNTS.lbCert.dir}/tls.key`);
  }
  if (raw.ncpIni !== undefined && !isMap(raw.ncpIni)) {
    problems.push(
      new Problem(
        'ncpIni',
        raw.ncpIni,
        'is not a map of sections',
        'sections of key: value pairs',
        'write ncpIni as sections of key: value pairs',
      ),
    );
  } else {
    problems.push(
      ...checkNcpOwnIni(
        ini,
        { version, replicas, clientCertificate: nsxClientCertSecret !== undefined, passwordSecret: passwordSecret !== undefined },
        'ncpIni',
        at,
      ),
    );
  }
  const createCrds = flag('createCrds', true);
  const createNamespace = flag('createNamespace', true);
  const hostOs = take(
    'hostOs',
    oneOf(Object.values(HostOs)),
    platform === Platform.OPENSHIFT ? HostOs.RHEL : HostOs.UBUNTU,
    'set hostOs to Ubuntu or RHEL',
  );
  const ovsKernelModule = flag('ovsKernelModule', version === NcpVersion.V2_5_0 || version === NcpVersion.V2_5);
  if (problems.length > 0) {
    return { problems: problems.all };
  }
  return {
    settings: {
      image: imageRef,
      version,
      platform,
      namespace,
      replicas,
      replicationController,
      imagePullPolicy,
      nsxClientCertSecret,
      lbDefaultCertSecret,
      password: passwordSecret === undefined ? undefined : { secret: passwordSecret, key: passwordKey },
      agentConfigMapName,
      agentServiceAccountName,
      sccName,
      createCrds,
      createNamespace,
      hostOs,
      ovsKernelModule,
      ini: withNcpPresets(ini, version),
    },
    problems: [],
  };
}

/** Props read from a values file, whose `ncpIni` has the file's names already. */
const VALUES_PROPS = new WeakSet<object>();

/** `props` of a values file: `ncpIni` keeps ncp.ini's names, and problems name them so. */
export function ncpValuesProps(props: object): NcpProps {
  // A values file's ncp options, or a copy the stack makes of them.
  VALUES_PROPS.add(props);
  return props as NcpProps;
}

/** True for props made by ncpValuesProps. */
export function isNcpValuesProps(props: unknown): boolean {
  return isMap(props) && VALUES_PROPS.has(props as object);
}

/** The section of NCP's file a property of `ncpIni` names in code. */
const FILE_SECTIONS: Readonly<Record<string, string>> = { defaults: 'DEFAULT', nsxV3: 'nsx_v3' };
const CODE_OF_FILE: Readonly<Record<string, string>> = { DEFAULT: 'defaults', nsx_v3: 'nsxV3' };

/**
 * `ncpIni` with ncp.ini's section and key names: code's camelCase (`nsxV3.nsxApiManagers`) renamed, the file's own
 * names kept as they are; `extra` keeps its names.
 */
export function fileIni(ncpIni: unknown): Record<string, Record<string, unknown>> {
  if (!isMap(ncpIni)) {
    return {};
  }
  return Object.fromEntries(
    Object.entries(ncpIni as Record<string, unknown>).map(([property, values]) => [
      FILE_SECTIONS[property] ?? property,
      property === 'extra' || !isMap(values)
        ? values
        : Object.fromEntries(Object.entries(values as object).map(([key, value]) => [fileKey(key), value])),
    ]),
  ) as Record<string, Record<string, unknown>>;
}

/** An option path with ncp.ini's names (`ncpIni.nsx_v3.nsx_api_managers`) spelled as code writes it. */
export function ncpCodePath(option: string): string {
  const ncpIni = /^ncpIni\.([^.]+)(?:\.([^.]+))?(.*)$/.exec(option);
  if (ncpIni === null || ncpIni[1] === 'extra') {
    return option;
  }
  const [, section, key, rest] = ncpIni;
  return `ncpIni.${CODE_OF_FILE[section] ?? section}${key === undefined ? '' : `.${camelKey(key)}`}${rest}`;
}

/** The bootstrap of 2.5+ and its release facts. */
export function hasBootstrap(version: NcpVersion): boolean {
  return NCP_RELEASE_LINES[version].bootstrap !== undefined;
}
