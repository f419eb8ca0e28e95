/** A URL slug of a municipality or programme: lower-case letters, digits and hyphens, 2–40 characters. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}
