/** The distribution the agent is installed on; it decides which security objects come with it. */
export enum Platform {
  /** Upstream Kubernetes (and distributions without SecurityContextConstraints). */
  KUBERNETES = 'Kubernetes',
  /**
   * OpenShift: adds a SecurityContextConstraints object for the agent's pods and the namespace annotation
   * that lets the DaemonSet land on every node.
   */
  OPENSHIFT = 'OpenShift',
}
