import type * as k8s from '../../imports/k8s';
import { renderNcpIni } from '../ncp-ini/render';
import { RELEASE_LINES } from '../releases/release-lines';
import { NCP_INI_KEY, VENDOR_LABELS } from '../releases/vendor';
import { sccFor } from './companions/openshift-scc';
import { bindingTo, sccUseRule } from './companions/rbac';
import { configChecksum } from './config-checksum';
import { Platform } from './options/platform';
import { containers, volumes } from './pod';
import type { AgentSettings } from './settings/agent-settings';
import { CONFIG_HASH_ANNOTATION } from './settings/deployment-settings';

/** Lets the DaemonSet land on every node of an OpenShift cluster, whatever the project's default node selector. */
const OPENSHIFT_NODE_SELECTOR = 'openshift.io/node-selector';

/**
 * Pod Security Admission labels that admit the pods (host network, host paths, capabilities): enforced, and
 * audited and warned at the same level, so no other level's warnings appear on apply.
 */
export const POD_SECURITY_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  ['enforce', 'audit', 'warn'].flatMap((mode) => [
    [`pod-security.kubernetes.io/${mode}`, 'privileged'],
    [`pod-security.kubernetes.io/${mode}-version`, 'latest'],
  ]),
);

/** The construct ids of an agent's objects, one per object it can make. */
export type ObjectId =
  | 'Namespace'
  | 'ServiceAccount'
  | 'ClusterRole'
  | 'ClusterRoleBinding'
  | 'SecurityContextConstraints'
  | 'SccClusterRole'
  | 'SccClusterRoleBinding'
  | 'Config'
  | 'Resource';

/** The body of each kind of object, as the L1 classes take it (without apiVersion and kind). */
interface Bodies {
  readonly Namespace: k8s.KubeNamespaceProps;
  readonly ServiceAccount: k8s.KubeServiceAccountProps;
  readonly ClusterRole: k8s.KubeClusterRoleProps;
  readonly ClusterRoleBinding: k8s.KubeClusterRoleBindingProps;
  readonly SecurityContextConstraints: ReturnType<typeof sccFor>;
  readonly ConfigMap: k8s.KubeConfigMapProps;
  readonly DaemonSet: k8s.KubeDaemonSetProps;
}

/** One object an agent makes: its kind and body, which give its namespace and name. */
export type AgentObject = {
  readonly [K in keyof Bodies]: {
    readonly id: ObjectId;
    readonly kind: K;
    readonly body: Bodies[K];
    /** The option whose value names the object, and that value, for messages. */
    readonly namedBy: { readonly option: string; readonly value: string };
    /** Companions (Namespace, ServiceAccount, vendor RBAC) may be shared with other agents when identical. */
    readonly shared: boolean;
  };
}[keyof Bodies];

/**
 * Every object of the agent of `settings`, in the order they are made: the companions it needs to run, then the
 * ConfigMap with ncp.ini and the DaemonSet.
 */
export function agentObjects(settings: AgentSettings): AgentObject[] {
  const { namespace, serviceAccountName: account } = settings;
  const openshift = settings.platform === Platform.OPENSHIFT;
  const namedBy = (option: 'namespace' | 'serviceAccountName' | 'clusterRoleName' | 'clusterRoleBindingName') => ({
    option,
    value: settings[option],
  });
  // The ConfigMap and SCC are named after the agent unless their own option names them.
  const named = (option: 'configMapName' | 'sccName') =>
    settings.givenNames.includes(option) ? { option, value: settings[option] } : { option: 'name', value: settings.name };

  const ncpIni = renderNcpIni(settings.ini);
  const podContainers = containers(settings);
  const pod: k8s.PodSpec = {
    hostNetwork: true,
    serviceAccountName: account,
    priorityClassName: settings.priorityClassName,
    terminationGracePeriodSeconds: settings.terminationGracePeriodSeconds,
    tolerations: settings.tolerations,
    nodeSelector: settings.nodeSelector,
    affinity: settings.affinity,
    imagePullSecrets: settings.imagePullSecrets.length > 0 ? settings.imagePullSecrets.map((name) => ({ name })) : undefined,
    containers: podContainers,
    volumes: volumes(settings, podContainers),
  };
  const objects: AgentObject[] = [];
  if (settings.createNamespace) {
    objects.push({
      id: 'Namespace',
      kind: 'Namespace',
      body: {
        metadata: {
          name: namespace,
          labels: settings.podSecurityLabels ? { ...POD_SECURITY_LABELS } : undefined,
          annotations: openshift ? { [OPENSHIFT_NODE_SELECTOR]: '' } : undefined,
        },
      },
      namedBy: namedBy('namespace'),
      shared: true,
    });
  }
  if (settings.createServiceAccount) {
    objects.push({
      id: 'ServiceAccount',
      kind: 'ServiceAccount',
      // Explicit: the agent reads this token (ncp.ini ca_file, client_token_file); cdk8s-plus would default it off.
      body: { metadata: { name: account, namespace }, automountServiceAccountToken: true },
      namedBy: namedBy('serviceAccountName'),
      shared: true,
    });
  }
  if (settings.createRbac) {
    objects.push(
      {
        id: 'ClusterRole',
        kind: 'ClusterRole',
        body: { metadata: { name: settings.clusterRoleName }, rules: [...RELEASE_LINES[settings.ncpVersion].clusterRoleRules] },
        namedBy: namedBy('clusterRoleName'),
        shared: true,
      },
      {
        id: 'ClusterRoleBinding',
        kind: 'ClusterRoleBinding',
        body: bindingTo(settings.clusterRoleBindingName, settings.clusterRoleName, account, namespace),
        namedBy: namedBy('clusterRoleBindingName'),
        shared: true,
      },
    );
  }
  if (openshift && settings.createScc) {
    const scc = settings.sccName;
    objects.push(
      {
        id: 'SecurityContextConstraints',
        kind: 'SecurityContextConstraints',
        body: sccFor(scc, pod),
        namedBy: named('sccName'),
        shared: false,
      },
      {
        id: 'SccClusterRole',
        kind: 'ClusterRole',
        body: { metadata: { name: `${scc}-cluster-role` }, rules: [sccUseRule(scc)] },
        namedBy: named('sccName'),
        shared: false,
      },
      {
        id: 'SccClusterRoleBinding',
        kind: 'ClusterRoleBinding',
        body: bindingTo(`${scc}-cluster-role-binding`, `${scc}-cluster-role`, account, namespace),
        namedBy: named('sccName'),
        shared: false,
      },
    );
  }

  const metadata = (name: string, labels: Readonly<Record<string, string>>) => ({
    name,
    namespace,
    labels: { ...labels, ...settings.labels },
    annotations: Object.keys(settings.annotations).length > 0 ? settings.annotations : undefined,
  });
  const podAnnotations = {
    ...settings.podAnnotations,
    ...(settings.rollOnConfigChange ? { [CONFIG_HASH_ANNOTATION]: configChecksum(settings.ini, ncpIni) } : {}),
  };
  objects.push(
    {
      id: 'Config',
      kind: 'ConfigMap',
      body: { metadata: metadata(settings.configMapName, { version: 'v1' }), data: { [NCP_INI_KEY]: ncpIni } },
      namedBy: named('configMapName'),
      shared: false,
    },
    {
      id: 'Resource',
      kind: 'DaemonSet',
      body: {
        metadata: metadata(settings.name, VENDOR_LABELS),
        spec: {
          selector: { matchLabels: { ...settings.podSelector } },
          updateStrategy: settings.updateStrategy,
          template: {
            metadata: {
              labels: { ...settings.podSelector, ...settings.podLabels },
              annotations: Object.keys(podAnnotations).length > 0 ? podAnnotations : undefined,
            },
            spec: pod,
          },
        },
      },
      namedBy: { option: 'name', value: settings.name },
      shared: false,
    },
  );
  return objects;
}
