import { isIP } from 'node:net';

/**
 * A kind of scalar option value: what it accepts, how it is written into a text file (ncp.ini), and how
 * it is read back. Used for the construct's own options and for every ncp.ini option.
 */
export interface ValueType<T> {
  /** What is allowed, for error messages and docs, e.g. `an integer from 1 to 65535`. */
  readonly allowed: string;
  /** Why `value` is not allowed, or `undefined` when it is. */
  reason(value: unknown): string | undefined;
  /** The value as written in ncp.ini. */
  render(value: T): string;
  /** A value read from ncp.ini text, or `undefined` when the text is not one. */
  parse(text: string): T | undefined;
}

interface TextOptions {
  readonly allowed: string;
  readonly pattern?: RegExp;
  readonly maxLength?: number;
  /** Extra rule beyond the pattern; returns why the value is refused. */
  readonly refine?: (value: string) => string | undefined;
}

/** A string, optionally restricted by a pattern, a length and a further rule. */
export function text(options: TextOptions): ValueType<string> {
  const reason = (value: unknown): string | undefined => {
    if (typeof value !== 'string') {
      return 'is not a string';
    }
    if (value.length === 0) {
      return 'is empty';
    }
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      return `is ${value.length} characters long, more than ${options.maxLength}`;
    }
    if (options.pattern && !options.pattern.test(value)) {
      return 'is not well formed';
    }
    return options.refine?.(value);
  };
  return { allowed: options.allowed, reason, render: (value) => value, parse: (s) => (reason(s) ? undefined : s) };
}

/** Any non-empty string (ncp.ini safety is checked separately, for every ini value). */
export const anyText = text({ allowed: 'a non-empty string' });

/** An integer within `[min, max]`. */
export function integer(min: number, max: number): ValueType<number> {
  const reason = (value: unknown): string | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return 'is not an integer';
    }
    return value < min || value > max ? `is outside ${min}..${max}` : undefined;
  };
  return {
    allowed: `an integer from ${min} to ${max}`,
    reason,
    render: (value) => String(value),
    parse: (s) => {
      const value = /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
      return reason(value) ? undefined : value;
    },
  };
}

/** true or false, written the way Python's config reader spells them. */
export const boolean: ValueType<boolean> = {
  allowed: 'true or false',
  reason: (value) => (typeof value === 'boolean' ? undefined : 'is not true or false'),
  render: (value) => (value ? 'True' : 'False'),
  parse: (s) => ({ true: true, false: false })[s.toLowerCase() as 'true' | 'false'],
};

/** One of a closed set of strings. */
export function oneOf<T extends string>(choices: readonly T[]): ValueType<T> {
  const reason = (value: unknown): string | undefined =>
    typeof value === 'string' && (choices as readonly string[]).includes(value) ? undefined : 'is not one of the choices';
  return {
    allowed: `one of ${choices.join(', ')}`,
    reason,
    render: (value) => value,
    parse: (s) => choices.find((c) => c === s),
  };
}

/** A TCP port. */
export const port = integer(1, 65535);

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A Kubernetes object name that must be a DNS label (RFC 1123), e.g. a namespace. */
export const dnsLabel = text({
  allowed: 'a DNS label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit',
  pattern: DNS_LABEL,
  maxLength: 63,
});

/** A Kubernetes object name that must be a DNS subdomain (RFC 1123), e.g. a DaemonSet or ConfigMap. */
export const dnsSubdomain = text({
  allowed:
    'a DNS subdomain: at most 253 characters of lowercase letters, digits, "-" and ".", each dot-separated part starting and ending with a letter or digit',
  maxLength: 253,
  refine: (value) => (value.split('.').every((part) => DNS_LABEL.test(part)) ? undefined : 'is not a DNS subdomain'),
});

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*$/;

/** An IPv4 or IPv6 address, or a DNS host name. */
export const host = text({
  allowed: 'an IPv4 or IPv6 address, or a DNS host name',
  refine: (value) =>
    isIP(value) !== 0 || (HOSTNAME.test(value) && !/^[\d.]+$/.test(value)) ? undefined : 'is not an address or host name',
});

/** An absolute file path. */
export const absolutePath = text({ allowed: 'an absolute path, starting with "/"', pattern: /^\/\S*$/ });
