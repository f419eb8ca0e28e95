/** "My actions in this round": an owner's entries, each with last round's text beside the new one. */
import { LANGUAGES, pickText } from '../../domain/language.ts';
import type { RoundEntry, WorkspaceRound } from '../../services/rounds/views.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { RoundNoticeView, type RoundNotice } from './notices.tsx';
import { PreviousStatus } from './entry-page.tsx';
import { EntryState, RoundFacts, roundTitle } from './overview-page.tsx';
import { roundUrls } from './urls.ts';

export function MyEntriesPage({ ctx, round, entries, notice }: { ctx: StaffPageContext; round: WorkspaceRound; entries: RoundEntry[]; notice: RoundNotice | null }) {
  const t = ctx.t.rounds;
  const m = ctx.municipality!;
  const title = t.mine.title;
  return (
    <StaffLayout ctx={ctx} title={`${title} – ${roundTitle(ctx, round)}`}
      crumbs={[{ label: t.title, href: roundUrls.list(m.slug) }, { label: roundTitle(ctx, round), href: roundUrls.round(m.slug, round.programme.slug, round.key) }, { label: title }]}>
      <h1>{title}: {roundTitle(ctx, round)}</h1>
      <RoundFacts ctx={ctx} round={round} />
      <RoundNoticeView ctx={ctx} notice={notice} roundKey={round.key} />
      {entries.length === 0 && <p>{t.mine.none}</p>}
      {entries.map((entry) => {
        const name = pickText(entry.name, ctx.lang, ctx.fallbacks);
        return (
          <article class="card-list-item" aria-labelledby={`entry-${entry.ref}`}>
            <h2 id={`entry-${entry.ref}`}>
              <a href={roundUrls.entry(m.slug, round.programme.slug, round.key, entry.ref)}>{entry.ref} <span lang={name?.lang}>{name?.text}</span></a>
            </h2>
            <div class="languages">
              <PreviousStatus ctx={ctx} entry={entry} headingLevel={3} />
              <section>
                <h3>{t.mine.current}</h3>
                {entry.updatedAt === null ? <p><strong>{t.mine.empty}</strong></p> : (
                  <>
                    <p><EntryState ctx={ctx} entry={entry} />{entry.trafficLight && <> · {ctx.site.trafficLights[entry.trafficLight]}</>}</p>
                    {LANGUAGES.filter((lang) => entry.text[lang]).map((lang) => (
                      <p lang={lang}><span class="eyebrow">{t.languageNames[lang]}: </span>{entry.text[lang]}</p>
                    ))}
                  </>
                )}
              </section>
            </div>
          </article>
        );
      })}
    </StaffLayout>
  );
}
