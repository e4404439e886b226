import { isIP } from 'node:net';

/**
 * A kind of scalar option value: what it accepts, how it is written into a text file (ncp.ini), and how
 * it is read back. Used for the construct's own options and for every ncp.ini option.
 */
export interface ValueType<T> {
  /** What is allowed, for error messages and docs, e.g. `an integer from 1 to 65535`. */
  readonly allowed: string;
  /** The kind of value, for docs and generated test data. */
  readonly shape: ValueShape;
  /** Why `value` is not allowed, or `undefined` when it is. */
  reason(value: unknown): string | undefined;
  /** The value as written in ncp.ini. */
  render(value: T): string;
  /** A value read from ncp.ini text, or `undefined` when the text is not one. */
  parse(text: string): T | undefined;
}

/** What a value type accepts, in a form tools can read. */
export type ValueShape =
  | { readonly kind: 'text'; readonly format: TextFormat; readonly pattern?: RegExp }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly choices: readonly (string | boolean)[] }
  | { readonly kind: 'list'; readonly item: ValueType<string> };

/** What a text value stands for. */
export type TextFormat = 'text' | 'name' | 'path' | 'host' | 'ip' | 'socket';

interface TextOptions {
  readonly allowed: string;
  /** What the text stands for. @default 'text' */
  readonly format?: TextFormat;
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
  return {
    allowed: options.allowed,
    shape: { kind: 'text', format: options.format ?? 'text', pattern: options.pattern },
    reason,
    render: (value) => value,
    parse: (s) => (reason(s) ? undefined : s),
  };
}

/** Any non-empty string (ncp.ini safety is checked separately, for every ini value). */
export const anyText = text({ allowed: 'a non-empty string of at most 4096 characters', maxLength: 4096 });

/** An integer within `[min, max]`. */
export function integer(min: number, max: number): ValueType<number> {
  const reason = (value: unknown): string | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return 'is not an integer';
    }
    return value < min || value > max ? `is outside ${min}..${max}` : undefined;
  };
  return {
    allowed: max === Number.MAX_SAFE_INTEGER ? `an integer from ${min}` : `an integer from ${min} to ${max}`,
    shape: { kind: 'integer', min, max },
    reason,
    render: (value) => String(value),
    parse: (s) => {
      const value = /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
      return reason(value) ? undefined : value;
    },
  };
}

/** The spellings of true and false that Python's config reader (oslo.config) accepts, in any case. */
const PYTHON_BOOLEANS: Record<string, boolean> = {
  true: true,
  yes: true,
  on: true,
  '1': true,
  false: false,
  no: false,
  off: false,
  '0': false,
};

/** true or false, written the way Python's config reader spells them. */
export const boolean: ValueType<boolean> = {
  allowed: 'true or false',
  shape: { kind: 'boolean' },
  reason: (value) => (typeof value === 'boolean' ? undefined : 'is not true or false'),
  render: (value) => (value ? 'True' : 'False'),
  parse: (s) => PYTHON_BOOLEANS[s.toLowerCase()],
};

/** One of a closed set of strings (or true and false, which are written as Python spells them). */
export function oneOf<T extends string | boolean>(choices: readonly T[]): ValueType<T> {
  const render = (value: T): string => (typeof value === 'boolean' ? boolean.render(value) : value);
  const reason = (value: unknown): string | undefined =>
    (choices as readonly unknown[]).includes(value) ? undefined : 'is not one of the choices';
  return {
    allowed: `one of ${choices.map((choice) => render(choice)).join(', ')}`,
    shape: { kind: 'choice', choices },
    reason,
    render,
    parse: (s) => choices.find((choice) => (typeof choice === 'boolean' ? boolean.parse(s) === choice : choice === s)),
  };
}

/** A list of items, written comma-separated as Python's config reader splits it. */
export function list(item: ValueType<string>): ValueType<readonly string[]> {
  const reason = (value: unknown): string | undefined => {
    if (!Array.isArray(value)) {
      return 'is not a list';
    }
    if (value.length === 0) {
      return 'is an empty list';
    }
    const bad = value.findIndex(
      (entry) => item.reason(entry) !== undefined || String(entry).includes(',') || String(entry).trim() !== entry,
    );
    return bad < 0 ? undefined : `has an item that is not allowed at position ${bad + 1}`;
  };
  return {
    allowed: `a list whose items are each ${item.allowed} (no commas or surrounding spaces in items)`,
    shape: { kind: 'list', item },
    reason,
    render: (value) => value.join(','),
    parse: (s) => {
      const value = s.split(',').map((entry) => entry.trim());
      return reason(value) ? undefined : value;
    },
  };
}

/** A TCP port. */
export const port = integer(1, 65535);

/** A count or duration that may be zero. */
export const nonNegative = integer(0, Number.MAX_SAFE_INTEGER);

/** A count or size of at least one. */
export const positive = integer(1, Number.MAX_SAFE_INTEGER);

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
  format: 'host',
  refine: (value) =>
    isIP(value) !== 0 || (HOSTNAME.test(value) && !/^[\d.]+$/.test(value)) ? undefined : 'is not an address or host name',
});

/** An IPv4 or IPv6 address. */
export const ipAddress = text({
  allowed: 'an IPv4 or IPv6 address',
  format: 'ip',
  refine: (value) => (isIP(value) === 0 ? 'is not an IP address' : undefined),
});

/** An absolute file path. */
export const absolutePath = text({
  allowed: 'an absolute path, starting with "/", of at most 4096 characters (Linux PATH_MAX)',
  format: 'path',
  pattern: /^\/\S*$/,
  maxLength: 4096,
});

/** A file or interface name: no "/" and no white space. */
export const fileName = text({
  allowed: 'a name without "/" or white space, of at most 255 characters (Linux NAME_MAX)',
  format: 'name',
  pattern: /^[^/\s]+$/,
  maxLength: 255,
});
