import { Problem } from '../checking/problem';

/** One `key = value` line of an ini file, as NCP's Python config reader (oslo.config) sees it. */
export interface IniEntry {
  readonly section: string;
  readonly key: string;
  /** The value with surrounding white space and one pair of matching surrounding quotes removed. */
  readonly value: string;
  /** Line number, from 1. */
  readonly line: number;
}

/** A `[section]` line. */
export interface IniSection {
  readonly name: string;
  readonly line: number;
}

/** The entries and section headers of an ini text, and the lines that cannot be read. */
export interface IniLines {
  readonly entries: readonly IniEntry[];
  readonly sections: readonly IniSection[];
  readonly problems: readonly Problem[];
}

/**
 * Reads ini text by oslo.config's rules: `key = value` or `key: value` (split at the first `=` or `:`),
 * whole-line comments starting with `#` or `;`, one pair of matching quotes around a value stripped.
 * Indented lines, which oslo.config reads as continuations of the value above, are refused, as are lines
 * before the first section and keys set twice in a section.
 */
export function readIniLines(text: string, source: string): IniLines {
  const entries: IniEntry[] = [];
  const sections: IniSection[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  let section: string | undefined;
  const problem = (line: number, value: string, issue: string, allowed: string, fix: string) =>
    problems.push(new Problem(`${source} line ${line}`, excerpt(value), issue, allowed, fix));

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // Content without a single header is some other file (a wrong path, a secret): none of it is shown.
  const content = lines.some((line) => !/^\s*([#;].*)?$/.test(line));
  if (content && !lines.some((line) => SECTION_HEADER.test(line))) {
    const notIni = new Problem(
      source,
      undefined,
      'is not an ncp.ini: it has no [section] header line, so none of its lines are shown',
      'an ncp.ini with [coe], [k8s], [nsx_node_agent] or other section headers',
      'point to the ncp.ini of the cluster',
    );
    return { entries, sections, problems: [notIni] };
  }
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trimEnd();
    if (text === '' || text.startsWith('#') || text.startsWith(';')) {
      return;
    }
    if (/^\s/.test(text)) {
      problem(
        line,
        text,
        'is indented, so NCP reads it as a continuation of the value above',
        'every line flush left; one value per line',
        'remove the indentation, or join the value onto its key line',
      );
      return;
    }
    if (text.startsWith('[')) {
      const name = text.endsWith(']') ? text.slice(1, -1) : '';
      if (name === '') {
        problem(line, text, 'is not a section header', '[section_name]', 'write the header as [name]');
      } else {
        section = name;
        sections.push({ name, line });
      }
      return;
    }
    const split = /^([^=:]*)[=:](.*)$/.exec(text);
    const key = split?.[1].trim() ?? '';
    if (split === null || key === '') {
      problem(line, text, 'is not a key = value line', 'key = value, or a comment starting with #', 'correct the line');
      return;
    }
    if (section === undefined) {
      problem(line, text, 'comes before any [section]', 'key = value lines under a [section] header', 'move it into its section');
      return;
    }
    const first = seen.get(`${section}\0${key}`);
    if (first !== undefined) {
      problem(
        line,
        text,
        `sets [${section}] ${key} again (first on line ${first})`,
        'each key once per section',
        'keep one of the lines',
      );
      return;
    }
    seen.set(`${section}\0${key}`, line);
    entries.push({ section, key, value: unquote(split[2].trim()), line });
  });
  return { entries, sections, problems };
}

const SECTION_HEADER = /^\[[^\]\s][^\]]*\]\s*$/;

/** Longest part of a line shown in a problem: enough to find and fix the line. */
export const EXCERPT_LENGTH = 120;

/** A line or value as a problem shows it: at most EXCERPT_LENGTH characters. */
export function excerpt(value: string): string {
  return value.length > EXCERPT_LENGTH ? `${value.slice(0, EXCERPT_LENGTH)}… (${value.length} characters)` : value;
}

/** oslo.config strips one pair of matching quotes around a value. */
function unquote(value: string): string {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}
