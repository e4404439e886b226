/**
 * Why `arg` cannot be given: a flag that takes one value (each group: a flag and its other spellings) already
 * given; `undefined` otherwise. Records `arg` in `seen`.
 */
export function repeatedFlag(arg: string, seen: Set<string>, ...groups: readonly (readonly string[])[]): string | undefined {
  const group = groups.find((names) => names.includes(arg));
  if (group === undefined) {
    return undefined;
  }
  if (seen.has(group[0])) {
    return `${arg} is given more than once\n    allowed: ${group.join(' or ')} once\n    fix: keep one ${arg} and remove the others`;
  }
  seen.add(group[0]);
  return undefined;
}
