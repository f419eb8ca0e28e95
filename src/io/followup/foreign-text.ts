/** What a text that is not a follow-up report looks like, when that can be said in a word. */
export function foreignTextKind(lines: string[]): 'CSV' | undefined {
  const sample = lines.filter((line) => line.trim() !== '').slice(0, 5);
  if (sample.length === 0) return undefined;
  for (const separator of [',', ';']) {
    const counts = sample.map((line) => line.split(separator).length - 1);
    if (counts[0]! > 0 && counts.every((count) => count === counts[0])) return 'CSV';
  }
  return undefined;
}
