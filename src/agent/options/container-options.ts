/** CPU and memory, as Kubernetes quantities. */
export interface ResourceQuantities {
  /**
   * CPU, e.g. `100m` or `0.5`.
   *
   * @default - none
   */
  readonly cpu?: string;
  /**
   * Memory, e.g. `256Mi`.
   *
   * @default - none
   */
  readonly memory?: string;
}

/** Requests and limits of one container. */
export interface ContainerResources {
  /**
   * What the scheduler reserves on the node.
   *
   * @default - none
   */
  readonly requests?: ResourceQuantities;
  /**
   * Hard caps; an agent that hits its memory limit is killed and the node's networking stalls.
   *
   * @default - none
   */
  readonly limits?: ResourceQuantities;
}

/** Timing of the vendor's exec liveness probe; unset fields keep the vendor's values for the NCP version. */
export interface ProbeTiming {
  /**
   * Seconds after the container starts before the first check.
   *
   * @default - the vendor's value for the NCP version
   */
  readonly initialDelaySeconds?: number;
  /**
   * Seconds a check may take.
   *
   * @default - the vendor's value for the NCP version
   */
  readonly timeoutSeconds?: number;
  /**
   * Seconds between checks.
   *
   * @default - the vendor's value for the NCP version
   */
  readonly periodSeconds?: number;
  /**
   * Failed checks in a row after which the container is restarted.
   *
   * @default - the vendor's value for the NCP version
   */
  readonly failureThreshold?: number;
}

/** Settings of one container. */
export interface ContainerOptions {
  /**
   * CPU and memory requests and limits.
   *
   * @default - none, as in the vendor's file
   */
  readonly resources?: ContainerResources;
  /**
   * Extra environment variables, e.g. `HTTPS_PROXY`; those the vendor's file sets cannot be replaced.
   *
   * @default - none
   */
  readonly env?: { readonly [name: string]: string };
  /**
   * Liveness probe timing.
   *
   * @default - the vendor's probe, with its timing for the NCP version
   */
  readonly livenessProbe?: ProbeTiming;
  /**
   * Removes the vendor's liveness probe (`livenessProbe: false` in a values file). Not recommended: a hung agent is
   * then never restarted and the node's pods lose their network until someone notices. Meant for carrying over
   * files whose probes were removed on purpose.
   *
   * @default false
   */
  readonly removeLivenessProbe?: boolean;
}

/** Settings per container. */
export interface ContainersOptions {
  /**
   * `nsx-node-agent`: the container that wires container network interfaces.
   *
   * @default - the vendor's container
   */
  readonly nodeAgent?: ContainerOptions;
  /**
   * `nsx-kube-proxy`: the container that implements Services.
   *
   * @default - the vendor's container
   */
  readonly kubeProxy?: ContainerOptions;
  /**
   * `nsx-ovs`: the Open vSwitch container; only where it runs: NCP 2.5 and later, HOSTVM.
   *
   * @default - the vendor's container
   */
  readonly ovs?: ContainerOptions;
}
