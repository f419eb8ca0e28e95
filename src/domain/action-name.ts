/**
 * An action's name as printed in a report carries a `*` where the Ministry of Finance incentive
 * programme co-funded it: trailing when the whole action was, inside the name after the part that
 * was ("…, maksaminen*, laatutyökalut").
 */
export interface ParsedActionName {
  name: string;
  coFunded: boolean;
  /** The co-funded part, when only part of the action was co-funded. */
  coFundedPart: string | null;
}

export function parseActionName(printed: string): ParsedActionName {
  const text = printed.replace(/\s+/g, ' ').trim();
  const starAt = text.indexOf('*');
  if (starAt < 0) return { name: text, coFunded: false, coFundedPart: null };
  const name = text.replace(/\s*\*\s*(?=[,;.]|$)/g, '').replace(/\*/g, '').trim();
  if (text.endsWith('*') && text.indexOf('*') === text.length - 1) {
    return { name, coFunded: true, coFundedPart: null };
  }
  const before = text.slice(0, starAt);
  const partStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(';'));
  const part = before.slice(partStart + 1).trim();
  return { name, coFunded: true, coFundedPart: part || null };
}

/** The key an action is matched by across rounds: case, spacing and stars do not matter. */
export function actionNameKey(name: string): string {
  return name.replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fi');
}
