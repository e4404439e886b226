/** The operating system of the nodes, which decides how `nsx-ncp-bootstrap` installs the CNI plugin and OVS. */
export enum HostOs {
  /** Ubuntu: the bootstrap runs privileged as root (it loads AppArmor profiles) and uses dpkg. */
  UBUNTU = 'Ubuntu',
  /** RHEL, CentOS and OpenShift 3 nodes: the bootstrap adds NET_ADMIN only and uses rpm. */
  RHEL = 'RHEL',
}
