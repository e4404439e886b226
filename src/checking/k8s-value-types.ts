import { Problem } from './problem';
import { dnsSubdomain, integer, text, type ValueType } from './value-types';

const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** A label or annotation key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
export const metadataKey = text({
  allowed:
    'a key such as example.com/team or team: a name of at most 63 letters, digits, "-", "_" or ".", optionally after a DNS prefix and "/"',
  refine: (value) => {
    const parts = value.split('/');
    const name = parts.at(-1) ?? '';
    const prefixOk = parts.length === 1 || (parts.length === 2 && dnsSubdomain.reason(parts[0]) === undefined);
    if (value === 'constructor') {
      // cdk8s's renderer reads an object's `constructor` to tell plain objects from others.
      return 'cannot be written by cdk8s';
    }
    return prefixOk && name.length <= 63 && NAME_PART.test(name) ? undefined : 'is not a label or annotation key';
  },
});

/** A label value: empty, or at most 63 letters, digits, "-", "_" or ".", starting and ending alphanumeric. */
export const labelValue: ValueType<string> = {
  allowed: 'a label value: empty, or at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
  shape: { kind: 'text', format: 'name', pattern: NAME_PART },
  reason: (value) => {
    if (typeof value !== 'string') {
      return 'is not a string';
    }
    return value === '' || (value.length <= 63 && NAME_PART.test(value)) ? undefined : 'is not a label value';
  },
  render: (value) => value,
  parse: (s) => s,
};

/** An annotation value: any string. */
export const annotationValue: ValueType<string> = {
  allowed: 'a string',
  shape: { kind: 'text', format: 'text' },
  reason: (value) => (typeof value === 'string' ? undefined : 'is not a string'),
  render: (value) => value,
  parse: (s) => s,
};

/** Kubernetes refuses an object whose annotations, keys and values together, exceed 256 KiB. */
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/** The problem with annotations too large for one object, if they are. */
export function annotationsSizeProblem(option: string, annotations: Readonly<Record<string, string>>): Problem[] {
  const bytes = Object.entries(annotations).reduce(
    (sum, [key, value]) => sum + Buffer.byteLength(key) + Buffer.byteLength(value),
    0,
  );
  return bytes <= ANNOTATIONS_MAX_BYTES
    ? []
    : [
        new Problem(
          option,
          `${bytes} bytes`,
          `are ${bytes} bytes, keys and values together, more than Kubernetes' ${ANNOTATIONS_MAX_BYTES} (256 KiB) per object`,
          'annotations of at most 256 KiB in total',
          `shorten ${option}, or keep large data in a ConfigMap`,
        ),
      ];
}

/** A CPU or memory quantity such as `100m`, `0.5` or `256Mi`. */
export const quantity = text({
  allowed: 'a Kubernetes quantity such as 100m, 0.5, 256Mi or 1Gi',
  pattern: /^\d+(\.\d+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/,
});

/** An environment variable name, as Kubernetes 1.20 accepts it. */
export const envName = text({
  allowed: 'a variable name: letters, digits, "_", "-" or ".", not starting with a digit',
  pattern: /^[-._a-zA-Z][-._a-zA-Z0-9]*$/,
});

/** Seconds as a non-negative integer (probe delays, grace periods). */
export const seconds = integer(0, 2147483647);

/** A positive count as Kubernetes stores it, in 32 bits (probe period, failure threshold). */
export const positiveInt32 = integer(1, 2147483647);

/** A rolling update's `maxUnavailable`: a positive number of pods or a percentage of nodes. */
export const countOrPercent: ValueType<number | string> = {
  allowed: 'a number of pods from 1, or a percentage of nodes from "1%" to "100%"',
  shape: { kind: 'text', format: 'text', pattern: /^(\d+|(100|[1-9]\d?)%)$/ },
  reason: (value) => {
    if (typeof value === 'number') {
      return Number.isInteger(value) && value >= 1 ? undefined : 'is not a positive integer';
    }
    return typeof value === 'string' && /^(100|[1-9]\d?)%$/.test(value) ? undefined : 'is not a count or a percentage';
  },
  render: (value) => String(value),
  parse: (s) => (/^\d+$/.test(s) ? Number(s) : s),
};
