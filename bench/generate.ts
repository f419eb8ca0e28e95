/**
 * Generated municipalities for the benchmarks: each with one programme of N actions in five sections
 * and R closed follow-up rounds with a status for every action. Municipalities are created through
 * the service (validated and audited like any other); their content is bulk-loaded in SQL as the
 * database owner with triggers off, since a deployment's history of 240 000 statuses is not what the
 * benchmark measures and inserting them one transaction at a time would take minutes.
 */
import type { Store } from '../src/db/database.ts';
import type { Actor } from '../src/domain/actor.ts';
import { createMunicipality } from '../src/services/municipalities.ts';
import { runWrite } from '../src/services/context.ts';

export const BENCH_ACTOR: Actor = { kind: 'system', name: 'bench' };
export const BENCH_PROGRAMME = 'digi-2024-2026';

export interface Shape {
  actions: number;
  rounds: number;
}

/** Runs one statement with parameters as the database owner (PGlite's client, or a pg client). */
export type OwnerQuery = (text: string, params: unknown[]) => Promise<unknown>;

export const benchSlug = (n: number) => `bench-${n}`;

export function actionListPath(slug: string): string {
  return `/${slug}/fi/${BENCH_PROGRAMME}/actions`;
}

/** Municipalities `bench-{first}` … `bench-{first + count - 1}`, with codes from 100 on (Porvoo's 638 is never reached). */
export async function generateMunicipalities(store: Store, owner: OwnerQuery, first: number, count: number, shape: Shape): Promise<string[]> {
  const slugs: string[] = [];
  for (let n = first; n < first + count; n++) {
    const slug = benchSlug(n);
    const code = String(99 + n);
    await runWrite(store, { actor: BENCH_ACTOR, platform: true }, (ctx) =>
      createMunicipality(ctx, { slug, code, name: { fi: `Testikunta ${n}`, sv: `Testkommun ${n}` }, languages: ['fi', 'sv'] }));
    slugs.push(slug);
  }
  await owner('set session_replication_role = replica', []);
  try {
    await owner(`insert into programmes (municipality_id, slug, name, period_start, period_end)
      select id, $2, '{"fi":"Digitaalinen ohjelma 2024–2026","sv":"Digitalt program 2024–2026"}'::jsonb, 2024, 2026
      from municipalities where slug = any($1::text[])`, [slugs, BENCH_PROGRAMME]);
    await owner(`insert into sections (municipality_id, programme_id, position, name, next_ref_row)
      select p.municipality_id, p.id, s, jsonb_build_object('fi', 'Osio ' || s, 'sv', 'Avsnitt ' || s), $3::int / 5 + 2
      from programmes p join municipalities m on m.id = p.municipality_id, generate_series(1, 5) s
      where m.slug = any($1::text[]) and p.slug = $2`, [slugs, BENCH_PROGRAMME, shape.actions]);
    await owner(`insert into actions (municipality_id, programme_id, section_id, ref, position, name, years, sector)
      select s.municipality_id, s.programme_id, s.id, s.position || '.' || r, r,
        jsonb_build_object('fi', 'Sähköisen asioinnin kehittäminen, vaihe ' || r || ' osiossa ' || s.position,
                           'sv', 'Utveckling av e-tjänster, steg ' || r || ' i avsnitt ' || s.position),
        array[2024 + r % 3], '{"fi":"Konsernipalvelut","sv":"Koncerntjänster"}'::jsonb
      from sections s join programmes p on p.id = s.programme_id join municipalities m on m.id = p.municipality_id,
        generate_series(1, $3::int / 5) r
      where m.slug = any($1::text[]) and p.slug = $2`, [slugs, BENCH_PROGRAMME, shape.actions]);
    await owner(`insert into rounds (municipality_id, programme_id, year, month, label, lang, status, closed_at)
      select p.municipality_id, p.id, 2022 + k / 2, case when k % 2 = 0 then 3 else 9 end,
        jsonb_build_object('fi', 'Tilanne ' || to_char(case when k % 2 = 0 then 3 else 9 end, 'FM00') || '/' || (2022 + k / 2)),
        'fi', 'closed', now()
      from programmes p join municipalities m on m.id = p.municipality_id, generate_series(0, $3::int - 1) k
      where m.slug = any($1::text[]) and p.slug = $2`, [slugs, BENCH_PROGRAMME, shape.rounds]);
    await owner(`insert into action_statuses (municipality_id, action_id, round_id, text, state, state_inferred, updated_at)
      select a.municipality_id, a.id, r.id,
        jsonb_build_object('fi', 'Työ on edennyt suunnitellusti ja pilotointi jatkuu kevään aikana.'),
        (array['done','in_progress','not_advanced','postponed'])[1 + (a.position + r.month) % 4], false, now()
      from actions a join rounds r on r.programme_id = a.programme_id join municipalities m on m.id = a.municipality_id
      where m.slug = any($1::text[])`, [slugs]);
    // As an import through the services would leave them (runWrite's changesManyRows).
    await owner('analyze', []);
  } finally {
    await owner('set session_replication_role = origin', []);
  }
  return slugs;
}
