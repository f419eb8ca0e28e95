/**
 * A row's version as a form or a request sends it back. Versions are positive 32-bit integers (the
 * column's type); anything else names no version, so it comes back as 0, which no row has: the save is
 * refused as a conflict instead of reaching the database with a number it cannot hold.
 */
export const NO_VERSION = 0;

export function parseVersion(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value.trim())) return NO_VERSION;
  const version = Number(value.trim());
  return version > 0 && version < 2 ** 31 ? version : NO_VERSION;
}
