/** A municipality's workspace: its programmes with their follow-up rounds, and where to go from there. */
import { pickText } from '../../domain/language.ts';
import type { ProgrammeSummary } from '../../services/views.ts';
import { siteUrls } from '../../site/urls.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';

export function MunicipalityHomePage({ ctx, programmes }: { ctx: StaffPageContext; programmes: ProgrammeSummary[] }) {
  const m = ctx.t.municipality;
  const municipality = ctx.municipality!;
  const place = pickText(municipality.name, ctx.lang, municipality.languages)?.text ?? municipality.slug;
  return (
    <StaffLayout ctx={ctx} title={m.title}>
      <h1>{place}</h1>
      <h2>{m.programmes}</h2>
      {programmes.length === 0 ? (
        <p>{m.noProgrammes}</p>
      ) : (
        <ul class="card-list">
          {programmes.map((programme) => (
            <li>
              <h3>{pickText(programme.name, ctx.lang, ctx.fallbacks)?.text ?? ctx.site.programmeName(programme.periodStart, programme.periodEnd)}</h3>
              <p>{m.actionCount(programme.actionCount)}</p>
              <p>
                {programme.rounds.length === 0
                  ? m.noRounds
                  : m.rounds(programme.rounds.map((round) => `${round.key} (${m.roundStatus[round.status]})`).join(', '))}
              </p>
              <p>
                <a href={siteUrls.programme(municipality.slug, ctx.lang, programme.slug)}>{m.publicPage}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </StaffLayout>
  );
}
