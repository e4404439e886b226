import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { throwIfAny } from '../checking/problem';
import { AgentCollisions } from './collisions/agent-collisions';
import { type AgentObject, agentObjects, type ObjectId } from './objects';
import type { NsxNodeAgentProps } from './props';
import { optionsOfProps } from './settings/agent-options';
import { type AgentSettings, agentSettings } from './settings/agent-settings';

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
  /** The Namespace, unless `createNamespace` is false. */
  public readonly namespaceObject?: k8s.KubeNamespace;
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
    const given = optionsOfProps(props);
    const { settings, problems } =
      given.settings === undefined ? agentSettings(given.options, given.at) : { settings: given.settings, problems: [] };
    throwIfAny(`NsxNodeAgent "${this.node.path}"`, [...given.problems, ...problems]);
    const checked = settings as AgentSettings;
    const registry = AgentCollisions.of(this);
    registry.addAgent(this, checked);
    const made = new Map(agentObjects(checked).map((o) => [o.id, registry.claim(this, o, () => this.make(o))]));
    const found = <T extends ApiObject>(objectId: ObjectId) => made.get(objectId) as T | undefined;
    this.namespaceObject = found('Namespace');
    this.serviceAccount = found('ServiceAccount');
    this.clusterRole = found('ClusterRole');
    this.clusterRoleBinding = found('ClusterRoleBinding');
    this.securityContextConstraints = found('SecurityContextConstraints');
    this.sccClusterRole = found('SccClusterRole');
    this.sccClusterRoleBinding = found('SccClusterRoleBinding');
    this.configMap = found('Config') as k8s.KubeConfigMap;
    this.daemonSet = found('Resource') as k8s.KubeDaemonSet;
  }

  /** The L1 object of `object`'s kind, as a child of this construct. */
  private make(object: AgentObject): ApiObject {
    switch (object.kind) {
      case 'Namespace':
        return new k8s.KubeNamespace(this, object.id, object.body);
      case 'ServiceAccount':
        return new k8s.KubeServiceAccount(this, object.id, object.body);
      case 'ClusterRole':
        return new k8s.KubeClusterRole(this, object.id, object.body);
      case 'ClusterRoleBinding':
        return new k8s.KubeClusterRoleBinding(this, object.id, object.body);
      case 'SecurityContextConstraints':
        return new ApiObject(this, object.id, object.body);
      case 'ConfigMap':
        return new k8s.KubeConfigMap(this, object.id, object.body);
      case 'DaemonSet':
        return new k8s.KubeDaemonSet(this, object.id, object.body);
    }
  }
}
