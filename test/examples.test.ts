import { join } from 'node:path';
import { Testing } from 'cdk8s';
import { addCharts } from '../examples/compose-into-app/charts';
import { appFromValuesFile } from '../src/app/app';
import { strictSchemaErrors } from './schema/strict-schema';
import { containerOf, objectOf } from './support';

const EXAMPLES = join(__dirname, '..', 'examples');

/** The objects an example's values file synthesizes, written nowhere but a temporary directory. */
function synthValues(example: string): any[] {
  return appFromValuesFile(join(EXAMPLES, example, 'values.yaml'), Testing.app().outdir).charts[0].toJson();
}

describe('examples/', () => {
  test.each(['baremetal-openshift', 'hostvm-kubernetes', 'existing-ncp-ini', 'mixed-cluster'])(
    '%s/values.yaml passes the strict Kubernetes schema check',
    (example) => {
      expect(strictSchemaErrors(synthValues(example))).toEqual([]);
    },
  );

  test("baremetal-openshift: the guide's five bare-metal edits, an SCC that allows them, production scheduling", () => {
    const objects = synthValues('baremetal-openshift');
    const ini = objectOf(objects, 'ConfigMap').data['ncp.ini'];
    expect(ini).toContain('node_type = BAREMETAL\n');
    expect(ini).toContain('ovs_bridge = nsx-managed\n');
    const proxy = containerOf(objects, 'nsx-kube-proxy');
    expect(proxy.securityContext.capabilities.add).toContain('DAC_OVERRIDE');
    expect(proxy.volumeMounts).toContainEqual({ name: 'nestdb-sock', mountPath: '/var/run/vmware/nestdb/nestdb-server.sock' });
    expect(objectOf(objects, 'SecurityContextConstraints').allowedCapabilities).toContain('DAC_OVERRIDE');
    const pod = objectOf(objects, 'DaemonSet').spec.template.spec;
    expect(pod.tolerations).toEqual([{ operator: 'Exists' }]);
    expect(pod.priorityClassName).toBe('system-node-critical');
  });

  test('hostvm-kubernetes: three containers of NCP 3.1, the uplink in [nsx_node_agent], no SCC, no nestdb socket', () => {
    const objects = synthValues('hostvm-kubernetes');
    const pod = objectOf(objects, 'DaemonSet').spec.template.spec;
    expect(pod.containers.map((c: any) => c.name)).toEqual(['nsx-node-agent', 'nsx-kube-proxy', 'nsx-ovs']);
    expect(pod.volumes.map((v: any) => v.name)).not.toContain('nestdb-sock');
    expect(objectOf(objects, 'ConfigMap').data['ncp.ini']).toContain(
      '[nsx_node_agent]\novs_bridge = br-int\novs_uplink_port = ens192\n',
    );
    expect(objects.map((o) => o.kind)).not.toContain('SecurityContextConstraints');
  });

  test("existing-ncp-ini: the file's settings and node type, [ha] left out, the values file's cluster winning", () => {
    const objects = synthValues('existing-ncp-ini');
    const ini: string = objectOf(objects, 'ConfigMap').data['ncp.ini'];
    expect(ini).toContain('log_dir = /var/log/nsx-ujo/\n');
    expect(ini).toContain('cluster = ocp-cluster-2\n');
    expect(ini).toContain('node_type = BAREMETAL\n');
    expect(ini).not.toContain('[ha]');
    expect(containerOf(objects, 'nsx-kube-proxy').securityContext.capabilities.add).toContain('DAC_OVERRIDE');
  });

  test("compose-into-app: the agent in its own chart next to the app's other charts, with an escape hatch", () => {
    const { settings, network } = addCharts(Testing.app());
    expect(settings.toJson().map((o: any) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/platform-settings']);
    const objects = network.toJson();
    expect(strictSchemaErrors(objects)).toEqual([]);
    const daemonSet = objectOf(objects, 'DaemonSet');
    expect(daemonSet.spec.revisionHistoryLimit).toBe(5);
    expect(daemonSet.spec.updateStrategy.rollingUpdate.maxUnavailable).toBe('10%');
    expect(daemonSet.spec.template.spec.priorityClassName).toBe('system-node-critical');
    expect(objects.map((o: any) => o.kind)).not.toContain('SecurityContextConstraints');
  });
});
