import {
  type NcpStackProps,
  NcpVersion,
  NodeType,
  type NsxNodeAgentProps,
  Platform,
  TaintEffect,
  TolerationOperator,
  UpdateStrategyType,
} from '../src';
import { BASE_PROPS } from './support';

/** Every option a production cluster typically sets, at once. */
const EVERY_KNOB: NsxNodeAgentProps = {
  ...BASE_PROPS,
  ncpVersion: NcpVersion.V3_1,
  tolerations: [
    { key: 'node-role.kubernetes.io/master', tolerationOperator: TolerationOperator.EXISTS, effect: TaintEffect.NO_SCHEDULE },
    { tolerationOperator: TolerationOperator.EXISTS, effect: TaintEffect.NO_EXECUTE, tolerationSeconds: 300 },
  ],
  nodeSelector: { 'kubernetes.io/os': 'linux' },
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'nsx-node-type', operator: 'NotIn', values: ['baremetal'] }] }],
      },
    },
  },
  priorityClassName: 'system-node-critical',
  updateStrategy: UpdateStrategyType.ROLLING_UPDATE,
  maxUnavailable: '10%',
  imagePullSecrets: ['registry-credentials'],
  containers: {
    nodeAgent: {
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } },
      env: { HTTPS_PROXY: 'http://proxy.example.com:3128' },
      livenessProbe: { initialDelaySeconds: 60, failureThreshold: 8 },
    },
    ovs: { resources: { requests: { cpu: '200m' } } },
  },
  terminationGracePeriodSeconds: 120,
  labels: { team: 'network' },
  annotations: { 'example.com/owner': 'platform' },
  podLabels: { 'example.com/tier': 'node' },
  podAnnotations: { 'example.com/scrape': 'false' },
};

/** Named option sets covering every platform × NCP generation × node type, plus every knob at once. */
export const VARIANTS: Record<string, NsxNodeAgentProps> = {
  ...Object.fromEntries(
    Object.values(Platform).flatMap((platform) =>
      Object.values(NcpVersion).flatMap((ncpVersion) =>
        Object.values(NodeType).map((nodeType) => [
          `${platform}-${ncpVersion}-${nodeType}`.toLowerCase(),
          { ...BASE_PROPS, platform, ncpVersion, nodeType },
        ]),
      ),
    ),
  ),
  'every-knob': EVERY_KNOB,
  'every-knob-kubernetes-baremetal': {
    ...EVERY_KNOB,
    platform: Platform.KUBERNETES,
    nodeType: NodeType.BAREMETAL,
    ncpVersion: NcpVersion.V4_2,
    containers: { nodeAgent: EVERY_KNOB.containers?.nodeAgent },
  },
};

/** NCP's own settings every stack variant shares: what NCP needs to start. */
export const NCP_INI_BASE = {
  nsxV3: {
    nsxApiManagers: ['10.0.0.10', '10.0.0.11', '10.0.0.12'],
    topTierRouter: 't0-router',
    overlayTz: 'overlay-tz',
    containerIpBlocks: ['k8s-pod-block'],
    externalIpPools: ['k8s-snat-pool'],
  },
};

/** Stack variants: every release line × platform (OpenShift 4 is the operator's) × node type, and the Secret cases. */
export const STACK_VARIANTS: Record<string, NcpStackProps> = {
  ...Object.fromEntries(
    Object.values(Platform).flatMap((platform) =>
      Object.values(NcpVersion)
        .filter((ncpVersion) => platform === Platform.KUBERNETES || ['2.4', '2.5.0', '2.5'].includes(ncpVersion))
        .flatMap((ncpVersion) =>
          Object.values(NodeType).map((nodeType) => [
            `stack-${platform}-${ncpVersion}-${nodeType}`.toLowerCase(),
            { cluster: 'k8s-cluster-1', agent: { ...BASE_PROPS, platform, ncpVersion, nodeType }, ncp: { ncpIni: NCP_INI_BASE } },
          ]),
        ),
    ),
  ),
  'stack-2.3-replication-controller': {
    cluster: 'k8s-cluster-1',
    agent: { ...BASE_PROPS, platform: Platform.KUBERNETES },
    ncp: {
      replicationController: true,
      ncpIni: { nsxV3: { ...NCP_INI_BASE.nsxV3, topTierRouter: undefined, tier0Router: 't0' } },
    },
  },
  'stack-secrets-projected': {
    cluster: 'k8s-cluster-1',
    agent: { ...BASE_PROPS, platform: Platform.KUBERNETES, ncpVersion: NcpVersion.V3_1, configMapName: 'agent-ini' },
    ncp: { nsxClientCertSecret: 'nsx-secret', lbDefaultCertSecret: 'lb-secret', ncpIni: NCP_INI_BASE },
  },
  'stack-secrets-subpath': {
    cluster: 'k8s-cluster-1',
    agent: { ...BASE_PROPS, platform: Platform.KUBERNETES, ncpVersion: NcpVersion.V2_5_0 },
    ncp: { nsxClientCertSecret: 'nsx-secret', lbDefaultCertSecret: 'lb-secret', ncpIni: NCP_INI_BASE },
  },
  'stack-password-ha': {
    cluster: 'k8s-cluster-1',
    agent: { ...BASE_PROPS, platform: Platform.KUBERNETES, ncpVersion: NcpVersion.V4_2 },
    ncp: {
      replicas: 2,
      nsxApiPasswordSecret: 'nsx-api-password',
      lbDefaultCertSecret: 'lb-secret',
      ncpIni: { ha: { enable: true }, nsxV3: { ...NCP_INI_BASE.nsxV3, nsxApiUser: 'admin' } },
    },
  },
};
