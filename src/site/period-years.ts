/** A programme's years: every year of its period, plus any year outside it that the actions reach. */
export function periodYears(period: { periodStart: number; periodEnd: number }, alsoYears: readonly number[]): number[] {
  const years = new Set(alsoYears);
  for (let year = period.periodStart; year <= period.periodEnd; year++) years.add(year);
  return [...years].sort((a, b) => a - b);
}
