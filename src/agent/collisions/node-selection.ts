import type * as k8s from '../../../imports/k8s';

/** One requirement on a node label, as in a node affinity term. */
export interface Requirement {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
}

/**
 * The nodes an agent may run on, as alternatives (OR) of requirement lists (AND): the nodeSelector joined to each
 * required node-affinity term.
 */
export function selectionTerms(nodeSelector?: Readonly<Record<string, string>>, affinity?: k8s.Affinity): Requirement[][] {
  const base = Object.entries(nodeSelector ?? {}).map(([key, value]) => ({ key, operator: 'In', values: [value] }));
  const terms = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  if (terms.length === 0) {
    return [base];
  }
  return terms.map((term) => [
    ...base,
    ...(term.matchExpressions ?? []).map((e) => ({ key: e.key, operator: e.operator, values: e.values ?? [] })),
  ]);
}

/** True when some node could satisfy both selections: no requirement of one contradicts one of the other. */
export function canOverlap(a: Requirement[][], b: Requirement[][]): boolean {
  return a.some((ta) => b.some((tb) => !ta.some((ra) => tb.some((rb) => contradicts(ra, rb) || contradicts(rb, ra)))));
}

/** Whether no label value satisfies both requirements on the same key. Gt and Lt are not analysed. */
function contradicts(a: Requirement, b: Requirement): boolean {
  if (a.key !== b.key) {
    return false;
  }
  const present = (r: Requirement) => r.operator === 'In' || r.operator === 'Exists';
  if (a.operator === 'DoesNotExist') {
    return present(b);
  }
  if (a.operator === 'In' && b.operator === 'In') {
    return !a.values.some((v) => b.values.includes(v));
  }
  return a.operator === 'In' && b.operator === 'NotIn' && a.values.every((v) => b.values.includes(v));
}
