/**
 * Proposes which existing action each row of a report speaks of when the report is in another
 * language than the actions' names (the Swedish 03/2021 report against the Finnish 09/2022
 * programme, or the other way round). No translation is at hand, so the evidence is what the two
 * languages share: loanwords and words of the same origin ("visualisering"/"visualisointi"), proper
 * nouns and numbers (ePorvoo, O365, Omaolo, years), the year marks and the co-funding mark, and the
 * order of the document. Rounds split tables, move, add and drop rows, so order is weak evidence on
 * its own; it counts when both neighbours of a pair are paired the same way.
 *
 * Text similarity is the cosine of the character 5-grams of the words, weighted by how rare each
 * 5-gram is in both documents: long words of the same origin share several, proper nouns all of theirs.
 */

export interface PairingRow {
  name: string;
  years: readonly number[];
  coFunded: boolean;
  statusText: string;
}

export interface PairingCandidate {
  /** The action's reference ("2.3"), how a person names it in the pairing file. */
  ref: string;
  /** Its names in every language it has. */
  names: readonly string[];
  years: readonly number[];
  coFunded: boolean;
  /** Its status texts of every round and language. */
  statusTexts: readonly string[];
}

export type PairingConfidence = 'confident' | 'possible';

export type PairingEvidence =
  | { code: 'same_years'; years: number[] }
  | { code: 'co_funded' }
  /** Words of the row and of the action that are the same or share a long part (same origin). */
  | { code: 'shared_words'; words: string[] }
  /** The rows before and after are paired with the actions before and after. */
  | { code: 'between_paired_neighbours' }
  | { code: 'document_order' };

export interface ProposedPair {
  /** Index of the row in the report, in document order. */
  row: number;
  /** The action proposed, or null: the row becomes a new action. */
  ref: string | null;
  confidence: PairingConfidence | null;
  /** Similarity, for sorting and for the person reviewing: 0 is nothing in common. */
  score: number;
  evidence: PairingEvidence[];
}

/** A pair this similar, and clearly better than the alternatives of both, is an anchor on its own. */
const ANCHOR_SCORE = 0.12;
/** The runner-up of both the row and the action must be at most this share of an anchor's score. */
const ANCHOR_MARGIN = 0.75;
/** Between anchors, rows whose count differs from the actions' are paired when they have this much in common. */
const GAP_SCORE = 0.06;

interface Pair {
  i: number;
  j: number;
  how: 'anchor' | 'same_gap' | 'uneven_gap' | 'out_of_order';
}

/** `rows` and `candidates` in the order of their documents. */
export function proposePairing(rows: readonly PairingRow[], candidates: readonly PairingCandidate[]): ProposedPair[] {
  const rowTexts = rows.map((row) => ({ name: row.name, status: [row.statusText] }));
  const candidateTexts = candidates.map((c) => ({ name: c.names.join(' '), status: [...c.statusTexts] }));
  const idf = inverseFrequencies([...rowTexts, ...candidateTexts]);
  const rowVectors = rowTexts.map((text) => vectorOf(text, idf));
  const candidateVectors = candidateTexts.map((text) => vectorOf(text, idf));
  const scores = rows.map((row, i) => candidates.map((candidate, j) =>
    cosine(rowVectors[i]!, candidateVectors[j]!) + marksScore(row, candidate)));

  const pairs = pairByAnchors(scores, rows, candidates);
  const byRow = new Map(pairs.map((pair) => [pair.i, pair]));
  return rows.map((row, i) => {
    const pair = byRow.get(i);
    if (!pair) return { row: i, ref: null, confidence: null, score: 0, evidence: [] };
    const candidate = candidates[pair.j]!;
    const confident = pair.how === 'anchor' || (pair.how === 'same_gap' && jaccard(row.years, candidate.years) > 0);
    const evidence: PairingEvidence[] = [
      ...marksEvidence(row, candidate),
      ...sharedWordsEvidence(rowTexts[i]!, candidateTexts[pair.j]!, idf),
      ...(pair.how === 'same_gap' ? [{ code: 'between_paired_neighbours' } as const] : []),
      ...(pair.how === 'out_of_order' ? [] : [{ code: 'document_order' } as const]),
    ];
    return { row: i, ref: candidate.ref, confidence: confident ? 'confident' : 'possible', score: round(scores[i]![pair.j]!), evidence };
  });
}

/**
 * Anchors first: pairs whose text stands out for both the row and the action, kept in the order of
 * both documents. Between two anchors, as many rows as actions are paired by position (a table split
 * or renamed keeps its order); otherwise the same is done again within that stretch only, where a
 * pair has fewer rivals, and what still differs is paired in order on what the rows have in common.
 * What is left is paired out of order when its text stands out as an anchor's would (a row moved far).
 */
function pairByAnchors(scores: number[][], rows: readonly PairingRow[], candidates: readonly PairingCandidate[]): Pair[] {
  const whole = { i0: 0, j0: 0, i1: rows.length, j1: candidates.length };
  const pairs = pairWithin(scores, whole);
  const pairedRows = new Set(pairs.map((pair) => pair.i));
  const pairedCandidates = new Set(pairs.map((pair) => pair.j));
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < candidates.length; j++) {
      if (pairedRows.has(i) || pairedCandidates.has(j) || !standsOut(scores, whole, i, j)) continue;
      pairs.push({ i, j, how: 'out_of_order' });
      pairedRows.add(i);
      pairedCandidates.add(j);
    }
  }
  return pairs;
}

/** Rows [i0, i1) and actions [j0, j1). */
interface Stretch { i0: number; j0: number; i1: number; j1: number }

/** The pair has much in common, and neither the row nor the action has a close rival in the stretch. */
function standsOut(scores: number[][], { i0, j0, i1, j1 }: Stretch, i: number, j: number): boolean {
  const score = scores[i]![j]!;
  let rival = 0;
  for (let k = j0; k < j1; k++) if (k !== j) rival = Math.max(rival, scores[i]![k]!);
  for (let k = i0; k < i1; k++) if (k !== i) rival = Math.max(rival, scores[k]![j]!);
  return score >= ANCHOR_SCORE && rival <= score * ANCHOR_MARGIN;
}

/** Without an anchor, position alone is not trusted: rows are paired in order on what they have in common. */
function pairWithin(scores: number[][], stretch: Stretch): Pair[] {
  const { i0, j0, i1, j1 } = stretch;
  const anchorScores = scores.map((line, i) => line.map((score, j) =>
    (i >= i0 && i < i1 && j >= j0 && j < j1 && standsOut(scores, stretch, i, j) ? score : 0)));
  const anchors = alignInOrder(anchorScores, i0, j0, i1, j1, 0);
  if (anchors.length === 0) {
    return alignInOrder(scores, i0, j0, i1, j1, GAP_SCORE).map(([i, j]) => ({ i, j, how: 'uneven_gap' }));
  }
  const pairs: Pair[] = anchors.map(([i, j]) => ({ i, j, how: 'anchor' }));
  const bounds = [{ i: i0 - 1, j: j0 - 1 }, ...pairs, { i: i1, j: j1 }];
  for (let k = 1; k < bounds.length; k++) {
    const from = bounds[k - 1]!;
    const to = bounds[k]!;
    const rowCount = to.i - from.i - 1;
    const candidateCount = to.j - from.j - 1;
    if (rowCount === 0 || candidateCount === 0) continue;
    if (rowCount === candidateCount) {
      for (let d = 1; d <= rowCount; d++) pairs.push({ i: from.i + d, j: from.j + d, how: 'same_gap' });
    } else {
      pairs.push(...pairWithin(scores, { i0: from.i + 1, j0: from.j + 1, i1: to.i, j1: to.j }));
    }
  }
  return pairs;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Year marks and the co-funding mark: the same schedule is some evidence, a different mark a little against. */
function marksScore(row: PairingRow, candidate: PairingCandidate): number {
  const years = jaccard(row.years, candidate.years);
  const coFunding = row.coFunded && candidate.coFunded ? 0.1 : row.coFunded !== candidate.coFunded ? -0.05 : 0;
  return 0.08 * years + coFunding;
}

function marksEvidence(row: PairingRow, candidate: PairingCandidate): PairingEvidence[] {
  const evidence: PairingEvidence[] = [];
  if (row.years.length > 0 && jaccard(row.years, candidate.years) === 1) evidence.push({ code: 'same_years', years: [...row.years] });
  if (row.coFunded && candidate.coFunded) evidence.push({ code: 'co_funded' });
  return evidence;
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return a.filter((year) => b.includes(year)).length / union.size;
}

interface Text {
  name: string;
  status: string[];
}

const STATUS_WEIGHT = 0.5;

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3);
}

/** The 5-grams of a word, with its ends marked so that short words and numbers count as a whole. */
function gramsOf(word: string): string[] {
  const padded = `_${word}_`;
  const grams: string[] = [];
  for (let k = 0; k + 5 <= padded.length; k++) grams.push(padded.slice(k, k + 5));
  return grams;
}

function gramSet(text: string): Set<string> {
  return new Set(wordsOf(text).flatMap(gramsOf));
}

function inverseFrequencies(texts: readonly Text[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const grams = new Set([...gramSet(text.name), ...text.status.flatMap((status) => [...gramSet(status)])]);
    for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return new Map([...counts].map(([gram, count]) => [gram, Math.log(texts.length / count)]));
}

function vectorOf(text: Text, idf: Map<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  const add = (grams: Set<string>, weight: number) => {
    for (const gram of grams) vector.set(gram, (vector.get(gram) ?? 0) + weight * (idf.get(gram) ?? 0));
  };
  add(gramSet(text.name), 1);
  for (const status of text.status) add(gramSet(status), STATUS_WEIGHT);
  return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [gram, weight] of a) dot += weight * (b.get(gram) ?? 0);
  if (dot === 0) return 0;
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  return dot / (norm(a) * norm(b));
}

/**
 * The pairs of rows [i0, i1) and actions [j0, j1) that keep both documents' order and have the most
 * in common above `threshold` (a weighted longest common subsequence).
 */
function alignInOrder(scores: number[][], i0: number, j0: number, i1: number, j1: number, threshold: number): [number, number][] {
  const n = i1 - i0;
  const m = j1 - j0;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const gain = (i: number, j: number) => scores[i0 + i]![j0 + j]! - threshold;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diagonal = gain(i - 1, j - 1) > 0 ? best[i - 1]![j - 1]! + gain(i - 1, j - 1) : -Infinity;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, diagonal);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (best[i]![j] === best[i - 1]![j]) i--;
    else if (best[i]![j] === best[i]![j - 1]) j--;
    else {
      pairs.push([i0 + i - 1, j0 + j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** The rarest words the two texts share a 5-gram in, as "row word = action word", at most five. */
function sharedWordsEvidence(row: Text, candidate: Text, idf: Map<string, number>): PairingEvidence[] {
  const rowWords = new Set(wordsOf([row.name, ...row.status].join(' ')));
  const candidateWords = new Set(wordsOf([candidate.name, ...candidate.status].join(' ')));
  const found: { words: string; weight: number }[] = [];
  for (const a of rowWords) {
    const gramsA = new Set(gramsOf(a));
    let bestMatch: { words: string; weight: number } | null = null;
    for (const b of candidateWords) {
      const shared = gramsOf(b).filter((gram) => gramsA.has(gram));
      if (shared.length === 0) continue;
      const weight = shared.reduce((sum, gram) => sum + (idf.get(gram) ?? 0), 0);
      if (!bestMatch || weight > bestMatch.weight) bestMatch = { words: a === b ? a : `${a} = ${b}`, weight };
    }
    if (bestMatch) found.push(bestMatch);
  }
  const words = found.sort((x, y) => y.weight - x.weight).slice(0, 5).map((match) => match.words);
  return words.length ? [{ code: 'shared_words', words }] : [];
}
