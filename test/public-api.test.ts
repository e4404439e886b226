import * as api from '../src';

// The public API is a contract: a name added here is a feature, a name removed is a breaking change.
describe('the public API', () => {
  test('exports exactly the construct, its option enums, the problem types, the ncp.ini reader and the importer', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'Adaptor',
        'ApiLogMode',
        'ApiLogOutput',
        'BaselinePolicyType',
        'ContainerName',
        'ImagePullPolicy',
        'IngressMode',
        'KubeProxyConfigHandler',
        'LbIpAllocation',
        'LogLevel',
        'NcpIni',
        'NcpVersion',
        'NodeType',
        'NsxNodeAgent',
        'Platform',
        'Problem',
        'TaintEffect',
        'TolerationOperator',
        'UpdateStrategyType',
        'UplinkDhcp',
        'VendorManifest',
      ].sort(),
    );
  });
});
