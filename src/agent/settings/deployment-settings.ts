import * as k8s from '../../../imports/k8s';
import { isMap } from '../../checking/deep-merge';
import {
  annotationValue,
  countOrPercent,
  envName,
  labelValue,
  metadataKey,
  positiveInt32,
  quantity,
  seconds,
} from '../../checking/k8s-value-types';
import { OptionChecker } from '../../checking/option-checker';
import { Problem, type ProblemList } from '../../checking/problem';
import { boolean, dnsSubdomain, oneOf } from '../../checking/value-types';
import { containerNames, NCP_VERSION_ALLOWED, NcpVersion, RELEASE_LINES, releaseLine } from '../../releases/release-lines';
import { ContainerName, type NodeType, VENDOR_LABELS, VENDOR_NAMES } from '../../releases/vendor';
import { Platform } from '../options/platform';
import { TaintEffect, TolerationOperator, UpdateStrategyType } from '../options/scheduling';
import { checkAffinity } from './affinity-check';
import type { AgentOptions } from './agent-options';
import { unknownFields } from './k8s-passthrough';

/** Pod-template annotation holding the hash of the rendered ncp.ini. */
export const CONFIG_HASH_ANNOTATION = 'checksum/ncp.ini';

/** The checked deployment options (generation, platform, companions, scheduling, rollout), defaults applied. */
export interface DeploymentSettings {
  readonly ncpVersion: NcpVersion;
  readonly platform: Platform;
  readonly createNamespace: boolean;
  readonly createServiceAccount: boolean;
  readonly createRbac: boolean;
  readonly createScc: boolean;
  readonly clusterRoleName: string;
  readonly clusterRoleBindingName: string;
  readonly sccName: string;
  readonly tolerations?: k8s.Toleration[];
  readonly nodeSelector?: Readonly<Record<string, string>>;
  readonly affinity?: k8s.Affinity;
  readonly priorityClassName?: string;
  readonly updateStrategy: k8s.DaemonSetUpdateStrategy;
  readonly imagePullSecrets: readonly string[];
  readonly containers: NonNullable<AgentOptions['containers']>;
  readonly terminationGracePeriodSeconds?: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly podAnnotations: Readonly<Record<string, string>>;
  readonly rollOnConfigChange: boolean;
}

/** Environment variables the vendor's containers set from NCP 3.1 on. */
const VENDOR_ENV = ['POD_NAME', 'CONTAINER_NAME', 'NODE_NAME'];

/** Checks the deployment options of `props` (recording problems in `problems`) and applies the defaults. */
export function deploymentSettings(
  props: AgentOptions,
  nodeType: NodeType,
  name: string,
  problems: ProblemList,
): DeploymentSettings {
  const check = new OptionChecker(problems);
  const flag = (option: keyof AgentOptions) =>
    check.value(option, props[option], boolean, `set ${option} to true or false`) ?? true;
  const objectName = (option: keyof AgentOptions, fallback: string) =>
    check.value(option, props[option], dnsSubdomain, `set ${option} to a valid object name, e.g. ${fallback}`) ?? fallback;

  const ncpVersion = versionLine(props.ncpVersion, problems);
  const line = RELEASE_LINES[ncpVersion];
  const platform =
    check.value('platform', props.platform, oneOf(Object.values(Platform)), 'set platform to Kubernetes or OpenShift') ??
    Platform.OPENSHIFT;
  const rollOnConfigChange = flag('rollOnConfigChange');
  const labels = metadata(check, 'labels', props.labels, labelValue);
  const podLabels = metadata(check, 'podLabels', props.podLabels, labelValue);
  const podAnnotations = metadata(check, 'podAnnotations', props.podAnnotations, annotationValue);
  for (const [option, map] of [
    ['labels', labels],
    ['podLabels', podLabels],
  ] as const) {
    for (const key of Object.keys(map).filter((k) => Object.hasOwn(VENDOR_LABELS, k))) {
      problems.push(
        new Problem(
          `${option}.${key}`,
          map[key],
          "is one of the vendor's labels, which select the DaemonSet's pods",
          `keys other than ${Object.keys(VENDOR_LABELS).join(', ')}`,
          `remove ${option}.${key}, or use another key`,
        ),
      );
    }
  }
  if (rollOnConfigChange && CONFIG_HASH_ANNOTATION in podAnnotations) {
    problems.push(
      new Problem(
        `podAnnotations.${CONFIG_HASH_ANNOTATION}`,
        podAnnotations[CONFIG_HASH_ANNOTATION],
        'is written by rollOnConfigChange',
        `annotation keys other than ${CONFIG_HASH_ANNOTATION}`,
        `remove it, or set rollOnConfigChange: false`,
      ),
    );
  }

  return {
    ncpVersion,
    platform,
    createNamespace: flag('createNamespace'),
    createServiceAccount: flag('createServiceAccount'),
    createRbac: flag('createRbac'),
    createScc: flag('createScc'),
    clusterRoleName: objectName('clusterRoleName', VENDOR_NAMES.clusterRole),
    // Each agent binds the vendor's role to its own service account; the vendor's agent keeps the vendor's name.
    clusterRoleBindingName: objectName(
      'clusterRoleBindingName',
      name === VENDOR_NAMES.daemonSet ? VENDOR_NAMES.clusterRoleBinding : `${name}-cluster-role-binding`,
    ),
    sccName: objectName('sccName', `${name}-scc`),
    tolerations: tolerations(check, props.tolerations) ?? (line.tolerations && [...line.tolerations]),
    nodeSelector: check.map(
      'nodeSelector',
      props.nodeSelector,
      metadataKey,
      labelValue,
      'select nodes by label, e.g. nsx-node-type: baremetal',
    ),
    affinity: affinity(check, props.affinity),
    priorityClassName:
      check.value(
        'priorityClassName',
        props.priorityClassName,
        dnsSubdomain,
        'set priorityClassName to a PriorityClass name, e.g. system-node-critical',
      ) ?? line.priorityClassName,
    updateStrategy: updateStrategy(check, props),
    imagePullSecrets: (check.list('imagePullSecrets', props.imagePullSecrets, 'a list of Secret names') ?? []).flatMap(
      (secret, i) =>
        check.value(`imagePullSecrets[${i}]`, secret, dnsSubdomain, 'name a docker-registry Secret in the namespace') ?? [],
    ),
    containers: checkContainers(check, props.containers, containerNames(ncpVersion, nodeType), ncpVersion),
    terminationGracePeriodSeconds:
      check.value(
        'terminationGracePeriodSeconds',
        props.terminationGracePeriodSeconds,
        seconds,
        'set it to the seconds the agent may take to stop, e.g. 60',
      ) ?? line.terminationGracePeriodSeconds,
    labels,
    annotations: metadata(check, 'annotations', props.annotations, annotationValue),
    podLabels,
    podAnnotations,
    rollOnConfigChange,
  };
}

function metadata(check: OptionChecker, option: string, value: unknown, valueType: typeof labelValue) {
  return check.map(option, value, metadataKey, valueType, `correct ${option}, e.g. example.com/team: network`) ?? {};
}

const taintEffects = oneOf(Object.values(TaintEffect));
const operators = oneOf(Object.values(TolerationOperator));

function tolerations(check: OptionChecker, value: unknown): k8s.Toleration[] | undefined {
  const items = check.list('tolerations', value, 'a list of tolerations such as {operator: Exists}');
  return items?.flatMap((item, i) => {
    const option = `tolerations[${i}]`;
    const before = check.problems.length;
    const t = check.fields(option, item, ['key', 'operator', 'value', 'effect', 'tolerationSeconds']);
    if (t === undefined) {
      return [];
    }
    check.value(`${option}.key`, t.key, metadataKey, 'set key to a taint key, e.g. node-role.kubernetes.io/master');
    const operator = check.value(`${option}.operator`, t.operator, operators, 'set operator to Exists or Equal');
    const effect = check.value(
      `${option}.effect`,
      t.effect,
      taintEffects,
      'set effect to NoSchedule, PreferNoSchedule or NoExecute, or remove it',
    );
    check.value(`${option}.value`, t.value, labelValue, 'set value to the taint value');
    check.value(`${option}.tolerationSeconds`, t.tolerationSeconds, seconds, 'set tolerationSeconds to a number of seconds');
    if (operator === TolerationOperator.EXISTS && t.value !== undefined) {
      check.problems.push(
        new Problem(
          `${option}.value`,
          t.value,
          'is set with operator Exists',
          'no value with Exists',
          'remove value, or use operator Equal',
        ),
      );
    }
    if (t.key === undefined && operator !== TolerationOperator.EXISTS) {
      check.problems.push(
        new Problem(
          `${option}.operator`,
          t.operator,
          'must be Exists when no key is given',
          'Exists',
          'set operator: Exists, or give a key',
        ),
      );
    }
    if (t.tolerationSeconds !== undefined && effect !== TaintEffect.NO_EXECUTE) {
      check.problems.push(
        new Problem(
          `${option}.tolerationSeconds`,
          t.tolerationSeconds,
          'only applies to NoExecute taints',
          'effect: NoExecute',
          'set effect: NoExecute, or remove tolerationSeconds',
        ),
      );
    }
    return check.problems.length === before ? [t as k8s.Toleration] : [];
  });
}

function affinity(check: OptionChecker, value: unknown): k8s.Affinity | undefined {
  const a = check.fields('affinity', value, ['nodeAffinity', 'podAffinity', 'podAntiAffinity']);
  if (a === undefined) {
    return undefined;
  }
  const unknown = unknownFields(a, (v) => k8s.toJson_Affinity(v as k8s.Affinity));
  for (const path of unknown) {
    check.problems.push(
      new Problem(
        `affinity.${path}`,
        undefined,
        'is not a field of a Kubernetes Affinity',
        'the fields of the pod spec affinity',
        'correct the field name (the Kubernetes API spelling), or remove it',
      ),
    );
  }
  const before = check.problems.length;
  checkAffinity(check, a);
  return unknown.length === 0 && check.problems.length === before ? (a as k8s.Affinity) : undefined;
}

function updateStrategy(check: OptionChecker, props: AgentOptions): k8s.DaemonSetUpdateStrategy {
  const type =
    check.value(
      'updateStrategy',
      props.updateStrategy,
      oneOf(Object.values(UpdateStrategyType)),
      'set updateStrategy to RollingUpdate or OnDelete',
    ) ?? UpdateStrategyType.ROLLING_UPDATE;
  const maxUnavailable = check.value(
    'maxUnavailable',
    props.maxUnavailable,
    countOrPercent,
    'set maxUnavailable to e.g. 1 or "10%"',
  );
  if (maxUnavailable === undefined) {
    return { type };
  }
  if (type === UpdateStrategyType.ON_DELETE) {
    check.problems.push(
      new Problem(
        'maxUnavailable',
        maxUnavailable,
        'has no effect with updateStrategy OnDelete',
        'maxUnavailable only with RollingUpdate',
        'remove maxUnavailable, or use RollingUpdate',
      ),
    );
  }
  return {
    type,
    rollingUpdate: {
      maxUnavailable:
        typeof maxUnavailable === 'number'
          ? k8s.IntOrString.fromNumber(maxUnavailable)
          : k8s.IntOrString.fromString(maxUnavailable),
    },
  };
}

const PROBE_FIELDS = {
  initialDelaySeconds: seconds,
  timeoutSeconds: positiveInt32,
  periodSeconds: positiveInt32,
  failureThreshold: positiveInt32,
};

function checkContainers(
  check: OptionChecker,
  value: unknown,
  present: ContainerName[],
  version: NcpVersion,
): NonNullable<AgentOptions['containers']> {
  const all = check.fields('containers', value, Object.values(ContainerName));
  for (const name of Object.keys(all ?? {}).filter((n) => (Object.values(ContainerName) as string[]).includes(n))) {
    const option = `containers.${name}`;
    if (!present.includes(name as ContainerName)) {
      check.problems.push(
        new Problem(
          option,
          all?.[name],
          'names a container this agent does not run',
          `one of ${present.join(', ')}`,
          'nsx-ovs runs only on HOSTVM from NCP 2.5: remove its settings, or check nodeType and ncpVersion',
        ),
      );
      continue;
    }
    const options = check.fields(option, all?.[name], ['resources', 'env', 'livenessProbe']);
    const resources = check.fields(`${option}.resources`, options?.resources, ['requests', 'limits']);
    for (const kind of ['requests', 'limits']) {
      const list = check.fields(`${option}.resources.${kind}`, resources?.[kind], ['cpu', 'memory']);
      for (const resource of ['cpu', 'memory']) {
        check.value(
          `${option}.resources.${kind}.${resource}`,
          list?.[resource],
          quantity,
          `set ${resource} to a quantity, e.g. ${resource === 'cpu' ? '100m' : '256Mi'}`,
        );
      }
    }
    const env = check.map(
      `${option}.env`,
      options?.env,
      envName,
      annotationValue,
      'name variables with letters, digits and "_", and give string values',
    );
    const reserved = RELEASE_LINES[version].podNameEnv && name !== ContainerName.OVS ? VENDOR_ENV : [];
    for (const key of Object.keys(env ?? {}).filter((k) => reserved.includes(k))) {
      check.problems.push(
        new Problem(
          `${option}.env.${key}`,
          env?.[key],
          'is set by the vendor manifest',
          `names other than ${reserved.join(', ')}`,
          'remove it, or use another name',
        ),
      );
    }
    const liveness = options?.livenessProbe;
    if (liveness !== undefined && liveness !== false && !isMap(liveness)) {
      check.problems.push(
        new Problem(
          `${option}.livenessProbe`,
          liveness,
          'is neither probe timing nor false',
          `a map with the keys ${Object.keys(PROBE_FIELDS).join(', ')}, or false to remove the vendor's probe (not recommended)`,
          "write the timing as key: value pairs, or remove the option for the vendor's probe",
        ),
      );
    }
    const probe = isMap(liveness) ? check.fields(`${option}.livenessProbe`, liveness, Object.keys(PROBE_FIELDS)) : undefined;
    for (const [field, type] of Object.entries(PROBE_FIELDS)) {
      check.value(
        `${option}.livenessProbe.${field}`,
        probe?.[field],
        type,
        `set ${field} to ${type.allowed}, or remove it for the vendor's value`,
      );
    }
  }
  return (all ?? {}) as NonNullable<AgentOptions['containers']>;
}

/** The release line `ncpVersion` names (the vendor guide's 2.4 when unset); a problem when it names none. */
export function versionLine(value: unknown, problems: ProblemList): NcpVersion {
  if (value === undefined) {
    return NcpVersion.V2_4;
  }
  const read = releaseLine(value);
  if ('line' in read) {
    return read.line;
  }
  problems.push(
    new Problem('ncpVersion', value, read.reason, NCP_VERSION_ALLOWED, 'set ncpVersion to your NCP release, e.g. 2.4.1'),
  );
  return NcpVersion.V2_4;
}
