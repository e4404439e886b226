import { showValue } from '../checking/problem';
import type { ManifestChange } from './compare-manifests';

/** A value in one line of a report: objects as JSON, cut short when long. */
export function shortValue(value: unknown): string {
  const text = showValue(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** A change as JSON for pipelines: whole objects are named, not repeated. */
export function changeJson(change: ManifestChange): Record<string, unknown> {
  const whole = change.path === '';
  return {
    object: change.object,
    path: change.path,
    ...(whole ? {} : { before: change.before ?? null, after: change.after ?? null }),
    option: change.option,
  };
}
