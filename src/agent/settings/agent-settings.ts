import { OPTION_NAMES } from '../../app/values';
import { didYouMean } from '../../checking/did-you-mean';
import { annotationsSizeProblem, labelValue } from '../../checking/k8s-value-types';
import { OptionChecker, unplainValues } from '../../checking/option-checker';
import { type OptionPath, Problem, ProblemList } from '../../checking/problem';
import { boolean, dnsLabel, dnsSubdomain, oneOf, text, type ValueType } from '../../checking/value-types';
import { checkNcpIni, withoutRepeats } from '../../ncp-ini/check';
import { type IniValues, withPresets } from '../../ncp-ini/render';
import type { NcpIniSettings } from '../../ncp-ini/schema';
import { NSX_NODE_AGENT_OPTIONS } from '../../ncp-ini/schema';
import { NodeType, VENDOR_BRIDGES, VENDOR_LABELS, VENDOR_NAMES } from '../../releases/vendor';
import { ImagePullPolicy } from '../options/image-pull-policy';
import { adaptorFor, adaptorServes, Platform } from '../options/platform';
import type { AgentOptions } from './agent-options';
import { type DeploymentSettings, deploymentSettings } from './deployment-settings';
import { keysOfOptionsProblems } from './ncp-ini-keys';

/** The props after checking, with every default applied. */
export interface AgentSettings extends DeploymentSettings {
  readonly image: string;
  readonly nodeType: NodeType;
  readonly namespace: string;
  readonly name: string;
  readonly configMapName: string;
  readonly serviceAccountName: string;
  readonly imagePullPolicy: ImagePullPolicy;
  /** The DaemonSet's selector, which its pods carry: the vendor's labels, with `component` naming a non-default agent. */
  readonly podSelector: Readonly<Record<string, string>>;
  /** The options naming objects that the props set, where the name would otherwise follow `name`. */
  readonly givenNames: readonly ('configMapName' | 'sccName')[];
  /** Whether the Namespace carries the Pod Security Admission labels that admit the pods. */
  readonly podSecurityLabels: boolean;
  /** Everything written into ncp.ini: the keys owned by construct options and the vendor's presets included. */
  readonly ini: IniValues;
}

/**
 * Image reference grammar (registry host, path, tag, digest), as the container runtime parses it.
 * The host part may carry upper case and a port; the path is lower case.
 */
const IMAGE_REFERENCE =
  /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d+)?|\[[0-9a-fA-F:]+\](?::\d+)?)\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

/** Names in the vendor's guide that stand for the image and are not one. */
const PLACEHOLDER_IMAGES = ['nsx-ncp', 'nsx-ncp:latest'];

export const image = text({
  allowed: 'the reference of the NCP image in your registry, e.g. registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827',
  pattern: IMAGE_REFERENCE,
  refine: (value) =>
    PLACEHOLDER_IMAGES.includes(value) || /x{4,}|<|>/i.test(value)
      ? "is the vendor guide's placeholder, not an image you loaded"
      : undefined,
});

const nodeTypes = oneOf(Object.values(NodeType));
const pullPolicies = oneOf(Object.values(ImagePullPolicy));

/** The props after checking, or everything wrong with them. */
export interface CheckedSettings {
  /** Set when there is no problem. */
  readonly settings?: AgentSettings;
  /** Each with its option as the user wrote it. */
  readonly problems: readonly Problem[];
}

/**
 * Checks the props `given` and applies the defaults. `at` spells each option the way the user wrote it, e.g.
 * `agents[1].image` for an agent of a values file; by default, as the props name it.
 */
export function agentSettings(given: AgentOptions, at?: OptionPath): CheckedSettings {
  const problems = new ProblemList(at);
  const props = plainProps(given, problems);
  if (props === undefined) {
    return { problems: problems.all };
  }
  const check = new OptionChecker(problems);
  /** The value when it is allowed (or unset, then `fallback`); records a problem otherwise. */
  const take = <T>(option: keyof AgentOptions, type: ValueType<T>, fallback: T, fix: string): T =>
    check.value(option, props[option], type, fix) ?? fallback;

  if (props.image === undefined) {
    problems.push(
      new Problem(
        'image',
        undefined,
        'is required',
        image.allowed,
        'load the NCP image into your registry and set image to its reference',
      ),
    );
  }
  const name = take('name', dnsSubdomain, VENDOR_NAMES.daemonSet, 'set name to a valid object name, e.g. nsx-node-agent');
  const vendor = name === VENDOR_NAMES.daemonSet;
  if (!vendor && labelValue.reason(name) !== undefined) {
    problems.push(
      new Problem(
        'name',
        name,
        `is ${name.length} characters long, more than the 63 of a label value; the pods carry it as component`,
        'a name of at most 63 characters',
        'set name to a shorter one, e.g. nsx-node-agent-bm',
      ),
    );
  }
  const settings = {
    image: take(
      'image',
      image,
      '',
      'docker load -i nsx-ncp-<build>.tar, tag and push the image to your registry, and set image to that reference',
    ),
    nodeType: resolveNodeType(props, problems),
    namespace: take(
      'namespace',
      dnsLabel,
      VENDOR_NAMES.namespace,
      'set namespace to the namespace NCP is installed in, e.g. nsx-system',
    ),
    name,
    // A DaemonSet's selector is immutable: the vendor's agent keeps it, so existing installs upgrade in place.
    podSelector: vendor ? VENDOR_LABELS : { ...VENDOR_LABELS, component: name },
    configMapName: take(
      'configMapName',
      dnsSubdomain,
      `${name}-config`,
      'set configMapName to a valid object name, e.g. nsx-node-agent-config',
    ),
    serviceAccountName: take(
      'serviceAccountName',
      dnsSubdomain,
      // Each pool's own account, so that only its pods may use its SCC.
      vendor ? VENDOR_NAMES.serviceAccount : `${name}-svc-account`,
      'set serviceAccountName to a valid name, e.g. nsx-node-agent-svc-account',
    ),
    imagePullPolicy: take(
      'imagePullPolicy',
      pullPolicies,
      ImagePullPolicy.IF_NOT_PRESENT,
      'set imagePullPolicy to IfNotPresent, Always or Never',
    ),
    podSecurityLabels: take(
      'podSecurityLabels',
      boolean,
      true,
      'set podSecurityLabels to true or false (false where the namespace is labelled elsewhere)',
    ),
  };
  const baremetal = settings.nodeType === NodeType.BAREMETAL;
  const ovsBridge = take(
    'ovsBridge',
    NSX_NODE_AGENT_OPTIONS.ovs_bridge.type,
    baremetal ? VENDOR_BRIDGES.baremetal : VENDOR_BRIDGES.hostvm,
    'set ovsBridge to an existing OVS bridge, or remove it for the default',
  );

  const deployment = deploymentSettings(props, settings.nodeType, name, problems);
  const version = deployment.ncpVersion;
  problems.push(
    ...annotationsSizeProblem('annotations', deployment.annotations),
    ...annotationsSizeProblem('podAnnotations', deployment.podAnnotations),
  );
  const keysOfOptions = keysOfOptionsProblems(props.ncpIni, 'ncpIni', at);
  problems.push(...keysOfOptions);
  problems.push(
    ...withoutRepeats(checkNcpIni(props.ncpIni, { version, nodeType: settings.nodeType }, 'ncpIni', at), keysOfOptions),
  );
  const givenAdaptor = props.ncpIni?.coe?.adaptor;
  if (typeof givenAdaptor === 'string' && !adaptorServes(givenAdaptor, deployment.platform)) {
    problems.push(
      new Problem(
        'ncpIni.coe.adaptor',
        givenAdaptor,
        `contradicts platform ${deployment.platform}`,
        deployment.platform === Platform.OPENSHIFT
          ? 'openshift4 (NCP 3.1 on) or openshift on OpenShift'
          : 'kubernetes on Kubernetes',
        'remove ncpIni.coe.adaptor (platform sets it), or correct platform',
      ),
    );
  }
  if (problems.length > 0) {
    return { problems: problems.all };
  }
  const ncpIni: NcpIniSettings = props.ncpIni ?? {};
  const adaptor = givenAdaptor ?? adaptorFor(deployment.platform, version);

  const checked: AgentSettings = {
    ...settings,
    ...deployment,
    givenNames: (['configMapName', 'sccName'] as const).filter((option) => props[option] !== undefined),
    ini: withPresets(
      {
        ...ncpIni,
        coe: { ...ncpIni.coe, adaptor, node_type: settings.nodeType },
        nsx_node_agent: { ...ncpIni.nsx_node_agent, ovs_bridge: ovsBridge },
      },
      version,
    ),
  };
  return { settings: checked, problems: [] };
}

/**
 * The props with only what the checks can read: unknown keys (no type checker catches them in JavaScript) and
 * values no values file can hold (null, Maps, cycles) are problems and left out.
 */
function plainProps(props: unknown, problems: ProblemList): AgentOptions {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    problems.push(
      new Problem(
        'props',
        props,
        'is not an object',
        'an object of options, at least { image }',
        'pass the options as an object, e.g. { image: "registry.example.com/nsx/nsx-ncp:4.2.0" }',
      ),
    );
    return undefined as never;
  }
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!OPTION_NAMES.includes(key)) {
      problems.push(
        new Problem(
          key,
          value,
          `is not an option${didYouMean(key, OPTION_NAMES)}`,
          `one of ${OPTION_NAMES.join(', ')}`,
          'correct the key, or remove it',
        ),
      );
      continue;
    }
    const wrong = unplainValues(key, value);
    problems.push(...wrong);
    if (wrong.length === 0) {
      kept[key] = value;
    }
  }
  return kept as unknown as AgentOptions;
}

/** `baremetal: true` implies BAREMETAL; saying otherwise in `nodeType` is a contradiction. */
function resolveNodeType(props: AgentOptions, problems: ProblemList): NodeType {
  const { nodeType, baremetal } = props;
  if (baremetal !== undefined && boolean.reason(baremetal)) {
    problems.push(
      new Problem(
        'baremetal',
        baremetal,
        'is not true or false',
        boolean.allowed,
        'set baremetal: true for bare-metal nodes, or remove it',
      ),
    );
    return NodeType.HOSTVM;
  }
  if (nodeType !== undefined && nodeTypes.reason(nodeType)) {
    problems.push(
      new Problem(
        'nodeType',
        nodeType,
        'is not a node type',
        nodeTypes.allowed,
        'set nodeType to HOSTVM for VMs or BAREMETAL for bare-metal servers',
      ),
    );
    return NodeType.HOSTVM;
  }
  if (baremetal !== undefined && nodeType !== undefined && baremetal !== (nodeType === NodeType.BAREMETAL)) {
    problems.push(
      new Problem(
        'baremetal',
        baremetal,
        `contradicts nodeType ${nodeType}`,
        'baremetal: true only with nodeType BAREMETAL (or unset)',
        'remove one of baremetal and nodeType',
      ),
    );
  }
  return nodeType ?? (baremetal ? NodeType.BAREMETAL : NodeType.HOSTVM);
}
