import { ApiObject, type App, Chart, type ChartProps, JsonPatch } from 'cdk8s';
import type { Construct } from 'constructs';
import { NcpVersion, NsxNodeAgent, Platform } from 'nsx-node-agent-cdk8s';

/** A chart the platform team already had: settings their own tools read. */
export class PlatformSettingsChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new ApiObject(this, 'settings', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'platform-settings', namespace: 'platform' },
      data: { 'cluster-name': 'k8s-cluster-1' },
    });
  }
}

/** The NSX node agent, in a chart of its own, as the team's networking layer. */
export class NetworkChart extends Chart {
  public readonly agent: NsxNodeAgent;

  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    this.agent = new NsxNodeAgent(this, 'nsx-node-agent', {
      image: 'registry.example.com/nsx/nsx-ncp-ubuntu:4.2.0.23351214',
      platform: Platform.KUBERNETES,
      ncpVersion: NcpVersion.V4_2,
      maxUnavailable: '10%',
      ncpIni: {
        coe: { cluster: 'k8s-cluster-1' },
        k8s: { apiserverHostIp: '192.0.2.30', apiserverHostPort: 6443 },
        nsxNodeAgent: { ovsUplinkPort: 'ens192' },
      },
    });
    // Escape hatch: any field the options do not cover, on the DaemonSet (the construct's default child).
    ApiObject.of(this.agent).addJsonPatch(JsonPatch.add('/spec/revisionHistoryLimit', 5));
  }
}

/** The app's charts: one manifest file each in dist/. */
export function addCharts(app: App): { settings: PlatformSettingsChart; network: NetworkChart } {
  return { settings: new PlatformSettingsChart(app, 'platform-settings'), network: new NetworkChart(app, 'network') };
}
