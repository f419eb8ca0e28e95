/**
 * The pairing file a person reviews: written by `import followup … --pairing FILE.json` from the
 * proposal, read back by `--accept FILE.json`. Each row says the proposed action, how sure the
 * proposal is and why (in the person's language), and a decision: "accept" (the action in "ref",
 * which the person may change) or "new".
 */
import type { PairingEvidence } from '../domain/propose-pairing.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { readPairingDecisions } from '../io/followup/pairing-decisions.ts';
import type { PairingDecision, PairingProblem } from '../services/followup-import/cross-round-pairing.ts';
import type { ImportSummary } from '../services/followup-import/summary.ts';
import { CliError } from './cli-error.ts';

export function pairingFileOf(m: CliMessages, summary: ImportSummary, report: string): string {
  const evidenceText = (e: PairingEvidence) => (m.pairing.evidence[e.code] as (evidence: PairingEvidence) => string)(e);
  return `${JSON.stringify({
    about: m.pairing.fileHelp,
    report,
    municipality: summary.municipality,
    programme: summary.programme.slug,
    round: summary.round.key,
    lang: summary.round.lang,
    rows: (summary.proposal ?? []).map((row) => ({
      line: row.line,
      name: row.name,
      ref: row.ref,
      action: row.action,
      confidence: row.confidence,
      why: [m.pairing.confidence[row.confidence ?? 'none'], ...row.evidence.map(evidenceText)],
      decision: row.ref ? 'accept' : 'new',
    })),
    actions: summary.proposalActions ?? [],
  }, null, 2)}\n`;
}

export function proposalCounts(summary: ImportSummary) {
  const rows = summary.proposal ?? [];
  return {
    confident: rows.filter((row) => row.confidence === 'confident').length,
    possible: rows.filter((row) => row.confidence === 'possible').length,
    none: rows.filter((row) => row.confidence === null).length,
  };
}

/** The decisions of a reviewed pairing file; a file that is not one is refused before anything runs. */
export function readPairingFile(m: CliMessages, file: string, text: string): PairingDecision[] {
  const read = readPairingDecisions(text);
  if (!read.ok) throw new CliError(m.pairing.unreadableFile(file, read.detail));
  return read.rows;
}

export function formatPairingProblems(m: CliMessages, file: string, problems: PairingProblem[]): string {
  const lines = problems.map((p) => `  ${m.line(p.line)}: ${m.pairing.problem[p.code]}${p.ref ? ` (${p.ref})` : ''}`);
  return [m.pairing.problemsTitle(file, problems.length), ...lines].join('\n');
}
