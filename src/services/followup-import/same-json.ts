/** Whether two values read from jsonb are the same (jsonb keeps keys in a stable order). */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
