/**
 * A small model of OpenShift's SCC admission over synthesized objects: would the DaemonSet's pods be admitted
 * under the SecurityContextConstraints shipped with them, by the service account they run as?
 * Returns what would be refused (empty when admitted).
 */
export function sccAdmissionFailures(objects: any[], sccName: string): string[] {
  const failures: string[] = [];
  const ds = objects.find((o) => o.kind === 'DaemonSet');
  const scc = objects.find((o) => o.kind === 'SecurityContextConstraints' && o.metadata.name === sccName);
  if (!scc) {
    return [`no SecurityContextConstraints ${sccName}`];
  }
  const pod = ds.spec.template.spec;
  const account = pod.serviceAccountName;
  const namespace = ds.metadata.namespace;
  // The service-account admission adds the API token volume: projected on Kubernetes 1.21+, secret before.
  const volumeTypes = [...pod.volumes.map((v: any) => Object.keys(v).find((k) => k !== 'name')), 'projected', 'secret'];
  for (const type of volumeTypes) {
    if (!scc.volumes.includes(type) && !scc.volumes.includes('*')) {
      failures.push(`volume type ${type} not allowed`);
    }
  }
  if (pod.hostNetwork && !scc.allowHostNetwork) failures.push('hostNetwork not allowed');
  if (pod.hostPID && !scc.allowHostPID) failures.push('hostPID not allowed');
  if (pod.hostIPC && !scc.allowHostIPC) failures.push('hostIPC not allowed');
  if (pod.volumes.some((v: any) => v.hostPath) && !scc.allowHostDirVolumePlugin) failures.push('hostPath not allowed');
  for (const c of pod.containers) {
    const sc = c.securityContext ?? {};
    if (sc.privileged && !scc.allowPrivilegedContainer) failures.push(`${c.name}: privileged not allowed`);
    for (const cap of sc.capabilities?.add ?? []) {
      if (!scc.allowedCapabilities.includes(cap)) failures.push(`${c.name}: capability ${cap} not allowed`);
      if (scc.requiredDropCapabilities.includes(cap)) failures.push(`${c.name}: capability ${cap} must be dropped`);
    }
    if ((c.ports ?? []).some((p: any) => p.hostPort) && !scc.allowHostPorts) failures.push(`${c.name}: hostPort not allowed`);
    if (sc.allowPrivilegeEscalation !== false && scc.allowPrivilegeEscalation === false) {
      failures.push(`${c.name}: privilege escalation not allowed`);
    }
  }
  const roles = objects.filter(
    (o) =>
      o.kind === 'ClusterRole' &&
      o.rules.some(
        (r: any) =>
          r.apiGroups.includes('security.openshift.io') &&
          r.resources.includes('securitycontextconstraints') &&
          r.resourceNames?.includes(sccName) &&
          r.verbs.includes('use'),
      ),
  );
  const bound = objects.some(
    (o) =>
      o.kind === 'ClusterRoleBinding' &&
      roles.some((r) => r.metadata.name === o.roleRef.name && o.roleRef.kind === 'ClusterRole') &&
      o.subjects.some((s: any) => s.kind === 'ServiceAccount' && s.name === account && s.namespace === namespace),
  );
  if (!bound) failures.push(`service account ${namespace}/${account} may not use ${sccName}`);
  return failures;
}
