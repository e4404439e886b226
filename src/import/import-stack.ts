import { App, Chart } from 'cdk8s';
import type * as k8s from '../../imports/k8s';
import { Platform } from '../agent/options/platform';
import { type AgentOptions, valuesProps } from '../agent/settings/agent-options';
import { isMap } from '../checking/deep-merge';
import { Problem } from '../checking/problem';
import { HostOs } from '../ncp/host-os';
import { NcpStack, SHARED_KEYS, stackProps } from '../ncp/ncp-stack';
import { ncpValuesProps, SECRET_MOUNTS } from '../ncp/settings';
import { readIniLines } from '../ncp-ini/ini-lines';
import { NCP_SCHEMA } from '../ncp-ini/ncp/schema';
import { NcpVersion } from '../releases/release-lines';
import { type ImportedManifest, importVendorManifest, type VendorImportOptions } from './import-manifest';
import {
  type ConfigMapObject,
  type ManifestObject,
  objectLabel,
  readManifestObjects,
  withoutServerFields,
} from './manifest-objects';

const NCP_CONFIG_MAP = 'nsx-ncp-config';
const NCP_WORKLOAD = 'nsx-ncp';

/** Where each Secret of NCP's pod lands under /etc/nsx-ujo: a secret volume's mount path, or a projected item's dir. */
function secretDirs(pod: k8s.PodSpec | undefined): { secret: string; dir: string }[] {
  const mounts: readonly k8s.VolumeMount[] = pod?.containers?.[0]?.volumeMounts ?? [];
  return (pod?.volumes ?? []).flatMap((volume) => {
    const mountPath = mounts.find((m) => m.name === volume.name)?.mountPath;
    if (mountPath === undefined) {
      return [];
    }
    if (volume.secret?.secretName !== undefined) {
      return [{ secret: volume.secret.secretName as string, dir: mountPath }];
    }
    return (volume.projected?.sources ?? []).flatMap((source) => {
      if (source.secret?.name === undefined) {
        return [];
      }
      const path: string = source.secret.items?.[0]?.path ?? '';
      const dir = path.includes('/') ? `${mountPath}/${path.slice(0, path.lastIndexOf('/'))}` : mountPath;
      return [{ secret: source.secret.name, dir }];
    });
  });
}

/**
 * A whole vendor install (the 2.5/3.1 single file, or 2.3/2.4's ncp-rc.yml or ncp-deployment.yml together with the
 * agent's file) read into the stack's values: the agent as importVendorManifest reads it, and `ncp` from the
 * `nsx-ncp` workload and `nsx-ncp-config`. Secrets are referenced by name, never carried, each with a warning; a
 * password in ncp.ini is dropped with a warning saying which Secret option takes it.
 */
export function importVendorStack(text: string, options: VendorImportOptions = {}): ImportedManifest {
  const agent = importVendorManifest(text, options);
  if (agent.problems.length > 0) {
    return agent;
  }
  const source = options.source ?? 'the manifest';
  const objects = readManifestObjects(text, source).objects.map((o) => withoutServerFields(o) ?? o) as ManifestObject[];
  const configMap = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === NCP_CONFIG_MAP) as
    | ConfigMapObject
    | undefined;
  const workload = objects.find(
    (o) => (o.kind === 'Deployment' || o.kind === 'ReplicationController') && o.metadata?.name === NCP_WORKLOAD,
  ) as (ManifestObject & { spec?: { replicas?: number; template?: { spec?: k8s.PodSpec } } }) | undefined;
  if (configMap === undefined || workload === undefined) {
    return {
      ...agent,
      values: {},
      problems: [
        new Problem(
          source,
          undefined,
          `has no NCP to import (${configMap === undefined ? `no ConfigMap ${NCP_CONFIG_MAP}` : `no ${NCP_WORKLOAD} Deployment or ReplicationController`})`,
          "a file with NCP's ConfigMap and workload next to the node agent's",
          'import without --stack for the node agent alone, or import the file that installs NCP too',
        ),
      ],
    };
  }
  const warnings: string[] = [];
  const detected: string[] = [];
  let agentValues = agent.values as AgentOptions & { ncpIni?: Record<string, Record<string, unknown>> };
  // A bare-metal agent of 2.5.0 looks like 2.4's (no nsx-ovs there); NCP's bootstrap tells them apart.
  const hasBootstrap = objects.some((o) => o.kind === 'DaemonSet' && o.metadata?.name === 'nsx-ncp-bootstrap');
  if (hasBootstrap && agentValues.ncpVersion === undefined) {
    agentValues = { ...agentValues, ncpVersion: NcpVersion.V2_5_0 };
    detected.push('NCP 2.5.0, not 2.3/2.4: the file has nsx-ncp-bootstrap (2.5+) and mounts ncp.ini by subPath');
  }
  const iniText = String(configMap.data?.['ncp.ini'] ?? '');
  const lines = readIniLines(iniText, `${source} ${objectLabel(configMap)} ncp.ini`);
  if (lines.problems.length > 0) {
    return { ...agent, values: {}, problems: lines.problems };
  }
  const ini: Record<string, Record<string, unknown>> = {};
  let passwordInFile = false;
  const extra: Record<string, Record<string, unknown>> = {};
  for (const entry of lines.entries) {
    const value = entry.value.replaceAll('$$', '$');
    if (!NCP_SCHEMA.names.includes(entry.section)) {
      warnings.push(
        `NCP's ncp.ini [${entry.section}] ${entry.key} (line ${entry.line}) is in a section NCP does not read; not carried over`,
      );
      continue;
    }
    const spec = NCP_SCHEMA.optionOf(entry.section, entry.key);
    if (spec?.secret === true || /password/.test(entry.key)) {
      passwordInFile = true;
      continue;
    }
    if (entry.key === 'node_type') {
      continue; // nodeType, the agent's
    }
    const agentValue = agentValues.ncpIni?.[entry.section]?.[entry.key];
    if (spec === undefined) {
      extra[entry.section] = { ...extra[entry.section], [entry.key]: value };
      warnings.push(
        `NCP's ncp.ini [${entry.section}] ${entry.key} is not a key the model knows: carried over under ncp.ncpIni.extra`,
      );
      continue;
    }
    const parsed = spec.type.parse(value) ?? value;
    const shared = SHARED_KEYS.some(([s, k]) => s === entry.section && k === entry.key);
    if (shared && (agentValue === undefined ? spec.preset === parsed : JSON.stringify(agentValue) === JSON.stringify(parsed))) {
      continue; // written from the agent's value
    }
    if (!shared && spec.preset !== undefined && JSON.stringify(spec.preset) === JSON.stringify(parsed)) {
      continue; // the vendor's preset, written when unset
    }
    ini[entry.section] = { ...ini[entry.section], [entry.key]: parsed };
  }
  if (ini.coe?.adaptor !== undefined && agentValues.platform !== undefined) {
    delete ini.coe.adaptor;
  }
  const pod = workload.spec?.template?.spec;
  const ncp: Record<string, unknown> = {};
  if (workload.kind === 'ReplicationController') {
    ncp.replicationController = true;
  }
  if (typeof workload.spec?.replicas === 'number' && workload.spec.replicas !== 1) {
    ncp.replicas = workload.spec.replicas;
  }
  const image = pod?.containers?.[0]?.image;
  if (image !== undefined && image !== (agentValues as { image?: string }).image && options.image === undefined) {
    ncp.image = image;
  }
  const passwordVolume = (pod?.volumes ?? []).find((v) => v.name === 'nsx-api-password' && v.secret?.secretName);
  if (passwordVolume !== undefined) {
    ncp.nsxApiPasswordSecret = passwordVolume.secret?.secretName;
    const key = passwordVolume.secret?.items?.[0]?.key;
    if (key !== undefined && key !== 'password') {
      ncp.nsxApiPasswordSecretKey = key;
    }
    if (passwordInFile) {
      warnings.push(
        "NCP's ncp.ini [nsx_v3] nsx_api_password is a secret and is not carried over: the password is read from the " +
          `Secret ${ncp.nsxApiPasswordSecret} at pod start; the ConfigMap in the file holds it in plain text, remove it there`,
      );
    }
  } else if (passwordInFile) {
    ncp.nsxApiPasswordSecret = 'nsx-api-password';
    warnings.push(
      "NCP's ncp.ini [nsx_v3] nsx_api_password is a secret and is not carried over: it is read from the Secret " +
        'nsx-api-password (key password) at pod start; create it with kubectl create secret generic nsx-api-password ' +
        "-n <namespace> --from-literal=password='…', or name yours in ncp.nsxApiPasswordSecret",
    );
  }
  for (const { secret, dir } of secretDirs(pod).filter((s) => s.secret !== passwordVolume?.secret?.secretName)) {
    const kind = [
      ['nsxClientCertSecret', SECRET_MOUNTS.nsxCert],
      ['lbDefaultCertSecret', SECRET_MOUNTS.lbCert],
    ].find(([, mount]) => {
      const path = ini.nsx_v3?.[(mount as typeof SECRET_MOUNTS.nsxCert).cert];
      return typeof path === 'string' && path.startsWith(`${dir}/`);
    });
    if (kind === undefined) {
      warnings.push(`NCP's pod mounts Secret ${secret} at ${dir}, which no ncp.ini path names: not carried over`);
      continue;
    }
    const [option, mount] = kind as [string, typeof SECRET_MOUNTS.nsxCert];
    ncp[option] = secret;
    delete ini.nsx_v3[mount.cert];
    delete ini.nsx_v3[mount.key];
    warnings.push(
      `Secret ${secret} is referenced by name (${option}); its data is never written: it must exist in the namespace, ` +
        `and NCP now reads it at ${mount.dir}/tls.crt and tls.key`,
    );
  }
  for (const object of objects.filter((o) => o.kind === 'Secret')) {
    warnings.push(`${objectLabel(object)} is not carried over: no Secret data goes into a manifest; create it with kubectl`);
  }
  const ncpIni = { ...ini, ...(Object.keys(extra).length > 0 ? { extra } : {}) };
  for (const [section, keys] of Object.entries(ncpIni)) {
    if (isMap(keys) && Object.keys(keys).length === 0) {
      delete (ncpIni as Record<string, unknown>)[section];
    }
  }
  ncp.ncpIni = ncpIni;
  const bootstrap = objects.find((o) => o.kind === 'DaemonSet' && o.metadata?.name === 'nsx-ncp-bootstrap') as
    | (ManifestObject & { spec?: { template?: { spec?: k8s.PodSpec } } })
    | undefined;
  const init = bootstrap?.spec?.template?.spec?.initContainers?.[0];
  if (init !== undefined) {
    const hostOs = init.securityContext?.privileged === true ? HostOs.UBUNTU : HostOs.RHEL;
    const platform = (agentValues as { platform?: string }).platform ?? Platform.OPENSHIFT;
    if (hostOs !== (platform === Platform.OPENSHIFT ? HostOs.RHEL : HostOs.UBUNTU)) {
      ncp.hostOs = hostOs;
    }
  }
  const checked = stackProps({ agent: valuesProps(agentValues, (option) => option), ncp: ncpValuesProps({ ...ncp }) }, '');
  if (checked.problems.length > 0) {
    return { ...agent, values: {}, warnings: [], problems: checked.problems };
  }
  // The objects the stack generates are NCP's: the agent's importer warns that it does not import them.
  const chart = new Chart(new App(), 'import');
  new NcpStack(chart, 'stack', { agent: valuesProps(agentValues, (option) => option), ncp: ncpValuesProps({ ...ncp }) });
  const generated = new Set(chart.toJson().map((o) => objectLabel(o as ManifestObject)));
  const agentWarnings = agent.warnings.filter((warning) => {
    const label = /^(\S+) is not imported: /.exec(warning)?.[1];
    return label === undefined || !generated.has(label);
  });
  return {
    ...agent,
    values: { ...agentValues, ncp } as never,
    changes: [...agent.changes, "NCP's objects (workload, ConfigMap, RBAC, CRDs, bootstrap) are generated by the stack from ncp"],
    detected: [
      ...agent.detected,
      ...detected,
      `NCP: ${objectLabel(workload)}${ncp.replicationController ? ' (2.3)' : ''} and ${objectLabel(configMap)}`,
    ],
    warnings: [...agentWarnings, ...warnings],
  };
}
