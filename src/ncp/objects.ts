import type * as k8s from '../../imports/k8s';
import { sccFor } from '../agent/companions/openshift-scc';
import { POD_SECURITY_LABELS } from '../agent/objects';
import { Platform } from '../agent/options/platform';
import { renderNcpOwnIni } from '../ncp-ini/ncp/render';
import { NCP_2_3, NCP_RELEASE_LINES, type NcpCrd } from '../releases/ncp-release-lines';
import { NcpVersion, RELEASE_LINES } from '../releases/release-lines';
import { NCP_INI_KEY } from '../releases/vendor';
import { HostOs } from './host-os';
import { NCP_SERVICE_ACCOUNT, type NcpSettings, SECRET_MOUNTS } from './settings';

/** One object NCP makes: the construct id and the whole manifest (apiVersion, kind, metadata, …). */
export interface NcpObject {
  readonly id: string;
  readonly manifest: { readonly apiVersion: string; readonly kind: string; readonly [field: string]: unknown };
}

/** NCP's ConfigMap, as every vendor file names it. */
export const NCP_CONFIG_MAP = 'nsx-ncp-config';
const NCP_NAME = 'nsx-ncp';
const BOOTSTRAP_NAME = 'nsx-ncp-bootstrap';
const RBAC = 'rbac.authorization.k8s.io';
const labels = (component: string) => ({ tier: 'nsx-networking', component, version: 'v1' });
const hostPath = (name: string, path: string, type?: string) => ({ name, hostPath: { path, ...(type ? { type } : {}) } });
const mount = (name: string, mountPath: string, extra: Record<string, unknown> = {}) => ({ name, mountPath, ...extra });

/** The password step: the file NCP reads is ncp.ini from the ConfigMap with `nsx_api_password` added from the Secret. */
const TEMPLATE_DIR = '/etc/nsx-ujo-template';
const PASSWORD_DIR = '/etc/nsx-api-password';

/**
 * The init container's script. It reads the first line of the Secret's key, refuses what oslo.config would read
 * differently (outer blanks, a pair of surrounding quotes), doubles `$`, and writes the line after `[nsx_v3]`.
 */
export function passwordScript(key: string): string {
  return [
    'set -eu',
    `awk -v pwfile=${PASSWORD_DIR}/${key} '`,
    'function fail(why) { print "nsx-ncp-password: " why > "/dev/stderr"; failed = 1; exit 1 }',
    'BEGIN { if ((getline pw < pwfile) <= 0) fail("the Secret key is empty")',
    '  if (pw ~ /^[ \\t]|[ \\t]$/ || pw ~ /^".*"$/ || pw ~ /^\\047.*\\047$/) fail("the password starts or ends with a blank or is quoted, which oslo.config would strip")',
    '  gsub(/\\$/, "$$", pw) }',
    '{ print } /^\\[nsx_v3\\]$/ { print "nsx_api_password = " pw; done = 1 }',
    'END { if (failed) exit 1; if (!done) fail("ncp.ini has no [nsx_v3] section") }',
    `' ${TEMPLATE_DIR}/${NCP_INI_KEY} > /etc/nsx-ujo/${NCP_INI_KEY}`,
  ].join('\n');
}

/** Secret volumes: NCP reads each Secret's `tls.crt` and `tls.key` under /etc/nsx-ujo. */
function secrets(settings: NcpSettings) {
  return [
    { secret: settings.nsxClientCertSecret, ...SECRET_MOUNTS.nsxCert },
    { secret: settings.lbDefaultCertSecret, ...SECRET_MOUNTS.lbCert },
  ].filter((s): s is typeof s & { secret: string } => s.secret !== undefined);
}

/** The volumes and mounts of `nsx-ncp`, and the init container that adds the password. */
function ncpVolumes(settings: NcpSettings) {
  const projected = RELEASE_LINES[settings.version].configMount === 'projected';
  const line = NCP_RELEASE_LINES[settings.version];
  const volumes: Record<string, unknown>[] = [];
  const mounts: Record<string, unknown>[] = [];
  const initContainers: Record<string, unknown>[] = [];
  const secretList = secrets(settings);
  if (settings.password !== undefined) {
    volumes.push(
      { name: 'config-volume', configMap: { name: NCP_CONFIG_MAP } },
      {
        name: 'nsx-api-password',
        secret: { secretName: settings.password.secret, items: [{ key: settings.password.key, path: settings.password.key }] },
      },
      { name: 'ncp-ini', emptyDir: { medium: 'Memory' } },
    );
    mounts.push(mount('ncp-ini', '/etc/nsx-ujo', { readOnly: true }));
    initContainers.push({
      name: 'nsx-ncp-password',
      image: settings.image,
      imagePullPolicy: settings.imagePullPolicy,
      command: ['/bin/sh', '-c', passwordScript(settings.password.key)],
      volumeMounts: [
        mount('config-volume', TEMPLATE_DIR, { readOnly: true }),
        mount('nsx-api-password', PASSWORD_DIR, { readOnly: true }),
        mount('ncp-ini', '/etc/nsx-ujo'),
      ],
    });
  }
  if (settings.password === undefined && projected) {
    volumes.push({
      name: 'projected-volume',
      projected: {
        sources: [
          { configMap: { name: NCP_CONFIG_MAP, items: [{ key: NCP_INI_KEY, path: NCP_INI_KEY }] } },
          ...secretList.map((s) => ({
            secret: {
              name: s.secret,
              items: [
                { key: 'tls.crt', path: `${s.volume}/tls.crt` },
                { key: 'tls.key', path: `${s.volume}/tls.key` },
              ],
            },
          })),
        ],
      },
    });
    mounts.push(mount('projected-volume', '/etc/nsx-ujo', { readOnly: true }));
  } else {
    if (settings.password === undefined) {
      volumes.push({ name: 'config-volume', configMap: { name: NCP_CONFIG_MAP } });
      mounts.push(mount('config-volume', `/etc/nsx-ujo/${NCP_INI_KEY}`, { subPath: NCP_INI_KEY, readOnly: true }));
    }
    for (const s of secretList) {
      volumes.push({ name: s.volume, secret: { secretName: s.secret } });
      mounts.push(mount(s.volume, s.dir, { readOnly: true }));
    }
  }
  if (line.logHostPath) {
    volumes.push(hostPath('host-var-log-ujo', '/var/log/nsx-ujo', 'DirectoryOrCreate'));
    mounts.push(mount('host-var-log-ujo', '/var/log/nsx-ujo'));
  }
  return { volumes, mounts, initContainers };
}

/** The pod template of `nsx-ncp`. */
function ncpPod(settings: NcpSettings) {
  const line = NCP_RELEASE_LINES[settings.version];
  const { volumes, mounts, initContainers } = ncpVolumes(settings);
  const liveness = settings.replicationController ? NCP_2_3.liveness : line.liveness;
  const capabilities = settings.platform === Platform.KUBERNETES ? line.capabilities : [];
  return {
    metadata: { labels: labels(NCP_NAME) },
    spec: {
      hostNetwork: true,
      serviceAccountName: NCP_SERVICE_ACCOUNT,
      ...(line.tolerations.length > 0 ? { tolerations: line.tolerations } : {}),
      ...(line.antiAffinity
        ? {
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  {
                    weight: 100,
                    podAffinityTerm: {
                      labelSelector: {
                        matchExpressions: [
                          { key: 'component', operator: 'In', values: [NCP_NAME] },
                          { key: 'tier', operator: 'In', values: ['nsx-networking'] },
                        ],
                      },
                      topologyKey: 'kubernetes.io/hostname',
                    },
                  },
                ],
              },
            },
          }
        : {}),
      ...(initContainers.length > 0 ? { initContainers } : {}),
      containers: [
        {
          name: NCP_NAME,
          image: settings.image,
          imagePullPolicy: settings.imagePullPolicy,
          env: [
            { name: 'NCP_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'NCP_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
          ],
          livenessProbe: { exec: { command: ['/bin/sh', '-c', liveness] }, ...line.probe },
          ...(capabilities.length > 0 ? { securityContext: { capabilities: { add: [...capabilities] } } } : {}),
          volumeMounts: mounts,
        },
      ],
      volumes,
    },
  };
}

/** The `nsx-ncp` workload: a ReplicationController for 2.3, else a Deployment. */
function workload(settings: NcpSettings): NcpObject {
  const metadata = { name: NCP_NAME, namespace: settings.namespace, labels: labels(NCP_NAME) };
  const template = ncpPod(settings);
  return settings.replicationController
    ? {
        id: 'Resource',
        manifest: { apiVersion: 'v1', kind: 'ReplicationController', metadata, spec: { replicas: settings.replicas, template } },
      }
    : {
        id: 'Resource',
        manifest: {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata,
          spec: { replicas: settings.replicas, selector: { matchLabels: labels(NCP_NAME) }, template },
        },
      };
}

/** A CRD as apiextensions.k8s.io/v1 requires it: one version, served and stored, with an open schema. */
function crdObject(crd: NcpCrd): NcpObject {
  const columns = Object.entries(crd.columns ?? {}).map(([name, jsonPath]) => ({ name, type: 'string', jsonPath }));
  return {
    id: `Crd-${crd.plural}.${crd.group}`,
    manifest: {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `${crd.plural}.${crd.group}` },
      spec: {
        group: crd.group,
        scope: crd.scope,
        names: { plural: crd.plural, singular: crd.kind.toLowerCase(), kind: crd.kind, shortNames: [...crd.shortNames] },
        versions: [
          {
            name: crd.version,
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
            ...(columns.length > 0 ? { additionalPrinterColumns: columns } : {}),
          },
        ],
      },
    },
  };
}

const clusterRole = (id: string, name: string, rules: readonly unknown[]): NcpObject => ({
  id,
  manifest: { apiVersion: `${RBAC}/v1`, kind: 'ClusterRole', metadata: { name }, rules },
});

const clusterRoleBinding = (id: string, name: string, role: string, namespace: string): NcpObject => ({
  id,
  manifest: {
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
    subjects: [{ kind: 'ServiceAccount', name: NCP_SERVICE_ACCOUNT, namespace }],
  },
});

/** NCP's service account and RBAC (§c): the read role, the patch role, OpenShift's routes, the SCC grant, exec. */
function rbac(settings: NcpSettings, pods: { readonly ncp: PodJson; readonly bootstrap?: PodJson }): NcpObject[] {
  const line = NCP_RELEASE_LINES[settings.version];
  const openshift = settings.platform === Platform.OPENSHIFT;
  const legacy = settings.replicationController;
  const read = [...(legacy ? NCP_2_3.clusterRoleResources : line.clusterRoleResources), ...(openshift ? ['routes'] : [])];
  const patch = (legacy ? NCP_2_3.patchRules : line.patchRules).map((rule, index) =>
    openshift && index < 2 ? { ...rule, resources: [...(rule.resources ?? []), index === 0 ? 'routes' : 'routes/status'] } : rule,
  );
  const ns = settings.namespace;
  const objects: NcpObject[] = [
    {
      id: 'ServiceAccount',
      manifest: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: NCP_SERVICE_ACCOUNT, namespace: ns } },
    },
    clusterRole('ClusterRole', 'ncp-cluster-role', [
      {
        // statefulsets (4.2+) exist only in the apps group.
        apiGroups: [
          '',
          'extensions',
          'networking.k8s.io',
          ...(read.includes('statefulsets') ? ['apps'] : []),
          ...(openshift ? ['route.openshift.io'] : []),
        ],
        resources: read,
        verbs: ['get', 'watch', 'list'],
      },
    ]),
    clusterRoleBinding('ClusterRoleBinding', 'ncp-cluster-role-binding', 'ncp-cluster-role', ns),
    clusterRole('PatchRole', 'ncp-patch-role', patch),
    clusterRoleBinding('PatchRoleBinding', 'ncp-patch-role-binding', 'ncp-patch-role', ns),
  ];
  if (openshift && settings.sccName !== undefined) {
    objects.push(
      clusterRole('SccClusterRole', 'ncp-scc-use', [
        {
          apiGroups: ['security.openshift.io'],
          resources: ['securitycontextconstraints'],
          resourceNames: [settings.sccName],
          verbs: ['use'],
        },
      ]),
      clusterRoleBinding('SccClusterRoleBinding', 'ncp-scc-use-binding', 'ncp-scc-use', ns),
    );
  }
  if (openshift) {
    // OpenShift 3 admits NCP's pod (host network, its config and Secret volumes) and the bootstrap's (host network and
    // PID, host paths, NET_ADMIN or privileged) only under an SCC their service accounts may use: one for each.
    objects.push(...sccObjects('Ncp', 'nsx-ncp-scc', pods.ncp, NCP_SERVICE_ACCOUNT, ns));
    if (pods.bootstrap !== undefined) {
      objects.push(...sccObjects('Bootstrap', 'nsx-ncp-bootstrap-scc', pods.bootstrap, settings.agentServiceAccountName, ns));
    }
  }
  if (line.execRole) {
    objects.push(
      {
        id: 'ExecRole',
        manifest: {
          apiVersion: `${RBAC}/v1`,
          kind: 'Role',
          metadata: { name: 'ncp-exec-role', namespace: ns },
          rules: [
            { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
            { apiGroups: [''], resources: ['pods/exec'], verbs: ['get', 'create'] },
          ],
        },
      },
      {
        id: 'ExecRoleBinding',
        manifest: {
          apiVersion: `${RBAC}/v1`,
          kind: 'RoleBinding',
          metadata: { name: 'ncp-exec-role-binding', namespace: ns },
          roleRef: { apiGroup: RBAC, kind: 'Role', name: 'ncp-exec-role' },
          subjects: [{ kind: 'ServiceAccount', name: NCP_SERVICE_ACCOUNT, namespace: ns }],
        },
      },
    );
  }
  return objects;
}

/** A pod spec as the manifests here write it (JSON field names, e.g. `hostPID`). */
type PodJson = Record<string, unknown>;

/** An SCC admitting `pod`, a ClusterRole to use it and its binding to `serviceAccount`. */
function sccObjects(id: string, name: string, pod: PodJson, serviceAccount: string, namespace: string): NcpObject[] {
  // Init containers are admitted by the same SCC: their capabilities and privileges count.
  const containers = [...((pod.initContainers as unknown[]) ?? []), ...((pod.containers as unknown[]) ?? [])];
  const spec = { ...pod, containers, hostPid: pod.hostPID } as unknown as k8s.PodSpec;
  const role = `${name}-use`;
  return [
    { id: `${id}Scc`, manifest: sccFor(name, spec) as NcpObject['manifest'] },
    clusterRole(`${id}SccRole`, role, [
      { apiGroups: ['security.openshift.io'], resources: ['securitycontextconstraints'], resourceNames: [name], verbs: ['use'] },
    ]),
    {
      id: `${id}SccRoleBinding`,
      manifest: {
        apiVersion: `${RBAC}/v1`,
        kind: 'ClusterRoleBinding',
        metadata: { name: role },
        roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
        subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace }],
      },
    },
  ];
}

/** The bootstrap's host mounts: name, host path, container path, and extra mount fields. */
type HostMount = readonly [string, string, string, Record<string, unknown>?];

function bootstrapMounts(settings: NcpSettings): HostMount[] {
  const ubuntu = settings.hostOs === HostOs.UBUNTU;
  const operator = settings.version === NcpVersion.V4_2;
  const mounts: HostMount[] = [
    ['host-etc', '/etc', '/host/etc'],
    ['host-opt', '/opt', '/host/opt'],
    ['host-var', '/var', '/host/var'],
    ['host-os-release', '/etc/os-release', '/host/etc/os-release'],
    operator
      ? ['host-var-run', '/var/run', '/var/run/openvswitch', { subPath: 'openvswitch' }]
      : ['openvswitch', '/var/run/openvswitch', '/var/run/openvswitch'],
  ];
  if (settings.ovsKernelModule) {
    mounts.push(
      ['host-modules', '/lib/modules', '/lib/modules'],
      ['host-config-openvswitch', '/etc/openvswitch', '/etc/openvswitch'],
      ['dir-tmp-usr-ovs-kmod-backup', '/tmp/nsx_usr_ovs_kmod_backup', '/tmp/nsx_usr_ovs_kmod_backup'],
      ...((ubuntu
        ? [['host-usr-src', '/usr/src', '/usr/src']]
        : [
            ['host-usr-share', '/usr/share', '/host/usr/share'],
            ['host-depmod', '/sbin/depmod', '/sbin/depmod'],
          ]) as HostMount[]),
    );
  }
  mounts.push(
    ...((ubuntu
      ? [
          ['app-armor-cache', '/var/cache/apparmor', '/var/cache/apparmor', { subPath: 'apparmor' }],
          ['apparmor-d', '/etc/apparmor.d', '/etc/apparmor.d'],
          ['dpkg-lib', '/var/lib/dpkg', '/host/var/lib/dpkg'],
          ['usr-share-doc', '/usr/share/doc', '/usr/share/doc'],
          ['snap-confine', '/var/lib/snapd/apparmor/snap-confine', '/var/lib/snapd/apparmor/snap-confine'],
        ]
      : [
          ['rpm-lib', '/var/lib/rpm', '/host/var/lib/rpm'],
          ['usr-lib-rpm', '/usr/lib/rpm', '/host/usr/lib/rpm'],
          ['host-modinfo', '/usr/sbin/modinfo', '/usr/sbin/modinfo', { readOnly: true }],
        ]) as HostMount[]),
  );
  if (operator) {
    mounts.push(['host-usr-bin', '/usr/bin', '/host/usr/bin'], ['host-var-log-ujo', '/var/log/nsx-ujo', '/var/log/nsx-ujo']);
  }
  return mounts;
}

/** `nsx-ncp-bootstrap` (2.5+): installs the CNI plugin and OVS on each node, reading the agent's ConfigMap by name. */
function bootstrap(settings: NcpSettings): NcpObject | undefined {
  const line = NCP_RELEASE_LINES[settings.version];
  if (line.bootstrap === undefined) {
    return undefined;
  }
  const projected = RELEASE_LINES[settings.version].configMount === 'projected';
  const configVolume = projected
    ? {
        name: 'projected-volume',
        projected: {
          sources: [{ configMap: { name: settings.agentConfigMapName, items: [{ key: NCP_INI_KEY, path: NCP_INI_KEY }] } }],
        },
      }
    : { name: 'config-volume', configMap: { name: settings.agentConfigMapName } };
  // Not read-only: the bootstrap reads ovs_uplink_port next to it (vendor comment).
  const configMount = projected
    ? mount('projected-volume', '/etc/nsx-ujo')
    : mount('config-volume', `/etc/nsx-ujo/${NCP_INI_KEY}`, { subPath: NCP_INI_KEY });
  const hostMounts = bootstrapMounts(settings);
  const operator = settings.version === NcpVersion.V4_2;
  const volumes = [
    configVolume,
    ...hostMounts.map(([name, path]) =>
      hostPath(name, path, operator && name === 'host-var-log-ujo' ? 'DirectoryOrCreate' : undefined),
    ),
  ];
  const securityContext =
    settings.hostOs === HostOs.UBUNTU ? { privileged: true, runAsUser: 0 } : { capabilities: { add: ['NET_ADMIN'] } };
  const monitor =
    line.bootstrap.monitor === 'nsx-dummy'
      ? {
          name: 'nsx-dummy',
          image: settings.image,
          imagePullPolicy: settings.imagePullPolicy,
          command: ['/bin/bash', '-c', 'while true; do sleep 5; done'],
        }
      : {
          name: 'nsx-host-ovs-monitor',
          image: settings.image,
          imagePullPolicy: settings.imagePullPolicy,
          command: ['start_host_ovs_monitor'],
          securityContext: { capabilities: { add: ['NET_ADMIN'] } },
          volumeMounts: [
            configMount,
            mount('host-os-release', '/host/etc/os-release'),
            mount('host-var-run', '/host/var/run'),
            mount('host-var-log-ujo', '/var/log/nsx-ujo'),
          ],
        };
  return {
    id: 'Bootstrap',
    manifest: {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: BOOTSTRAP_NAME, namespace: settings.namespace, labels: labels(BOOTSTRAP_NAME) },
      spec: {
        selector: { matchLabels: labels(BOOTSTRAP_NAME) },
        updateStrategy: { type: 'RollingUpdate' },
        template: {
          metadata: { labels: labels(BOOTSTRAP_NAME) },
          spec: {
            hostNetwork: true,
            hostPID: true,
            serviceAccountName: settings.agentServiceAccountName,
            tolerations: [...(RELEASE_LINES[settings.version].tolerations ?? [])],
            ...(line.bootstrap.priorityClassName ? { priorityClassName: line.bootstrap.priorityClassName } : {}),
            initContainers: [
              {
                name: BOOTSTRAP_NAME,
                image: settings.image,
                imagePullPolicy: settings.imagePullPolicy,
                command: ['init_k8s_node'],
                securityContext,
                volumeMounts: [configMount, ...hostMounts.map(([name, , path, extra]) => mount(name, path, extra ?? {}))],
              },
            ],
            containers: [monitor],
            volumes,
          },
        },
      },
    },
  };
}

/** Every object of NCP, in the order they are applied: Namespace, CRDs, RBAC, ConfigMap, workload, bootstrap. */
export function ncpObjects(settings: NcpSettings): NcpObject[] {
  const line = NCP_RELEASE_LINES[settings.version];
  const crds = settings.createCrds && !settings.replicationController ? line.crds.map(crdObject) : [];
  const boot = bootstrap(settings);
  const work = workload(settings);
  const podOf = (object: NcpObject) => (object.manifest.spec as { template: { spec: PodJson } }).template.spec;
  return [
    ...(settings.createNamespace
      ? [
          {
            id: 'Namespace',
            manifest: {
              apiVersion: 'v1',
              kind: 'Namespace',
              metadata: { name: settings.namespace, labels: { ...POD_SECURITY_LABELS } },
            },
          },
        ]
      : []),
    ...crds,
    ...rbac(settings, { ncp: podOf(work), bootstrap: boot && podOf(boot) }),
    {
      id: 'Config',
      manifest: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: NCP_CONFIG_MAP, namespace: settings.namespace, labels: { version: 'v1' } },
        data: { [NCP_INI_KEY]: renderNcpOwnIni(settings.ini) },
      },
    },
    work,
    ...(boot ? [boot] : []),
  ];
}
