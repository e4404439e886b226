import { optionOf, SECTION_NAMES, type SectionName } from '../ncp-ini/schema';

/**
 * The option of the values file that controls a field of a generated object, by kind and field path as
 * `differences` names it (e.g. `spec.template.spec.containers[nsx-node-agent].image` → `image`). Fields no option
 * sets (the vendor's fixed fields) name the options that choose them: `ncpVersion`, `nodeType`.
 */
const RULES: readonly { readonly kind?: string; readonly path: RegExp; readonly option: (m: RegExpExecArray) => string }[] = [
  { kind: 'DaemonSet', path: /^spec\.template\.metadata\.annotations\.checksum\/ncp\.ini$/, option: () => 'ncpIni' },
  { kind: 'DaemonSet', path: /^spec\.template\.metadata\.annotations\./, option: () => 'podAnnotations' },
  { kind: 'DaemonSet', path: /^spec\.template\.metadata\.labels\.(tier|component|version)$/, option: () => 'name' },
  { kind: 'DaemonSet', path: /^spec\.template\.metadata\.labels\./, option: () => 'podLabels' },
  { kind: 'DaemonSet', path: /^spec\.selector/, option: () => 'name' },
  { kind: 'DaemonSet', path: /^spec\.updateStrategy\.rollingUpdate/, option: () => 'maxUnavailable' },
  { kind: 'DaemonSet', path: /^spec\.updateStrategy/, option: () => 'updateStrategy' },
  { kind: 'DaemonSet', path: /\.containers\[[^\]]+\]\.(image|imagePullPolicy)$/, option: (m) => m[1] },
  {
    kind: 'DaemonSet',
    path: /\.containers\[([^\]]+)\]\.(resources|env|livenessProbe)\b/,
    option: (m) => `containers.${m[1]}.${m[2]}`,
  },
  { kind: 'DaemonSet', path: /\.containers\[[^\]]+\]\.(securityContext|volumeMounts)/, option: () => 'nodeType, ncpVersion' },
  { kind: 'DaemonSet', path: /\.containers(\[[^\]]+\])?($|\.)/, option: () => 'ncpVersion, nodeType' },
  { kind: 'DaemonSet', path: /^spec\.template\.spec\.volumes/, option: () => 'nodeType, ncpVersion' },
  {
    kind: 'DaemonSet',
    path: /^spec\.template\.spec\.(tolerations|nodeSelector|affinity|priorityClassName|imagePullSecrets|terminationGracePeriodSeconds|serviceAccountName)\b/,
    option: (m) => m[1],
  },
  { kind: 'ConfigMap', path: /^metadata\.name$/, option: () => 'configMapName' },
  { kind: 'ServiceAccount', path: /^metadata\.name$/, option: () => 'serviceAccountName' },
  { kind: 'Namespace', path: /^metadata\.labels\.pod-security\.kubernetes\.io\//, option: () => 'podSecurityLabels' },
  { kind: 'Namespace', path: /^metadata\.annotations\.openshift\.io\/node-selector$/, option: () => 'platform' },
  { kind: 'Namespace', path: /^metadata\.name$/, option: () => 'namespace' },
  { kind: 'ClusterRole', path: /^rules/, option: () => 'ncpVersion' },
  { kind: 'ClusterRoleBinding', path: /^(subjects|roleRef)/, option: () => 'serviceAccountName, namespace, clusterRoleName' },
  { kind: 'SecurityContextConstraints', path: /./, option: () => 'nodeType, ncpVersion' },
  { path: /^metadata\.namespace$/, option: () => 'namespace' },
  { path: /^metadata\.name$/, option: () => 'name' },
  { path: /^metadata\.labels\./, option: () => 'labels' },
  { path: /^metadata\.annotations\./, option: () => 'annotations' },
];

/** The option for a field of a generated object of kind `kind`. */
export function optionOfField(kind: string, path: string): string {
  for (const rule of RULES) {
    const match = rule.kind === undefined || rule.kind === kind ? rule.path.exec(path) : null;
    if (match !== null) {
      return rule.option(match);
    }
  }
  return 'ncpVersion, platform';
}

/** Keys of ncp.ini that a construct option writes, not `ncpIni`. */
const OWNED_KEYS: Readonly<Record<string, string>> = { node_type: 'nodeType', ovs_bridge: 'ovsBridge' };

/** The option for an ncp.ini key: `ncpIni.<section>.<key>`, `ncpIni.extra.<section>.<key>` for keys the model lacks. */
export function optionOfNcpIniKey(section: string, key: string): string {
  if (key in OWNED_KEYS) {
    return OWNED_KEYS[key];
  }
  const typed = SECTION_NAMES.includes(section as SectionName) && optionOf(section as SectionName, key) !== undefined;
  return typed ? `ncpIni.${section}.${key}` : `ncpIni.extra.${section}.${key}`;
}

/** The option that makes the construct generate (or leave out) an object of kind `kind`. */
export function optionOfObject(kind: string): string {
  const options: Record<string, string> = {
    Namespace: 'createNamespace, namespace',
    ServiceAccount: 'createServiceAccount, serviceAccountName',
    ClusterRole: 'createRbac, clusterRoleName (the SCC role: createScc, sccName)',
    ClusterRoleBinding: 'createRbac, clusterRoleBindingName (the SCC binding: createScc, sccName)',
    SecurityContextConstraints: 'platform, createScc, sccName',
    ConfigMap: 'name, configMapName',
    DaemonSet: 'name',
  };
  return options[kind] ?? 'none: the construct does not generate this kind';
}
