import { isMap } from '../checking/deep-merge';
import type { Problem } from '../checking/problem';
import { checkNcpIni } from './check';
import type { Spell } from './placement';
import { checkRules, type NcpIniContext } from './rules';
import type { NcpIniSettings } from './schema';

/**
 * Every problem with the `ncpIni` option at `path`: each key and value, then the rules between them. A rule
 * about a key already reported (or inside a section already reported) would only repeat it, so it is left out.
 */
export function ncpIniProblems(settings: unknown, context: NcpIniContext, path: string): Problem[] {
  const spell: Spell = (section, key) => `${path}.${section}.${key}`;
  const keyProblems = checkNcpIni(settings, path, context.version);
  const ruleProblems = checkRules(isMap(settings) ? (settings as NcpIniSettings) : {}, context, spell);
  return [...keyProblems, ...withoutRepeats(ruleProblems, keyProblems)];
}

/** `problems` except those about an option that `reported` already covers. */
export function withoutRepeats(problems: readonly Problem[], reported: readonly Problem[]): Problem[] {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer} `);
  return problems.filter((p) => !reported.some((q) => within(p.option, q.option) || within(q.option, p.option)));
}
