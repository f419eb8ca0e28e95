/** Ideas where other public pages show them: the counts in a programme's overview, and an action's ideas. */
import type { Lang, LocalizedText } from '../../domain/language.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import type { IdeaCounts } from '../../services/ideas/public-ideas.ts';
import type { PageContext } from '../context.ts';
import { Localized } from '../components/localized-text.tsx';
import { ideaUrls } from './urls.ts';

export function IdeaCountsSection({ ctx, municipality, counts }: { ctx: PageContext; municipality: string; counts: IdeaCounts }) {
  const t = ideasSiteMessages(ctx.lang);
  const c = t.counts;
  return (
    <section aria-labelledby="idea-counts">
      <h2 id="idea-counts">{c.title}</h2>
      <dl class="facts">
        <div><dt>{c.received}</dt><dd>{counts.received}</dd></div>
        <div><dt>{c.accepted}</dt><dd>{counts.accepted}</dd></div>
        <div><dt>{c.inRoadmap}</dt><dd>{counts.inRoadmap}</dd></div>
        <div><dt>{c.done}</dt><dd>{counts.done}</dd></div>
      </dl>
      <ul class="inline-list">
        <li><a href={ideaUrls.list(municipality, ctx.lang)}>{t.title}</a></li>
        <li><a href={ideaUrls.form(municipality, ctx.lang)}>{t.sendIdea}</a></li>
      </ul>
    </section>
  );
}

export function ActionIdeas({ ctx, municipality, ideas }: { ctx: PageContext; municipality: string; ideas: { ref: string; title: LocalizedText; lang: Lang }[] }) {
  if (ideas.length === 0) return null;
  const t = ideasSiteMessages(ctx.lang);
  return (
    <section aria-labelledby="action-ideas">
      <h2 id="action-ideas">{t.fromIdeas}</h2>
      <ul>
        {ideas.map((idea) => (
          <li><a href={ideaUrls.idea(municipality, ctx.lang, idea.ref)}>{idea.ref} <Localized ctx={{ ...ctx, fallbacks: [idea.lang] }} value={idea.title} /></a></li>
        ))}
      </ul>
    </section>
  );
}
