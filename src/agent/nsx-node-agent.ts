import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { renderNcpIni } from '../ncp-ini/render';
import { configChecksum } from '../operations/config-checksum';
import { AgentCollisions, type ObjectClaim } from './collisions/agent-collisions';
import { sccFor } from './companions/openshift-scc';
import { bindingTo, sccUseRule, vendorRules } from './companions/rbac';
import { Platform } from './options/platform';
import { containers, volumes } from './pod';
import type { NsxNodeAgentProps } from './props';
import { type AgentSettings, agentSettings } from './settings/agent-settings';
import { CONFIG_HASH_ANNOTATION, VENDOR_LABELS } from './settings/deployment-settings';

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

/**
 * The VMware NSX Container Plugin node agent: the `nsx-node-agent` DaemonSet and the ConfigMap with its ncp.ini,
 * as in the vendor's manifest of the chosen NCP generation, with the bare-metal edits made from `nodeType`; and
 * the objects it needs to run: Namespace, ServiceAccount, the vendor's RBAC and, on OpenShift, a
 * SecurityContextConstraints object with the RBAC to use it.
 *
 * The DaemonSet is the default child (id `Resource`), so `ApiObject.of(agent)` reaches it for escape hatches.
 * Several agents in one chart (e.g. a HOSTVM and a BAREMETAL pool) share identical companion objects: the first
 * agent creates them, and the others' properties refer to the same objects.
 */
export class NsxNodeAgent extends Construct {
  /** The DaemonSet. */
  public readonly daemonSet: k8s.KubeDaemonSet;
  /** The ConfigMap holding ncp.ini under the key `ncp.ini`. */
  public readonly configMap: k8s.KubeConfigMap;
  /** The checked options with every default applied. */
  public readonly settings: AgentSettings;
  /** The Namespace, unless `createNamespace` is false. */
  public readonly namespace?: k8s.KubeNamespace;
  /** The ServiceAccount, unless `createServiceAccount` is false. */
  public readonly serviceAccount?: k8s.KubeServiceAccount;
  /** The vendor's ClusterRole, unless `createRbac` is false. */
  public readonly clusterRole?: k8s.KubeClusterRole;
  /** The binding of the ClusterRole to the service account, unless `createRbac` is false. */
  public readonly clusterRoleBinding?: k8s.KubeClusterRoleBinding;
  /** The SecurityContextConstraints, on OpenShift unless `createScc` is false. */
  public readonly securityContextConstraints?: ApiObject;
  /** The ClusterRole granting `use` of the SecurityContextConstraints. */
  public readonly sccClusterRole?: k8s.KubeClusterRole;
  /** The binding of that ClusterRole to the service account. */
  public readonly sccClusterRoleBinding?: k8s.KubeClusterRoleBinding;

  constructor(scope: Construct, id: string, props: NsxNodeAgentProps) {
    super(scope, id);
    const settings = agentSettings(`NsxNodeAgent "${this.node.path}"`, props);
    this.settings = settings;
    const registry = AgentCollisions.of(this);
    registry.addAgent(this, settings);
    const claim = <T extends ApiObject>(request: ObjectClaim, create: () => T) => registry.claim(this, request, create);
    const { namespace, serviceAccountName: account } = settings;
    const openshift = settings.platform === Platform.OPENSHIFT;

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

    if (settings.createNamespace) {
      const spec: k8s.KubeNamespaceProps = {
        metadata: {
          name: namespace,
          labels: settings.podSecurityLabels ? { ...POD_SECURITY_LABELS } : undefined,
          annotations: openshift ? { [OPENSHIFT_NODE_SELECTOR]: '' } : undefined,
        },
      };
      this.namespace = claim(
        { kind: 'Namespace', name: namespace, option: 'namespace', value: namespace, shared: true, spec },
        () => new k8s.KubeNamespace(this, 'Namespace', spec),
      );
    }
    if (settings.createServiceAccount) {
      // Explicit: the agent reads this token (ncp.ini ca_file, client_token_file); cdk8s-plus would default it off.
      const spec: k8s.KubeServiceAccountProps = { metadata: { name: account, namespace }, automountServiceAccountToken: true };
      this.serviceAccount = claim(
        { kind: 'ServiceAccount', namespace, name: account, option: 'serviceAccountName', value: account, shared: true, spec },
        () => new k8s.KubeServiceAccount(this, 'ServiceAccount', spec),
      );
    }
    if (settings.createRbac) {
      const role: k8s.KubeClusterRoleProps = {
        metadata: { name: settings.clusterRoleName },
        rules: vendorRules(settings.ncpVersion),
      };
      this.clusterRole = claim(
        {
          kind: 'ClusterRole',
          name: settings.clusterRoleName,
          option: 'clusterRoleName',
          value: settings.clusterRoleName,
          shared: true,
          spec: role,
        },
        () => new k8s.KubeClusterRole(this, 'ClusterRole', role),
      );
      const binding = bindingTo(settings.clusterRoleBindingName, settings.clusterRoleName, account, namespace);
      this.clusterRoleBinding = claim(
        {
          kind: 'ClusterRoleBinding',
          name: settings.clusterRoleBindingName,
          option: 'clusterRoleBindingName',
          value: settings.clusterRoleBindingName,
          shared: true,
          spec: binding,
        },
        () => new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', binding),
      );
    }
    if (openshift && settings.createScc) {
      const scc = settings.sccName;
      const [option, value] = props.sccName === undefined ? ['name', settings.name] : ['sccName', scc];
      const body = sccFor(scc, pod);
      this.securityContextConstraints = claim(
        { kind: 'SecurityContextConstraints', name: scc, option, value, shared: false, spec: body },
        () => new ApiObject(this, 'SecurityContextConstraints', body as never),
      );
      const role: k8s.KubeClusterRoleProps = { metadata: { name: `${scc}-cluster-role` }, rules: [sccUseRule(scc)] };
      this.sccClusterRole = claim(
        { kind: 'ClusterRole', name: `${scc}-cluster-role`, option, value, shared: false, spec: role },
        () => new k8s.KubeClusterRole(this, 'SccClusterRole', role),
      );
      const binding = bindingTo(`${scc}-cluster-role-binding`, `${scc}-cluster-role`, account, namespace);
      this.sccClusterRoleBinding = claim(
        { kind: 'ClusterRoleBinding', name: `${scc}-cluster-role-binding`, option, value, shared: false, spec: binding },
        () => new k8s.KubeClusterRoleBinding(this, 'SccClusterRoleBinding', binding),
      );
    }

    const metadata = (name: string, labels: Record<string, string>) => ({
      name,
      namespace,
      labels: { ...labels, ...settings.labels },
      annotations: Object.keys(settings.annotations).length > 0 ? settings.annotations : undefined,
    });
    const configMapProps: k8s.KubeConfigMapProps = {
      metadata: metadata(settings.configMapName, { version: 'v1' }),
      data: { 'ncp.ini': ncpIni },
    };
    this.configMap = claim(
      {
        kind: 'ConfigMap',
        namespace,
        name: settings.configMapName,
        ...(props.configMapName === undefined
          ? { option: 'name', value: settings.name }
          : { option: 'configMapName', value: settings.configMapName }),
        shared: false,
        spec: configMapProps,
      },
      () => new k8s.KubeConfigMap(this, 'Config', configMapProps),
    );

    const podAnnotations = {
      ...settings.podAnnotations,
      ...(settings.rollOnConfigChange ? { [CONFIG_HASH_ANNOTATION]: configChecksum(settings.ini, ncpIni) } : {}),
    };
    const daemonSetProps: k8s.KubeDaemonSetProps = {
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
    };
    this.daemonSet = claim(
      {
        kind: 'DaemonSet',
        namespace,
        name: settings.name,
        option: 'name',
        value: settings.name,
        shared: false,
        spec: daemonSetProps,
      },
      () => new k8s.KubeDaemonSet(this, 'Resource', daemonSetProps),
    );
  }
}
