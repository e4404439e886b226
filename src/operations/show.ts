import { HIDDEN_VALUE, isCredentialName, showValue } from '../checking/problem';
import type { ManifestChange } from './compare-manifests';

/** A value in one line of a report: objects as JSON, cut short when long, hidden under a credential-like `path`. */
export function shortValue(value: unknown, path: string): string {
  return showValue(value, path);
}

/** A change as JSON for pipelines: whole objects are named, not repeated. */
export function changeJson(change: ManifestChange): Record<string, unknown> {
  const whole = change.path === '';
  return {
    object: change.object,
    path: change.path,
    ...(whole ? {} : { before: reported(change.before, change.path), after: reported(change.after, change.path) }),
    option: change.option,
  };
}

/** A value for JSON output: `null` where there is none, hidden under a credential-like `path`. */
function reported(value: unknown, path: string): unknown {
  if (value === undefined) {
    return null;
  }
  return isCredentialName(path) ? HIDDEN_VALUE : value;
}
