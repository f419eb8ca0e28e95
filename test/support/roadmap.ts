/** A programme 2024–2026 for roadmap tests to take the demo's unfinished 2020–2023 actions over into. */
import { eq } from 'drizzle-orm';
import { programmes } from '../../src/db/schema.ts';
import type { LocalizedText } from '../../src/domain/language.ts';
import type { Store } from '../../src/services/context.ts';
import { ensureProgramme } from '../../src/services/roadmap/create-programme.ts';
import { writeIn } from './database.ts';

/**
 * The demo may already hold the 2024–2026 programme with its roadmap (io/demo-roadmap.ts, once wired
 * into the demo): the tests begin from an empty programme of that slug, with no continuations.
 */
export async function emptyProgramme2024(store: Store, name: LocalizedText = {}): Promise<void> {
  await writeIn(store, 'porvoo', async (ctx) => {
    await ctx.tx.delete(programmes).where(eq(programmes.slug, 'digi-2024-2026'));
    await ensureProgramme(ctx, { slug: 'digi-2024-2026', name, periodStart: 2024, periodEnd: 2026 });
  });
}
