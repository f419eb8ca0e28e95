/**
 * Pairing the rows of a report in a language the programme's actions have no names in yet with those
 * actions, when the report is of another round too and position alone cannot pair them: the proposal
 * (src/domain/propose-pairing.ts) is shown for review, then imported as a person decided it, or with
 * its confident pairs only.
 */
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/orm.ts';
import { actionStatuses } from '../../db/schema.ts';
import type { ParsedActionRow, ParsedFollowup } from '../../domain/followup.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { proposePairing, type PairingConfidence, type PairingEvidence } from '../../domain/propose-pairing.ts';

/** How the import pairs a report in a new language: propose only, a reviewed decision, or the confident pairs. */
export type PairingChoice =
  | { mode: 'propose' }
  | { mode: 'accept'; rows: PairingDecision[] }
  | { mode: 'accept_confident' };

/** A person's decision for one row of the report: the action's reference, or null for a new action. */
export interface PairingDecision {
  line: number;
  name: string;
  ref: string | null;
}

/** One row of the proposal as the import returns it for review. */
export interface ProposalRow {
  line: number;
  name: string;
  ref: string | null;
  /** The proposed action's name in the programme's languages. */
  action: LocalizedText | null;
  confidence: PairingConfidence | null;
  evidence: PairingEvidence[];
}

export type PairingProblemCode = 'row_not_in_report' | 'row_missing' | 'unknown_ref' | 'ref_used_twice';

export interface PairingProblem {
  /** The row's index in the decision's rows, or null for a row of the report the decision lacks. */
  index: number | null;
  line: number;
  code: PairingProblemCode;
  ref?: string;
}

/** A reviewed pairing that does not fit the report or the programme: nothing is imported. */
export class PairingRejectedError extends Error {
  constructor(readonly problems: PairingProblem[]) {
    super(`The pairing does not fit: ${problems.map((p) => `line ${p.line} ${p.code}`).join(', ')}`);
  }
}

interface KnownAction {
  id: string;
  ref: string;
  name: LocalizedText;
  years: number[];
  coFunded: boolean;
}

/** The proposal for every row of the report, in document order; `known` in the roadmap's order. */
export async function proposeForReport<Known extends KnownAction>(tx: Tx, known: Known[], followup: ParsedFollowup): Promise<ProposalRow[]> {
  const statuses = known.length === 0 ? [] : await tx
    .select({ actionId: actionStatuses.actionId, text: actionStatuses.text })
    .from(actionStatuses)
    .where(inArray(actionStatuses.actionId, known.map((action) => action.id)));
  const textsOf = new Map<string, string[]>();
  for (const status of statuses) {
    textsOf.set(status.actionId, [...(textsOf.get(status.actionId) ?? []), ...Object.values(status.text).filter((t): t is string => !!t)]);
  }
  const rows = reportRows(followup);
  const byRef = new Map(known.map((action) => [action.ref, action]));
  const proposal = proposePairing(rows, known.map((action) => ({
    ref: action.ref, names: Object.values(action.name).filter((n): n is string => !!n), years: action.years,
    coFunded: action.coFunded, statusTexts: textsOf.get(action.id) ?? [],
  })));
  return proposal.map((pair) => ({
    line: rows[pair.row]!.line, name: rows[pair.row]!.name, ref: pair.ref,
    action: pair.ref ? byRef.get(pair.ref)!.name : null, confidence: pair.confidence, evidence: pair.evidence,
  }));
}

/** Which action each row of the report goes to, as the choice says; rows without one become new actions. */
export function matchesOf<Known extends KnownAction>(
  choice: Exclude<PairingChoice, { mode: 'propose' }>, proposal: ProposalRow[], known: Known[], followup: ParsedFollowup,
): Map<ParsedActionRow, Known> {
  const rows = reportRows(followup);
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const byRef = new Map(known.map((action) => [action.ref, action]));
  const decisions: PairingDecision[] = choice.mode === 'accept'
    ? choice.rows
    : proposal.map((row) => ({ line: row.line, name: row.name, ref: row.confidence === 'confident' ? row.ref : null }));
  const problems: PairingProblem[] = [];
  const matches = new Map<ParsedActionRow, Known>();
  const usedRefs = new Set<string>();
  const decidedLines = new Set<number>();
  decisions.forEach((decision, index) => {
    const row = byLine.get(decision.line);
    if (!row || row.name.trim() !== decision.name.trim()) {
      problems.push({ index, line: decision.line, code: 'row_not_in_report' });
      return;
    }
    decidedLines.add(decision.line);
    if (decision.ref === null) return;
    const action = byRef.get(decision.ref);
    if (!action) problems.push({ index, line: decision.line, code: 'unknown_ref', ref: decision.ref });
    else if (usedRefs.has(decision.ref)) problems.push({ index, line: decision.line, code: 'ref_used_twice', ref: decision.ref });
    else {
      usedRefs.add(decision.ref);
      matches.set(row, action);
    }
  });
  for (const row of rows) if (!decidedLines.has(row.line)) problems.push({ index: null, line: row.line, code: 'row_missing' });
  if (problems.length > 0) throw new PairingRejectedError(problems);
  return matches;
}

function reportRows(followup: ParsedFollowup): ParsedActionRow[] {
  return followup.sections.flatMap((section) => section.actions);
}
