/** A round's key in URLs and the API: "YYYY-MM". */
export function roundKey(round: { year: number; month: number }): string {
  return `${round.year}-${String(round.month).padStart(2, '0')}`;
}

export function parseRoundKey(key: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}
