import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { type AgentSettings, agentSettings } from './agent-settings';
import { containers, volumes } from './containers';
import { renderNcpIni } from './ncp-ini/render';
import type { NsxNodeAgentProps } from './nsx-node-agent-props';

/** The vendor's labels on the DaemonSet and its pods; also the DaemonSet's selector. */
const LABELS = { tier: 'nsx-networking', component: 'nsx-node-agent', version: 'v1' };

/**
 * The VMware NSX Container Plugin node agent: the `nsx-node-agent` DaemonSet (containers nsx-node-agent and
 * nsx-kube-proxy) and the ConfigMap with its ncp.ini, as in the vendor's `nsx-node-agent-ds.yml`, with the
 * bare-metal edits made from `nodeType`.
 *
 * The DaemonSet is the default child (id `Resource`), so `ApiObject.of(agent)` reaches it for escape hatches.
 */
export class NsxNodeAgent extends Construct {
  /** The DaemonSet. */
  public readonly daemonSet: k8s.KubeDaemonSet;
  /** The ConfigMap holding ncp.ini under the key `ncp.ini`. */
  public readonly configMap: k8s.KubeConfigMap;
  /** The checked options with every default applied. */
  public readonly settings: AgentSettings;

  constructor(scope: Construct, id: string, props: NsxNodeAgentProps) {
    super(scope, id);
    const settings = agentSettings(`NsxNodeAgent "${this.node.path}"`, props);
    this.settings = settings;

    this.configMap = new k8s.KubeConfigMap(this, 'Config', {
      metadata: { name: settings.configMapName, namespace: settings.namespace, labels: { version: 'v1' } },
      data: { 'ncp.ini': renderNcpIni(settings.ini) },
    });

    this.daemonSet = new k8s.KubeDaemonSet(this, 'Resource', {
      metadata: { name: settings.name, namespace: settings.namespace, labels: LABELS },
      spec: {
        selector: { matchLabels: LABELS },
        updateStrategy: { type: 'RollingUpdate' },
        template: {
          metadata: { labels: LABELS },
          spec: {
            hostNetwork: true,
            serviceAccountName: settings.serviceAccountName,
            containers: containers(settings),
            volumes: volumes(settings),
          },
        },
      },
    });
  }
}
