import { isMap } from '../../checking/deep-merge';
import { metadataKey } from '../../checking/k8s-value-types';
import type { OptionChecker } from '../../checking/option-checker';
import { Problem } from '../../checking/problem';
import { integer, oneOf } from '../../checking/value-types';

/** Operators of a node selector requirement; a label selector has the first four. */
const NODE_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const;
const LABEL_OPERATORS = NODE_OPERATORS.slice(0, 4);
const weight = integer(1, 100);

/**
 * Checks the values in an affinity whose field names are known to be Kubernetes' (see `unknownFields`): what the
 * API server would refuse, as the TypeScript type says it for code, e.g. `key: 5` or `operator: Inn`.
 */
export function checkAffinity(check: OptionChecker, affinity: Record<string, unknown>): void {
  const node = affinity.nodeAffinity;
  if (isMap(node)) {
    const path = 'affinity.nodeAffinity';
    const required = node.requiredDuringSchedulingIgnoredDuringExecution;
    if (isMap(required)) {
      const terms = check.list(
        `${path}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`,
        required.nodeSelectorTerms,
        'a list of node selector terms',
      );
      terms?.forEach((term, i) => {
        nodeTerm(check, `${path}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[${i}]`, term);
      });
    }
    weighted(
      check,
      `${path}.preferredDuringSchedulingIgnoredDuringExecution`,
      node.preferredDuringSchedulingIgnoredDuringExecution,
      'preference',
      nodeTerm,
    );
  }
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const pod = affinity[kind];
    if (isMap(pod)) {
      const path = `affinity.${kind}`;
      const required = check.list(
        `${path}.requiredDuringSchedulingIgnoredDuringExecution`,
        pod.requiredDuringSchedulingIgnoredDuringExecution,
        'a list of pod affinity terms',
      );
      required?.forEach((term, i) => {
        podTerm(check, `${path}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`, term);
      });
      weighted(
        check,
        `${path}.preferredDuringSchedulingIgnoredDuringExecution`,
        pod.preferredDuringSchedulingIgnoredDuringExecution,
        'podAffinityTerm',
        podTerm,
      );
    }
  }
}

type TermCheck = (check: OptionChecker, path: string, term: unknown) => void;

/** A list of `{ weight, <field>: term }`. */
function weighted(check: OptionChecker, path: string, value: unknown, field: string, term: TermCheck): void {
  check.list(path, value, `a list of { weight, ${field} }`)?.forEach((item, i) => {
    if (!isMap(item)) {
      return;
    }
    check.value(`${path}[${i}].weight`, item.weight ?? null, weight, 'set weight to an integer from 1 to 100');
    term(check, `${path}[${i}].${field}`, item[field] ?? null);
  });
}

function nodeTerm(check: OptionChecker, path: string, term: unknown): void {
  if (!isMap(term)) {
    check.problems.push(
      new Problem(path, term, 'is not a map', 'a node selector term: { matchExpressions }', `write ${path} as key: value pairs`),
    );
    return;
  }
  for (const field of ['matchExpressions', 'matchFields']) {
    check.list(`${path}.${field}`, term[field], 'a list of { key, operator, values }')?.forEach((r, i) => {
      requirement(check, `${path}.${field}[${i}]`, r, NODE_OPERATORS);
    });
  }
}

function podTerm(check: OptionChecker, path: string, term: unknown): void {
  if (!isMap(term)) {
    check.problems.push(
      new Problem(
        path,
        term,
        'is not a map',
        'a pod affinity term: { labelSelector, topologyKey }',
        `write ${path} as key: value pairs`,
      ),
    );
    return;
  }
  if (term.topologyKey === undefined) {
    check.problems.push(
      new Problem(
        `${path}.topologyKey`,
        undefined,
        'is required',
        metadataKey.allowed,
        'set topologyKey to a node label key, e.g. kubernetes.io/hostname',
      ),
    );
  }
  check.value(
    `${path}.topologyKey`,
    term.topologyKey,
    metadataKey,
    'set topologyKey to a node label key, e.g. kubernetes.io/hostname',
  );
  const selector = term.labelSelector;
  if (isMap(selector)) {
    check
      .list(`${path}.labelSelector.matchExpressions`, selector.matchExpressions, 'a list of { key, operator, values }')
      ?.forEach((r, i) => {
        requirement(check, `${path}.labelSelector.matchExpressions[${i}]`, r, LABEL_OPERATORS);
      });
  }
}

/** `{ key, operator, values }`: values for In and NotIn, none for Exists and DoesNotExist, one integer for Gt and Lt. */
function requirement(check: OptionChecker, path: string, value: unknown, operators: readonly string[]): void {
  if (!isMap(value)) {
    check.problems.push(
      new Problem(path, value, 'is not a map', '{ key, operator, values }', `write ${path} as key: value pairs`),
    );
    return;
  }
  check.value(`${path}.key`, value.key ?? null, metadataKey, 'set key to a label key, e.g. kubernetes.io/os');
  const operator = check.value(
    `${path}.operator`,
    value.operator ?? null,
    oneOf(operators),
    `set operator to one of ${operators.join(', ')}`,
  );
  const values = check.list(`${path}.values`, value.values, 'a list of strings');
  values?.forEach((item, i) => {
    if (typeof item !== 'string') {
      check.problems.push(
        new Problem(
          `${path}.values[${i}]`,
          item,
          'is not a string',
          'a label value, written in quotes',
          `write it in quotes: ${JSON.stringify(String(item))}`,
        ),
      );
    }
  });
  const count = values?.length ?? 0;
  const rule =
    operator === 'In' || operator === 'NotIn'
      ? count === 0 && 'needs at least one value'
      : operator === 'Exists' || operator === 'DoesNotExist'
        ? count > 0 && 'takes no values'
        : operator !== undefined &&
          (count !== 1 || !/^-?\d+$/.test(String(values?.[0])) ? 'takes exactly one integer value' : false);
  if (rule) {
    check.problems.push(
      new Problem(
        `${path}.values`,
        value.values,
        `${rule} with operator ${operator}`,
        'values for In and NotIn, none for Exists and DoesNotExist, one integer for Gt and Lt',
        'correct values or operator',
      ),
    );
  }
}
