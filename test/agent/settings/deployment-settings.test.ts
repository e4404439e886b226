import { NcpVersion, NodeType, TaintEffect, TolerationOperator, UpdateStrategyType } from '../../../src';
import { releaseLine } from '../../../src/releases/release-lines';
import { containerOf, daemonSetOf, problemsOf, synthAgent } from '../../support';

describe('scheduling and rollout options', () => {
  test('none is set by default, as in the vendor 2.3/2.4 file', () => {
    const ds = daemonSetOf(synthAgent());
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate' });
    expect(Object.keys(ds.spec.template.spec).sort()).toEqual(['containers', 'hostNetwork', 'serviceAccountName', 'volumes']);
    for (const c of ds.spec.template.spec.containers) {
      expect(c.resources).toBeUndefined();
      expect(c.env).toBeUndefined();
    }
  });

  test('each option lands in the pod spec with the Kubernetes field name', () => {
    const objects = synthAgent({
      tolerations: [
        { tolerationOperator: TolerationOperator.EXISTS },
        { key: 'dedicated', value: 'nsx', effect: TaintEffect.NO_EXECUTE, tolerationSeconds: 60 },
      ],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'pool', operator: 'In', values: ['a'] }] }],
          },
        },
      },
      priorityClassName: 'system-node-critical',
      maxUnavailable: '10%',
      imagePullSecrets: ['registry-credentials'],
      terminationGracePeriodSeconds: 120,
      labels: { team: 'network' },
      annotations: { 'example.com/owner': 'network' },
      podLabels: { 'example.com/tier': 'node' },
      podAnnotations: { 'container.apparmor.security.beta.kubernetes.io/nsx-node-agent': 'localhost/node-agent-apparmor' },
    });
    const ds = daemonSetOf(objects);
    const pod = ds.spec.template.spec;
    expect(pod.tolerations).toEqual([
      { operator: 'Exists' },
      { key: 'dedicated', value: 'nsx', effect: 'NoExecute', tolerationSeconds: 60 },
    ]);
    expect(pod.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(
      pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key,
    ).toBe('pool');
    expect(pod.priorityClassName).toBe('system-node-critical');
    expect(pod.imagePullSecrets).toEqual([{ name: 'registry-credentials' }]);
    expect(pod.terminationGracePeriodSeconds).toBe(120);
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } });
    expect(ds.metadata.labels).toMatchObject({ team: 'network', component: 'nsx-node-agent' });
    expect(ds.metadata.annotations).toEqual({ 'example.com/owner': 'network' });
    expect(objects.find((o) => o.kind === 'ConfigMap').metadata.labels).toEqual({ version: 'v1', team: 'network' });
    expect(ds.spec.template.metadata.labels).toMatchObject({ 'example.com/tier': 'node', tier: 'nsx-networking' });
    expect(ds.spec.selector.matchLabels).toEqual({ tier: 'nsx-networking', component: 'nsx-node-agent', version: 'v1' });
    expect(ds.spec.template.metadata.annotations['container.apparmor.security.beta.kubernetes.io/nsx-node-agent']).toBe(
      'localhost/node-agent-apparmor',
    );
  });

  test('a numeric maxUnavailable is written as a number; no maxSurge (not in the Kubernetes 1.20 API)', () => {
    expect(daemonSetOf(synthAgent({ maxUnavailable: 2 })).spec.updateStrategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 2 },
    });
  });

  test('OnDelete without rolling parameters', () => {
    expect(daemonSetOf(synthAgent({ updateStrategy: UpdateStrategyType.ON_DELETE })).spec.updateStrategy).toEqual({
      type: 'OnDelete',
    });
  });

  test('per container: resources without default limits, extra env after the vendor env, probe tuning over the vendor timing', () => {
    const objects = synthAgent({
      ncpVersion: NcpVersion.V3_1,
      containers: {
        nodeAgent: {
          resources: { requests: { cpu: '100m', memory: '256Mi' } },
          env: { HTTPS_PROXY: 'http://proxy.example.com:3128' },
          livenessProbe: { initialDelaySeconds: 120 },
        },
        ovs: { resources: { requests: { memory: '512Mi' }, limits: { memory: '2Gi' } } },
      },
    });
    const agent = containerOf(objects, 'nsx-node-agent');
    expect(agent.resources).toEqual({ requests: { cpu: '100m', memory: '256Mi' } });
    expect(agent.env.map((e: any) => e.name)).toEqual(['POD_NAME', 'CONTAINER_NAME', 'HTTPS_PROXY']);
    expect(agent.livenessProbe).toMatchObject({
      initialDelaySeconds: 120,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(containerOf(objects, 'nsx-ovs').resources).toEqual({ requests: { memory: '512Mi' }, limits: { memory: '2Gi' } });
    expect(containerOf(objects, 'nsx-kube-proxy').resources).toBeUndefined();
  });

  test('removeLivenessProbe removes the vendor probe of that container only (not recommended)', () => {
    const objects = synthAgent({ containers: { kubeProxy: { removeLivenessProbe: true } } });
    expect(containerOf(objects, 'nsx-kube-proxy')).not.toHaveProperty('livenessProbe');
    expect(containerOf(objects, 'nsx-node-agent').livenessProbe.exec.command).toEqual([
      '/bin/sh',
      '-c',
      'timeout 5 check_pod_liveness nsx-node-agent',
    ]);
  });

  test('removeLivenessProbe with probe timing is a contradiction', () => {
    expect(problemsOf({ containers: { kubeProxy: { removeLivenessProbe: true, livenessProbe: { periodSeconds: 5 } } } })).toEqual(
      [
        'containers.kubeProxy.removeLivenessProbe: contradicts containers.kubeProxy.livenessProbe (got true)\n' +
          '    allowed: removeLivenessProbe or livenessProbe timing, not both\n' +
          '    fix: remove one of them',
      ],
    );
  });

  test('livenessProbe is timing: true is refused, naming the forms a values file takes', () => {
    expect(problemsOf({ containers: { nodeAgent: { livenessProbe: true as never } } })).toEqual([
      'containers.nodeAgent.livenessProbe: is neither probe timing nor false (got true)\n' +
        "    allowed: a map with the keys initialDelaySeconds, timeoutSeconds, periodSeconds, failureThreshold, or false to remove the vendor's probe (not recommended)\n" +
        "    fix: write the timing as key: value pairs, or remove the option for the vendor's probe",
    ]);
  });

  test('tolerations replace the vendor generation defaults', () => {
    const pod = daemonSetOf(
      synthAgent({ ncpVersion: NcpVersion.V2_5, tolerations: [{ tolerationOperator: TolerationOperator.EXISTS }] }),
    ).spec.template.spec;
    expect(pod.tolerations).toEqual([{ operator: 'Exists' }]);
  });
});

describe('errors in scheduling and rollout options', () => {
  test('bad tolerations are each named by position', () => {
    expect(
      problemsOf({
        tolerations: [
          { tolerationOperator: TolerationOperator.EXISTS, value: 'x' },
          { effect: TaintEffect.NO_SCHEDULE },
          { key: 'a', tolerationSeconds: 5 },
          { key: 'a', efect: 'NoSchedule' } as never,
        ],
      }),
    ).toEqual([
      'tolerations[0].value: is set with operator Exists (got "x")\n    allowed: no value with Exists\n    fix: remove value, or use operator Equal',
      'tolerations[1].tolerationOperator: must be Exists when no key is given (not set)\n    allowed: Exists\n    fix: set operator: Exists, or give a key',
      'tolerations[2].tolerationSeconds: only applies to NoExecute taints (got 5)\n    allowed: effect: NoExecute\n    fix: set effect: NoExecute, or remove tolerationSeconds',
      'tolerations[3].efect: is not a known key; did you mean "effect"? (got "NoSchedule")\n    allowed: one of key, operator, value, effect, tolerationSeconds\n    fix: correct the key, or remove it',
    ]);
  });

  test('maxUnavailable must be a positive count or a percentage, and needs RollingUpdate', () => {
    expect(problemsOf({ maxUnavailable: 0 })).toEqual([
      'maxUnavailable: is not a positive integer (got 0)\n    allowed: a number of pods from 1, or a percentage of nodes from "1%" to "100%"\n    fix: set maxUnavailable to e.g. 1 or "10%"',
    ]);
    expect(problemsOf({ maxUnavailable: '150%' })).toEqual([
      expect.stringContaining('maxUnavailable: is not a count or a percentage (got "150%")'),
    ]);
    expect(problemsOf({ maxUnavailable: 1, updateStrategy: UpdateStrategyType.ON_DELETE })).toEqual([
      'maxUnavailable: has no effect with updateStrategy OnDelete (got 1)\n    allowed: maxUnavailable only with RollingUpdate\n    fix: remove maxUnavailable, or use RollingUpdate',
    ]);
  });

  test('labels may not replace the vendor selector labels', () => {
    expect(problemsOf({ podLabels: { component: 'x' } })).toEqual([
      'podLabels.component: is one of the vendor\'s labels, which select the DaemonSet\'s pods (got "x")\n    allowed: keys other than tier, component, version\n    fix: remove podLabels.component, or use another key',
    ]);
  });

  test('bad label keys and values', () => {
    expect(problemsOf({ nodeSelector: { 'bad key': 'x', pool: 'not valid!' } })).toEqual([
      expect.stringContaining('nodeSelector.bad key: key is not a label or annotation key (got "bad key")'),
      expect.stringContaining('nodeSelector.pool: is not a label value (got "not valid!")'),
    ]);
  });

  test('the config hash annotation is reserved while rollOnConfigChange is on', () => {
    expect(problemsOf({ podAnnotations: { 'checksum/ncp.ini': 'x' } })).toEqual([
      'podAnnotations.checksum/ncp.ini: is written by rollOnConfigChange (got "x")\n    allowed: annotation keys other than checksum/ncp.ini\n    fix: remove it, or set rollOnConfigChange: false',
    ]);
  });

  test('container settings: unknown containers, nsx-ovs where it does not run, bad quantities, reserved env, bad probe', () => {
    expect(
      problemsOf({
        nodeType: NodeType.BAREMETAL,
        ncpVersion: NcpVersion.V3_1,
        containers: {
          ovs: {},
          nodeAgent: {
            resources: { requests: { cpu: 'lots' } },
            env: { POD_NAME: 'x' },
            livenessProbe: { periodSeconds: 0 },
          },
          kubeProxi: {},
        } as never,
      }),
    ).toEqual([
      expect.stringContaining('containers.kubeProxi: is not a container; did you mean "kubeProxy"?'),
      'containers.ovs: names a container this agent does not run (got {})\n    allowed: one of nsx-node-agent, nsx-kube-proxy\n    fix: nsx-ovs runs only on HOSTVM from NCP 2.5: remove its settings, or check nodeType and ncpVersion',
      expect.stringContaining('containers.nodeAgent.resources.requests.cpu: is not well formed (got "lots")'),
      'containers.nodeAgent.env.POD_NAME: is set by the vendor manifest (got "x")\n    allowed: names other than POD_NAME, CONTAINER_NAME, NODE_NAME\n    fix: remove it, or use another name',
      expect.stringContaining('containers.nodeAgent.livenessProbe.periodSeconds: is outside 1..2147483647 (got 0)'),
    ]);
  });

  test('a misspelt affinity field is refused rather than dropped', () => {
    expect(problemsOf({ affinity: { nodeAffinity: { requiredDuringScheduling: {} } } as never })).toEqual([
      'affinity.nodeAffinity.requiredDuringScheduling: is not a field of a Kubernetes Affinity (not set)\n    allowed: the fields of the pod spec affinity\n    fix: correct the field name (the Kubernetes API spelling), or remove it',
    ]);
  });

  test('unknown version and platform', () => {
    expect(problemsOf({ ncpVersion: '2.6' as never, platform: 'GKE' as never })).toEqual([
      'ncpVersion: is not an NCP release (got "2.6")\n    allowed: an NCP release as written, e.g. 2.3, 2.4.1, 2.5.0, 2.5, 3.1.2 or 4.2 (a YAML number too): 2.3 and 2.4 are the 2.4 line, 2.5.0 the 2.5.0 line, 2.5 (2.5.1 and later) and 3.0 the 2.5 line, 3.1 to 4.1 the 3.1 line, 4.2 to 9.x the 4.2 line\n    fix: set ncpVersion to your NCP release, e.g. 2.4.1',
      'platform: is not one of the choices (got "GKE")\n    allowed: one of Kubernetes, OpenShift\n    fix: set platform to Kubernetes or OpenShift',
    ]);
  });

  test('companion switches must be booleans and names valid', () => {
    expect(problemsOf({ createRbac: 'no' as never, sccName: 'Bad_Name' })).toEqual([
      'createRbac: is not true or false (got "no")\n    allowed: true or false\n    fix: set createRbac to true or false',
      expect.stringContaining('sccName: is not a DNS subdomain (got "Bad_Name")'),
    ]);
  });
});

describe('ncpVersion takes the release numbers people write', () => {
  test.each([
    [2.4, NcpVersion.V2_4],
    ['2.3', NcpVersion.V2_4],
    ['2.4.1', NcpVersion.V2_4],
    [2.5, NcpVersion.V2_5],
    ['2.5.0', NcpVersion.V2_5_0],
    ['2.5.1', NcpVersion.V2_5],
    ['3.1.2', NcpVersion.V3_1],
    [4.2, NcpVersion.V4_2],
    ['9.2.0', NcpVersion.V4_2],
    ['9.9', NcpVersion.V4_2],
  ])('%p is the %s line', (written, line) => {
    expect(synthAgent({ ncpVersion: written as never })).toEqual(synthAgent({ ncpVersion: line }));
  });

  test('2.5.0 is its own line; 2.5 and every later 2.5 release are the 2.5 line', () => {
    expect(releaseLine('2.5.0')).toEqual({ line: NcpVersion.V2_5_0 });
    for (const written of ['2.5', 2.5, '2.5.1', '2.5.2', '2.5.1.1', '3.0']) {
      expect(releaseLine(written)).toEqual({ line: NcpVersion.V2_5 });
    }
  });

  test.each([['10.0'], [10], ['31'], [31], ['12.1.3']])(
    '%p, newer than NCP 9.x, is refused, not read as the 4.2 line',
    (written) => {
      expect(releaseLine(written)).toEqual({ reason: 'is newer than NCP 9, the newest release modelled' });
      expect(problemsOf({ ncpVersion: written as never })[0]).toMatch(
        /^ncpVersion: is newer than NCP 9, the newest release modelled \(got "?[\d.]+"?\)\n/,
      );
    },
  );

  test('a release older than the model is refused without listing itself as allowed', () => {
    expect(problemsOf({ ncpVersion: 2.2 as never })[0]).toMatch(
      /^ncpVersion: is older than NCP 2\.3, the oldest release modelled \(got 2\.2\)\n/,
    );
  });
});
