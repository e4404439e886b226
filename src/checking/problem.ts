/**
 * One thing wrong with the options, written for the person who has to fix it: which option, the value
 * it had, what is wrong with it, what is allowed, and what to do.
 */
export class Problem {
  constructor(
    /** Option path as the user writes it, e.g. `ncpIni.k8s.apiserver_host_port`. */
    public readonly option: string,
    /** The value the option had (`undefined` when it was missing). */
    public readonly value: unknown,
    /** What is wrong, e.g. `is not an integer`. */
    public readonly issue: string,
    /** What the option accepts. */
    public readonly allowed: string,
    /** How to fix it. */
    public readonly fix: string,
  ) {}

  public toString(): string {
    const shown = showValue(this.value, this.option);
    const got = this.value === undefined ? '(not set)' : shown === HIDDEN_VALUE ? HIDDEN_VALUE : `(got ${shown})`;
    return `${this.option}: ${this.issue} ${got}\n    allowed: ${this.allowed}\n    fix: ${this.fix}`;
  }
}

/** How the user writes an option path, e.g. `agents[1].image` for `image` in a values file's second agent. */
export type OptionPath = (option: string) => string;

/**
 * The problems found so far, each with its option spelled the way the user wrote it, and each once: a shared
 * value checked for several agents is one problem.
 */
export class ProblemList {
  private readonly items: Problem[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly spell: OptionPath = (option) => option) {}

  /** Adds `problems`, found with the option paths of the checks; returns how many there are now. */
  public push(...problems: readonly Problem[]): number {
    for (const found of problems) {
      const option = this.spell(found.option);
      const problem = option === found.option ? found : new Problem(option, found.value, found.issue, found.allowed, found.fix);
      const text = problem.toString();
      if (!this.seen.has(text)) {
        this.seen.add(text);
        this.items.push(problem);
      }
    }
    return this.items.length;
  }

  public get length(): number {
    return this.items.length;
  }

  /** Every problem, in the order found. */
  public get all(): readonly Problem[] {
    return this.items;
  }
}

/** Thrown with every problem found at once, so one run lists them all. */
export class ProblemsError extends Error {
  constructor(
    /** What was being checked, e.g. `NsxNodeAgent "nsx-node-agent/agent"` or a file name. */
    public readonly subject: string,
    public readonly problems: readonly Problem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${subject} has ${count}:\n${problems.map((p) => `  - ${p.toString()}`).join('\n')}`);
    this.name = 'ProblemsError';
  }
}

/** Throws a ProblemsError when there is anything to report. */
export function throwIfAny(subject: string, problems: readonly Problem[]): void {
  if (problems.length > 0) {
    throw new ProblemsError(subject, problems);
  }
}

/** What a message shows instead of a value that may be a credential. */
export const HIDDEN_VALUE = '(value hidden)';

/**
 * The most characters of a value a message shows: enough for a container or a list of tolerations in an import
 * warning, too few for a file's content to reach a log.
 */
export const SHOWN_LENGTH = 400;

/** Names that look like a credential's: password (and misspellings), secret, token, credential, auth, private or API key. */
const CREDENTIAL_NAME = /pas+w|secret|token|credential|auth|private[\W_]*key|api[\W_]*key/i;

/**
 * Whether an option path or key (e.g. `ncpIni.extra.nsx_v3.nsx_api_password`, `auths`, `client_token`) has a
 * segment whose name looks like a credential's, so its value is never shown.
 */
export function isCredentialName(path: string): boolean {
  // A key that names where a credential is (a file, a path, a Secret's name) holds no credential itself.
  return path
    .split(/[.[\] ]+/)
    .some((segment) => CREDENTIAL_NAME.test(segment) && !/(file|path|dir|names?|secrets|ref)$/i.test(segment));
}

/**
 * A value as the user would recognise it in a message: strings quoted, objects as JSON, cut to
 * {@link SHOWN_LENGTH} characters. The value of an `option` whose name looks like a credential's is hidden, and
 * so are the values of such keys inside objects.
 */
export function showValue(value: unknown, option?: string): string {
  if (option !== undefined && value !== undefined && isCredentialName(option)) {
    return HIDDEN_VALUE;
  }
  // Text of several lines may carry a credential's key and value of its own, as a file would.
  if (typeof value === 'string' && /[\r\n\u2028\u2029\u0085]/u.test(value) && CREDENTIAL_NAME.test(value)) {
    return HIDDEN_VALUE;
  }
  return capped(fullValue(value));
}

function capped(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}… (${text.length} characters)` : text;
}

function hideCredentials(key: string, value: unknown): unknown {
  return key !== '' && value !== undefined && isCredentialName(key) ? HIDDEN_VALUE : value;
}

function fullValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (value === null || typeof value !== 'object') {
    return String(value);
  }
  if (value instanceof Map) {
    return `Map ${fullValue(Object.fromEntries(value))}`;
  }
  try {
    return JSON.stringify(value, hideCredentials) ?? String(value);
  } catch {
    return 'a value that contains itself';
  }
}
