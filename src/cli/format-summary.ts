import type { DetectedEncoding, DetectedLanguage, FileProblem, LanguageEvidence, RecognisedTable, TableEvidence } from '../domain/followup.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import type { ImportSummary } from '../services/followup-import/summary.ts';

export function formatProblems(m: CliMessages, file: string, problems: FileProblem[]): string {
  const lines = problems.map((p) => `  ${m.line(p.line)}${p.table ? `, ${m.tableN(p.table)}` : ''}: ${m.problem[p.code]}${p.detail ? ` (${p.detail})` : ''}`);
  return [m.fileRejected(file, problems.length), ...lines].join('\n');
}

export function formatSummary(m: CliMessages, s: ImportSummary): string {
  const out = [m.summaryTitle(s.municipality, s.programme.slug, s.round.label)];
  if (s.dryRun) out.push(m.dryRun);
  if (s.programme.created) out.push(m.programmeCreated);
  if (s.round.created) out.push(m.roundCreated);
  if (s.matchedBy === 'position') out.push(m.matchedByPosition);
  if (s.matchedBy === 'pairing') out.push(m.pairing.matchedByPairing);
  if (!s.changed) out.push(m.nothingChanged);
  out.push(m.tallies.sections(s.sections), m.tallies.actions(s.actions), m.tallies.statuses(s.statuses), m.tallies.enablers(s.enablers));
  if (s.warnings.length > 0) {
    out.push(m.warningsTitle(s.warnings.length));
    for (const w of s.warnings) out.push(`  ${w.line ? `${m.line(w.line)}: ` : ''}${m.warning[w.code]}: ${w.action}${w.ref ? ` (${w.ref})` : ''}`);
  }
  if (s.namesFromOtherRound.length > 0) {
    out.push(m.pairing.namesFromOtherRound(s.namesFromOtherRound.length));
    for (const named of s.namesFromOtherRound) out.push(`  ${named.ref}: ${named.name}`);
  }
  return out.join('\n');
}

export interface Reading {
  encoding: DetectedEncoding;
  tables: RecognisedTable[];
  language: DetectedLanguage;
}

/** How the file was read: its encoding, each table and the evidence it was recognised by, and its language. */
export function formatReading(m: CliMessages, reading: Reading): string {
  const r = m.recognition;
  const tableEvidence = (e: TableEvidence) => (r.tableEvidence[e.code] as (evidence: TableEvidence) => string)(e);
  const languageEvidence = (e: LanguageEvidence) => (r.languageEvidence[e.code] as (evidence: LanguageEvidence) => string)(e);
  return [
    `${reading.encoding.name.toUpperCase()}: ${r.encodingBy[reading.encoding.by]}`,
    ...reading.tables.map((table) => `  ${m.line(table.line)}: ${r.table[table.kind]}: ${table.evidence.map(tableEvidence).join(', ')}`),
    `${r.language[reading.language.lang]} ${r.languageDecidedBy[reading.language.decidedBy]}: ${reading.language.evidence.map(languageEvidence).join(', ')}`,
  ].join('\n');
}
