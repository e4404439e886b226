import type { SectionName } from '../../ncp-ini/schema';
import { ContainerName } from '../../releases/vendor';

/*
 * Code speaks camelCase, files speak ncp.ini: the construct's `ncpIni` and `containers` name in code what a values
 * file and ncp.ini name their own way. Keys map one to one: `apiserver_host_ip` is `apiserverHostIp`.
 */

/** The property of each ncp.ini section in `ncpIni`. */
export const CODE_SECTIONS: Readonly<Record<SectionName, string>> = {
  DEFAULT: 'defaults',
  coe: 'coe',
  k8s: 'k8s',
  nsx_node_agent: 'nsxNodeAgent',
  nsx_kube_proxy: 'nsxKubeProxy',
};

/** Options that code names otherwise than a values file, because the file's name is a reserved word elsewhere. */
export const CODE_OPTIONS: Readonly<Record<string, string>> = { namespace: 'namespaceName' };

/** The property of each container in `containers`. */
export const CODE_CONTAINERS: Readonly<Record<ContainerName, string>> = {
  [ContainerName.NODE_AGENT]: 'nodeAgent',
  [ContainerName.KUBE_PROXY]: 'kubeProxy',
  [ContainerName.OVS]: 'ovs',
};

/** The camelCase property of an ncp.ini key. */
export function camelKey(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}

/** The ncp.ini key of a camelCase property. */
export function fileKey(property: string): string {
  return property.replace(/[A-Z]/g, (upper) => `_${upper.toLowerCase()}`);
}

/** The enum member of a value as ncp.ini writes it: `openshift4` is `OPENSHIFT4`, `True` is `TRUE`. */
export function enumMember(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

const fileSection = (property: string) =>
  (Object.keys(CODE_SECTIONS) as SectionName[]).find((section) => CODE_SECTIONS[section] === property);
const fileContainer = (property: string) =>
  (Object.keys(CODE_CONTAINERS) as ContainerName[]).find((name) => CODE_CONTAINERS[name] === property);

/** An option path as a values file writes it (`ncpIni.k8s.apiserver_host_ip`) spelled as code writes it. */
export function codePath(option: string): string {
  const ncpIni = /^ncpIni\.([^.]+)(?:\.([^.]+))?(.*)$/.exec(option);
  if (ncpIni !== null && ncpIni[1] !== 'extra') {
    const [, section, key, rest] = ncpIni;
    const property = CODE_SECTIONS[section as SectionName] ?? section;
    return `ncpIni.${property}${key === undefined ? '' : `.${camelKey(key)}`}${rest}`;
  }
  const container = /^containers\.([^.]+)(.*)$/.exec(option);
  if (container !== null) {
    const [, name, rest] = container;
    const property = CODE_CONTAINERS[name as ContainerName] ?? name;
    return `containers.${property}${rest}`;
  }
  if (Object.hasOwn(CODE_OPTIONS, option)) {
    return CODE_OPTIONS[option];
  }
  return option.replace(/^(tolerations\[\d+\])\.operator$/, '$1.tolerationOperator');
}

/** The section of ncp.ini a property of `ncpIni` names, or the property itself when it names none. */
export function sectionOfProperty(property: string): string {
  return fileSection(property) ?? property;
}

/** The container a property of `containers` names, or the property itself when it names none. */
export function containerOfProperty(property: string): string {
  return fileContainer(property) ?? property;
}
