import {
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
