/**
 * The decisions of a reviewed pairing file (written by `import followup … --pairing`, see
 * src/cli/pairing-file.ts): per row of the report, "accept" the action in "ref" or "new".
 */
import { z } from 'zod';
import type { PairingDecision } from '../../services/followup-import/cross-round-pairing.ts';

const pairingFile = z.object({
  rows: z.array(z.object({
    line: z.number().int().positive(),
    name: z.string(),
    ref: z.string().nullable(),
    decision: z.enum(['accept', 'new']),
  })),
});

/** The decisions, or what makes the text not a pairing file (for the person to read). */
export function readPairingDecisions(text: string): { ok: true; rows: PairingDecision[] } | { ok: false; detail: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
  const parsed = pairingFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, detail: `${issue.path.join('.')}: ${issue.message}` };
  }
  return { ok: true, rows: parsed.data.rows.map((row) => ({ line: row.line, name: row.name, ref: row.decision === 'new' ? null : row.ref })) };
}
