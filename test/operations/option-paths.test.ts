import { optionOfField, optionOfNcpIniKey, optionOfObject } from '../../src/operations/option-paths';

describe('the option behind a field', () => {
  test.each([
    ['DaemonSet', 'spec.template.spec.containers[nsx-node-agent].image', 'image'],
    ['DaemonSet', 'spec.template.spec.containers[nsx-ovs].imagePullPolicy', 'imagePullPolicy'],
    [
      'DaemonSet',
      'spec.template.spec.containers[nsx-kube-proxy].resources.requests.memory',
      'containers.nsx-kube-proxy.resources',
    ],
    ['DaemonSet', 'spec.template.spec.containers[nsx-node-agent].env[HTTPS_PROXY]', 'containers.nsx-node-agent.env'],
    [
      'DaemonSet',
      'spec.template.spec.containers[nsx-node-agent].livenessProbe.periodSeconds',
      'containers.nsx-node-agent.livenessProbe',
    ],
    ['DaemonSet', 'spec.template.spec.tolerations', 'tolerations'],
    ['DaemonSet', 'spec.template.spec.nodeSelector.nsx-node-type', 'nodeSelector'],
    ['DaemonSet', 'spec.template.spec.priorityClassName', 'priorityClassName'],
    ['DaemonSet', 'spec.template.metadata.annotations.checksum/ncp.ini', 'ncpIni'],
    [
      'DaemonSet',
      'spec.template.metadata.annotations.container.apparmor.security.beta.kubernetes.io/nsx-node-agent',
      'podAnnotations',
    ],
    ['DaemonSet', 'spec.template.metadata.labels.component', 'name'],
    ['DaemonSet', 'spec.template.metadata.labels.team', 'podLabels'],
    ['DaemonSet', 'spec.selector.matchLabels.component', 'name'],
    ['DaemonSet', 'spec.updateStrategy.rollingUpdate.maxUnavailable', 'maxUnavailable'],
    ['DaemonSet', 'spec.updateStrategy.type', 'updateStrategy'],
    ['DaemonSet', 'metadata.labels.team', 'labels'],
    ['DaemonSet', 'metadata.namespace', 'namespace'],
    ['ConfigMap', 'metadata.name', 'configMapName'],
    ['Namespace', 'metadata.labels.pod-security.kubernetes.io/enforce', 'podSecurityLabels'],
    ['ClusterRole', 'rules', 'ncpVersion'],
  ])('%s %s → %s', (kind, path, option) => {
    expect(optionOfField(kind, path)).toBe(option);
  });

  test('ncp.ini keys: typed keys by section, keys the model lacks under extra, owned keys by their option', () => {
    expect(optionOfNcpIniKey('k8s', 'apiserver_host_ip')).toBe('ncpIni.k8s.apiserver_host_ip');
    expect(optionOfNcpIniKey('nsx_node_agent', 'some_new_key')).toBe('ncpIni.extra.nsx_node_agent.some_new_key');
    expect(optionOfNcpIniKey('nsx_v3', 'nsx_api_managers')).toBe('ncpIni.extra.nsx_v3.nsx_api_managers');
    expect(optionOfNcpIniKey('coe', 'node_type')).toBe('nodeType');
    expect(optionOfNcpIniKey('nsx_node_agent', 'ovs_bridge')).toBe('ovsBridge');
  });

  test('whole objects name the options that create them', () => {
    expect(optionOfObject('SecurityContextConstraints')).toBe('platform, createScc, sccName');
    expect(optionOfObject('Service')).toBe('none: the construct does not generate this kind');
  });
});
