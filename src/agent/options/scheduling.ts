/** What a taint does to pods that do not tolerate it. */
export enum TaintEffect {
  /** New pods are not scheduled onto the node. */
  NO_SCHEDULE = 'NoSchedule',
  /** The scheduler avoids the node when it can. */
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  /** Running pods are evicted too. */
  NO_EXECUTE = 'NoExecute',
}

/** How a toleration matches a taint's value. */
export enum TolerationOperator {
  /** Any value (and, with no key, any taint). */
  EXISTS = 'Exists',
  /** The taint's value equals `value`. */
  EQUAL = 'Equal',
}

/** A toleration of the agent's pods, as in the Kubernetes pod spec. */
export interface Toleration {
  /**
   * Taint key to match.
   *
   * @default - every key (only with operator Exists)
   */
  readonly key?: string;
  /**
   * How the value is matched (`operator` in a values file and the pod spec).
   *
   * @default TolerationOperator.EQUAL
   */
  readonly tolerationOperator?: TolerationOperator;
  /**
   * Taint value to match (operator Equal only).
   *
   * @default ''
   */
  readonly value?: string;
  /**
   * Taint effect to match.
   *
   * @default - every effect
   */
  readonly effect?: TaintEffect;
  /**
   * How long the pod stays bound after a matching NoExecute taint appears.
   *
   * @default - forever
   */
  readonly tolerationSeconds?: number;
}

/** How the DaemonSet replaces pods when its template changes. */
export enum UpdateStrategyType {
  /** Replace pods node by node, at most `maxUnavailable` at a time: the vendor's choice. */
  ROLLING_UPDATE = 'RollingUpdate',
  /** Replace a pod only when someone deletes it. */
  ON_DELETE = 'OnDelete',
}
