import { Chart, Testing } from 'cdk8s';
import { HostOs, Ncp, NcpVersion, NodeType, Platform } from '../../src';
import { ProblemsError } from '../../src/checking/problem';
import type { NcpProps } from '../../src/ncp/props';
import { testApp } from '../support';
import { NCP_INI_BASE } from '../variants';

const IMAGE = 'registry.example.com/nsx/nsx-ncp-ubuntu:3.1.2';
const BASE: NcpProps = { image: IMAGE, platform: Platform.KUBERNETES, ncpIni: { coe: { cluster: 'c1' }, ...NCP_INI_BASE } };

function synth(props: Partial<NcpProps> = {}): any[] {
  const chart = new Chart(testApp(), 'ncp');
  new Ncp(chart, 'ncp', { ...BASE, ...props });
  return Testing.synth(chart);
}

function problems(props: Partial<NcpProps>): string[] {
  try {
    synth(props);
  } catch (error) {
    if (error instanceof ProblemsError) {
      return error.problems.map(String);
    }
    throw error;
  }
  throw new Error('accepted');
}

const find = (objects: any[], kind: string, name?: string) =>
  objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
const ncpContainer = (objects: any[]) =>
  (find(objects, 'Deployment') ?? find(objects, 'ReplicationController')).spec.template.spec.containers[0];
const iniOf = (objects: any[]) => find(objects, 'ConfigMap', 'nsx-ncp-config').data['ncp.ini'] as string;

describe('the NCP workload per release line', () => {
  test('2.4 line: a Deployment with the vendor labels, one replica, timeout-5 probe, ncp.ini by subPath, no bootstrap', () => {
    const objects = synth({ ncpVersion: NcpVersion.V2_4 });
    const deployment = find(objects, 'Deployment');
    expect(deployment.apiVersion).toBe('apps/v1');
    expect(deployment.metadata).toMatchObject({ name: 'nsx-ncp', namespace: 'nsx-system' });
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.selector.matchLabels).toEqual({ tier: 'nsx-networking', component: 'nsx-ncp', version: 'v1' });
    expect(deployment.spec.template.spec).toMatchObject({ hostNetwork: true, serviceAccountName: 'ncp-svc-account' });
    expect(deployment.spec.template.spec.tolerations).toBeUndefined();
    const container = ncpContainer(objects);
    expect(container.livenessProbe).toEqual({
      exec: { command: ['/bin/sh', '-c', 'timeout 5 check_pod_liveness nsx-ncp'] },
      initialDelaySeconds: 5,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(container.env.map((e: any) => e.name)).toEqual(['NCP_NAME', 'NCP_NAMESPACE']);
    expect(container.command).toBeUndefined();
    expect(container.volumeMounts).toEqual([
      { name: 'config-volume', mountPath: '/etc/nsx-ujo/ncp.ini', subPath: 'ncp.ini', readOnly: true },
    ]);
    expect(find(objects, 'DaemonSet')).toBeUndefined();
    expect(find(objects, 'Namespace').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(objects.filter((o) => o.kind === 'CustomResourceDefinition').map((o) => o.metadata.name)).toEqual([
      'nsxerrors.vmware.eng.com',
    ]);
  });

  test('2.3: a ReplicationController with the 2.3 probe and RBAC, no CRD', () => {
    const objects = synth({
      replicationController: true,
      ncpIni: { coe: { cluster: 'c1' }, nsxV3: { ...NCP_INI_BASE.nsxV3, topTierRouter: undefined, tier0Router: 't0' } },
    });
    const rc = find(objects, 'ReplicationController');
    expect(rc.apiVersion).toBe('v1');
    expect(rc.spec.selector).toBeUndefined();
    expect(ncpContainer(objects).livenessProbe.exec.command[2]).toBe('check_pod_liveness nsx-ncp');
    expect(find(objects, 'ClusterRole', 'ncp-cluster-role').rules[0].resources).toContain('namespaces');
    expect(find(objects, 'ClusterRole', 'ncp-patch-role').rules.map((r: any) => r.apiGroups)).not.toContainEqual([
      'vmware.eng.com',
    ]);
    expect(find(objects, 'CustomResourceDefinition')).toBeUndefined();
    expect(iniOf(objects)).toContain('\ntier0_router = t0\n');
  });

  test('3.1: anti-affinity, the timeout as an argument, projected /etc/nsx-ujo, CRDs as apiextensions v1', () => {
    const objects = synth({ ncpVersion: NcpVersion.V3_1 });
    const spec = find(objects, 'Deployment').spec.template.spec;
    expect(spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight).toBe(100);
    expect(ncpContainer(objects).livenessProbe.exec.command[2]).toBe('check_pod_liveness nsx-ncp 5');
    expect(ncpContainer(objects).volumeMounts).toEqual([{ name: 'projected-volume', mountPath: '/etc/nsx-ujo', readOnly: true }]);
    const crds = objects.filter((o) => o.kind === 'CustomResourceDefinition');
    expect(crds.map((o) => o.metadata.name)).toEqual([
      'nsxerrors.nsx.vmware.com',
      'nsxlocks.nsx.vmware.com',
      'ncpconfigs.nsx.vmware.com',
      'loadbalancers.vmware.com',
      'nsxlbmonitors.vmware.com',
    ]);
    expect(crds.every((o) => o.apiVersion === 'apiextensions.k8s.io/v1')).toBe(true);
    expect(crds.find((o) => o.spec.names.plural === 'loadbalancers').spec.scope).toBe('Namespaced');
  });

  test('4.2: the operator shape — timeout 30, AUDIT_WRITE on Kubernetes, log hostPath, exec role, events', () => {
    const objects = synth({ ncpVersion: NcpVersion.V4_2 });
    const container = ncpContainer(objects);
    expect(container.livenessProbe).toMatchObject({
      timeoutSeconds: 30,
      exec: { command: ['/bin/sh', '-c', 'check_pod_liveness nsx-ncp 30'] },
    });
    expect(container.securityContext).toEqual({ capabilities: { add: ['AUDIT_WRITE'] } });
    expect(find(objects, 'Deployment').spec.template.spec.volumes).toContainEqual({
      name: 'host-var-log-ujo',
      hostPath: { path: '/var/log/nsx-ujo', type: 'DirectoryOrCreate' },
    });
    expect(find(objects, 'Role', 'ncp-exec-role')).toBeDefined();
    expect(find(objects, 'ClusterRole', 'ncp-patch-role').rules).toContainEqual(
      expect.objectContaining({ resources: ['events'] }),
    );
    const bootstrap = find(objects, 'DaemonSet', 'nsx-ncp-bootstrap');
    expect(bootstrap.spec.template.spec.priorityClassName).toBe('system-node-critical');
    expect(bootstrap.spec.template.spec.containers[0].name).toBe('nsx-host-ovs-monitor');
  });

  test('4.2: statefulsets are read through the apps group, which 3.1 does not need', () => {
    const read = (version: NcpVersion) => find(synth({ ncpVersion: version }), 'ClusterRole', 'ncp-cluster-role').rules[0];
    expect(read(NcpVersion.V4_2).resources).toContain('statefulsets');
    expect(read(NcpVersion.V4_2).apiGroups).toContain('apps');
    expect(read(NcpVersion.V3_1).apiGroups).toEqual(['', 'extensions', 'networking.k8s.io']);
  });
});

describe('nsx-ncp-bootstrap (2.5+)', () => {
  test("reads the agent's ConfigMap by the name it is given, runs as the agent's service account", () => {
    const objects = synth({
      ncpVersion: NcpVersion.V2_5,
      agentConfigMapName: 'pool-a-config',
      agentServiceAccountName: 'pool-a-sa',
    });
    const spec = find(objects, 'DaemonSet', 'nsx-ncp-bootstrap').spec.template.spec;
    expect(spec.volumes[0].projected.sources[0].configMap.name).toBe('pool-a-config');
    expect(spec.serviceAccountName).toBe('pool-a-sa');
    expect(spec).toMatchObject({ hostNetwork: true, hostPID: true });
    expect(spec.initContainers[0]).toMatchObject({ name: 'nsx-ncp-bootstrap', command: ['init_k8s_node'] });
    expect(spec.containers[0].name).toBe('nsx-dummy');
  });

  test('Ubuntu runs privileged as root with dpkg and AppArmor mounts; RHEL adds NET_ADMIN with rpm mounts', () => {
    const ubuntu = find(synth({ ncpVersion: NcpVersion.V3_1, hostOs: HostOs.UBUNTU }), 'DaemonSet').spec.template.spec;
    expect(ubuntu.initContainers[0].securityContext).toEqual({ privileged: true, runAsUser: 0 });
    expect(ubuntu.volumes.map((v: any) => v.name)).toContain('dpkg-lib');
    const rhel = find(synth({ ncpVersion: NcpVersion.V3_1, hostOs: HostOs.RHEL }), 'DaemonSet').spec.template.spec;
    expect(rhel.initContainers[0].securityContext).toEqual({ capabilities: { add: ['NET_ADMIN'] } });
    expect(rhel.volumes.map((v: any) => v.name)).toContain('rpm-lib');
  });

  test('2.5.0 reads the agent ConfigMap by subPath; the kernel-module mounts follow ovsKernelModule from 3.1', () => {
    const v250 = find(synth({ ncpVersion: NcpVersion.V2_5_0 }), 'DaemonSet').spec.template.spec;
    expect(v250.initContainers[0].volumeMounts[0]).toEqual({
      name: 'config-volume',
      mountPath: '/etc/nsx-ujo/ncp.ini',
      subPath: 'ncp.ini',
    });
    expect(v250.volumes.map((v: any) => v.name)).toContain('host-modules');
    const v31 = (ovsKernelModule: boolean) =>
      find(synth({ ncpVersion: NcpVersion.V3_1, ovsKernelModule }), 'DaemonSet').spec.template.spec.volumes.map(
        (v: any) => v.name,
      );
    expect(v31(false)).not.toContain('host-modules');
    expect(v31(true)).toContain('host-modules');
  });
});

describe('Secrets are referenced, never carried', () => {
  test('2.5.1+: the certificate Secrets are projected into /etc/nsx-ujo and the four paths filled in', () => {
    const objects = synth({ ncpVersion: NcpVersion.V2_5, nsxClientCertSecret: 'nsx-secret', lbDefaultCertSecret: 'lb-secret' });
    const sources = find(objects, 'Deployment').spec.template.spec.volumes[0].projected.sources;
    expect(sources.slice(1)).toEqual([
      {
        secret: {
          name: 'nsx-secret',
          items: [
            { key: 'tls.crt', path: 'nsx-cert/tls.crt' },
            { key: 'tls.key', path: 'nsx-cert/tls.key' },
          ],
        },
      },
      {
        secret: {
          name: 'lb-secret',
          items: [
            { key: 'tls.crt', path: 'lb-cert/tls.crt' },
            { key: 'tls.key', path: 'lb-cert/tls.key' },
          ],
        },
      },
    ]);
    const ini = iniOf(objects);
    for (const line of [
      'nsx_api_cert_file = /etc/nsx-ujo/nsx-cert/tls.crt',
      'nsx_api_private_key_file = /etc/nsx-ujo/nsx-cert/tls.key',
      'lb_default_cert_path = /etc/nsx-ujo/lb-cert/tls.crt',
      'lb_priv_key_path = /etc/nsx-ujo/lb-cert/tls.key',
    ]) {
      expect(ini).toContain(`\n${line}\n`);
    }
    expect(objects.some((o) => o.kind === 'Secret')).toBe(false);
  });

  test('subPath releases mount each Secret as a directory', () => {
    const objects = synth({ ncpVersion: NcpVersion.V2_4, lbDefaultCertSecret: 'lb-secret' });
    expect(ncpContainer(objects).volumeMounts[1]).toEqual({ name: 'lb-cert', mountPath: '/etc/nsx-ujo/lb-cert', readOnly: true });
    expect(find(objects, 'Deployment').spec.template.spec.volumes[1]).toEqual({
      name: 'lb-cert',
      secret: { secretName: 'lb-secret' },
    });
  });

  test('a certificate path that contradicts the Secret option is a problem', () => {
    expect(
      problems({
        nsxClientCertSecret: 'nsx-secret',
        ncpIni: { ...BASE.ncpIni, nsxV3: { ...NCP_INI_BASE.nsxV3, nsxApiCertFile: '/x/c.crt' } },
      }),
    ).toEqual([expect.stringMatching(/^ncpIni\.nsxV3\.nsxApiCertFile: contradicts nsxClientCertSecret/)]);
  });

  test('the password comes from a Secret at pod start, through an init container, into memory', () => {
    const objects = synth({
      nsxApiPasswordSecret: 'nsx-pw',
      ncpIni: { ...BASE.ncpIni, nsxV3: { ...NCP_INI_BASE.nsxV3, nsxApiUser: 'admin' } },
    });
    const spec = find(objects, 'Deployment').spec.template.spec;
    expect(spec.initContainers[0].name).toBe('nsx-ncp-password');
    expect(spec.initContainers[0].command[2]).toContain('gsub(/\\$/, "$$", pw)');
    expect(spec.volumes).toContainEqual({ name: 'ncp-ini', emptyDir: { medium: 'Memory' } });
    expect(spec.volumes).toContainEqual({
      name: 'nsx-api-password',
      secret: { secretName: 'nsx-pw', items: [{ key: 'password', path: 'password' }] },
    });
    expect(ncpContainer(objects).volumeMounts).toEqual([{ name: 'ncp-ini', mountPath: '/etc/nsx-ujo', readOnly: true }]);
    expect(iniOf(objects)).toContain('\nnsx_api_user = admin\n');
    expect(iniOf(objects)).not.toContain('nsx_api_password');
  });

  test('a password value is refused with the fix, without showing it', () => {
    const found = problems({
      ncpIni: { ...BASE.ncpIni, nsxV3: { ...NCP_INI_BASE.nsxV3, nsxApiUser: 'a', nsxApiPassword: 'hunter2' } as never },
    });
    expect(found.join('\n')).not.toContain('hunter2');
    expect(found[0]).toMatch(/^ncpIni\.nsxV3\.nsxApiPassword: is a secret/);
  });
});

describe('options are checked together', () => {
  test('every problem at once: unknown option, placeholder image, replicas without HA, OpenShift 4', () => {
    const found = problems({
      image: 'nsx-ncp',
      replicas: 3,
      ncpVersion: NcpVersion.V3_1,
      platform: Platform.OPENSHIFT,
      bogus: 1,
    } as never);
    expect(found.map((p) => p.split(':')[0])).toEqual(['bogus', 'image', 'platform', 'replicas']);
    expect(found[2]).toContain('install NCP on OpenShift 4 with the NCP operator');
  });

  test('OpenShift 3: adaptor openshift, routes in RBAC, the SCC grant when named', () => {
    const objects = synth({ platform: Platform.OPENSHIFT, sccName: 'nsx-node-agent-scc' });
    expect(iniOf(objects)).toContain('\nadaptor = openshift\n');
    expect(find(objects, 'ClusterRole', 'ncp-cluster-role').rules[0].resources).toContain('routes');
    expect(find(objects, 'ClusterRole', 'ncp-scc-use').rules[0].resourceNames).toEqual(['nsx-node-agent-scc']);
    expect(find(objects, 'ClusterRoleBinding', 'ncp-scc-use-binding').subjects[0].name).toBe('ncp-svc-account');
  });

  test('nodeType is written as [coe] node_type', () => {
    expect(iniOf(synth({ nodeType: NodeType.BAREMETAL }))).toContain('\nnode_type = BAREMETAL\n');
  });
});

describe('OpenShift 3 SCCs', () => {
  test("NCP's pod and the bootstrap each get an SCC that admits them, granted to their service accounts", () => {
    const objects = synth({ platform: Platform.OPENSHIFT, ncpVersion: NcpVersion.V2_5_0, hostOs: HostOs.RHEL });
    const ncpScc = find(objects, 'SecurityContextConstraints', 'nsx-ncp-scc');
    expect(ncpScc).toMatchObject({
      allowHostNetwork: true,
      allowHostPID: false,
      allowPrivilegedContainer: false,
      allowedCapabilities: [],
    });
    expect(ncpScc.volumes).toEqual(['configMap', 'projected', 'secret']);
    const bootScc = find(objects, 'SecurityContextConstraints', 'nsx-ncp-bootstrap-scc');
    expect(bootScc).toMatchObject({ allowHostPID: true, allowHostDirVolumePlugin: true, allowedCapabilities: ['NET_ADMIN'] });
    expect(find(objects, 'ClusterRoleBinding', 'nsx-ncp-scc-use').subjects[0].name).toBe('ncp-svc-account');
    expect(find(objects, 'ClusterRoleBinding', 'nsx-ncp-bootstrap-scc-use').subjects[0].name).toBe('nsx-node-agent-svc-account');
    const ubuntu = synth({ platform: Platform.OPENSHIFT, ncpVersion: NcpVersion.V2_5, hostOs: HostOs.UBUNTU });
    expect(find(ubuntu, 'SecurityContextConstraints', 'nsx-ncp-bootstrap-scc').allowPrivilegedContainer).toBe(true);
    expect(find(synth({ platform: Platform.KUBERNETES }), 'SecurityContextConstraints')).toBeUndefined();
  });

  test('the password step needs emptyDir in NCP’s SCC', () => {
    const objects = synth({
      platform: Platform.OPENSHIFT,
      nsxApiPasswordSecret: 'nsx-pw',
      ncpIni: { ...BASE.ncpIni, nsxV3: { ...NCP_INI_BASE.nsxV3, nsxApiUser: 'admin' } },
    });
    expect(find(objects, 'SecurityContextConstraints', 'nsx-ncp-scc').volumes).toContain('emptyDir');
  });
});

describe('the password step, run', () => {
  const { spawnSync } = require('node:child_process');
  const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const { join } = require('node:path');
  const { passwordScript } = require('../../src/ncp/objects');
  const haveAwk = spawnSync('sh', ['-c', 'command -v awk']).status === 0;

  /** Runs the init container's script against a template ncp.ini and a password, in a temporary directory. */
  function run(password: string, ini = '[coe]\ncluster = c\n\n[nsx_v3]\nnsx_api_user = admin\n') {
    const dir = mkdtempSync(join(tmpdir(), 'ncp-password-'));
    for (const sub of ['tpl', 'pw', 'out']) {
      mkdirSync(join(dir, sub));
    }
    writeFileSync(join(dir, 'tpl', 'ncp.ini'), ini);
    writeFileSync(join(dir, 'pw', 'password'), password);
    const script = (passwordScript('password') as string)
      .replaceAll('/etc/nsx-ujo-template', join(dir, 'tpl'))
      .replaceAll('/etc/nsx-api-password', join(dir, 'pw'))
      .replaceAll('/etc/nsx-ujo/', `${join(dir, 'out')}/`);
    const result = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    const out = result.status === 0 ? readFileSync(join(dir, 'out', 'ncp.ini'), 'utf8') : '';
    return { status: result.status, stderr: result.stderr as string, out };
  }

  (haveAwk ? test : test.skip)('writes the password after [nsx_v3] with $ doubled, # and ; kept', () => {
    const { status, out } = run('pa$s#w;rd\n');
    expect(status).toBe(0);
    expect(out).toBe('[coe]\ncluster = c\n\n[nsx_v3]\nnsx_api_password = pa$$s#w;rd\nnsx_api_user = admin\n');
  });

  (haveAwk ? test : test.skip)(
    'refuses outer blanks, quotes, an empty Secret and a file without [nsx_v3], with one message',
    () => {
      for (const [password, why] of [
        [' spaced\n', 'starts or ends with a blank'],
        ["'quoted'\n", 'is quoted'],
        ['', 'the Secret key is empty'],
      ]) {
        const result = run(password);
        expect(result.status).toBe(1);
        expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(why)]);
      }
      expect(run('ok', '[coe]\ncluster = c\n').stderr).toContain('ncp.ini has no [nsx_v3] section');
    },
  );
});
