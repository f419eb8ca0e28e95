/** The public journey of ideas: the list of published ideas, one idea with its decision, and the register of processing. */
import type { IdeaState } from '../../domain/idea.ts';
import { pickText } from '../../domain/language.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import type { IdeaSettingsView, PublicIdea, PublicIdeaDetail } from '../../services/ideas/public-ideas.ts';
import type { PageContext } from '../context.ts';
import type { Place } from '../routes.tsx';
import { municipalityTrail } from '../components/breadcrumbs.tsx';
import { DateText } from '../components/date-text.tsx';
import { Localized } from '../components/localized-text.tsx';
import { formatDate } from '../../i18n/site/format.ts';
import { Layout } from '../layout.tsx';
import { siteUrls } from '../urls.ts';
import { ideaUrls } from './urls.ts';

export function IdeaStateLabel({ ctx, state }: { ctx: PageContext; state: IdeaState }) {
  return <span class={`idea-state idea-state-${state}`}>{ideasSiteMessages(ctx.lang).states[state]}</span>;
}

export function IdeaListPage({ place, ideas }: { place: Place; ideas: PublicIdea[] }) {
  const { ctx, municipality, alternates } = place;
  const t = ideasSiteMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title }]}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p class="next-steps"><a href={ideaUrls.form(municipality.slug, ctx.lang)}>{t.sendIdea}</a></p>
      {ideas.length === 0 ? <p>{t.none}</p> : (
        <div class="table-scroll">
          <table class="ideas">
            <caption class="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.reference}</th>
                <th scope="col">{t.idea}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.received}</th>
              </tr>
            </thead>
            <tbody>
              {ideas.map((idea) => (
                <tr>
                  <td class="ref">{idea.ref}</td>
                  <th scope="row">
                    <a href={ideaUrls.idea(municipality.slug, ctx.lang, idea.ref)}><Localized ctx={ctx} value={idea.title} /></a>
                  </th>
                  <td>
                    <IdeaStateLabel ctx={ctx} state={idea.state} />
                    {idea.action && (
                      <>
                        {' · '}
                        <a href={siteUrls.action(municipality.slug, ctx.lang, idea.action.programmeSlug, idea.action.ref)}>{t.becameAction(idea.action.ref)}</a>
                      </>
                    )}
                  </td>
                  <td><DateText ctx={ctx} date={idea.createdAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p><a href={ideaUrls.openData(municipality.slug)}>{t.openData}</a></p>
    </Layout>
  );
}

export function IdeaPage({ place, idea }: { place: Place; idea: PublicIdeaDetail }) {
  const { ctx, municipality, alternates } = place;
  const t = ideasSiteMessages(ctx.lang);
  const title = pickText(idea.title, ctx.lang, [idea.lang]);
  const reason = pickText(idea.decisionReason, ctx.lang, [idea.lang]);
  return (
    <Layout ctx={ctx} title={`${idea.ref} ${title?.text ?? ''}`} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title, href: ideaUrls.list(municipality.slug, ctx.lang) }, { label: idea.ref }]}>
      <p class="eyebrow">{idea.ref}</p>
      <h1 lang={title?.lang}>{title?.text}</h1>
      <dl class="facts">
        <div><dt>{t.state}</dt><dd><IdeaStateLabel ctx={ctx} state={idea.state} /></dd></div>
        <div><dt>{t.received}</dt><dd><DateText ctx={ctx} date={idea.createdAt} /></dd></div>
      </dl>
      <h2>{t.page.description}</h2>
      <p class="idea-text"><Localized ctx={{ ...ctx, fallbacks: [idea.lang] }} value={idea.description} /></p>
      {Object.keys(idea.beneficiariesText).length > 0 && (
        <>
          <h2>{t.page.beneficiaries}</h2>
          <p class="idea-text"><Localized ctx={{ ...ctx, fallbacks: [idea.lang] }} value={idea.beneficiariesText} /></p>
        </>
      )}
      {idea.decidedOn && (
        <section aria-labelledby="idea-decision">
          <h2 id="idea-decision">{t.page.decision}</h2>
          <p><IdeaStateLabel ctx={ctx} state={idea.state} /> · {t.page.decidedOn} {formatDate(ctx.lang, new Date(`${idea.decidedOn}T12:00:00Z`))}</p>
          {reason && <p><strong>{t.page.reason}:</strong> <span lang={reason.lang}>{reason.text}</span></p>}
        </section>
      )}
      {idea.action && (
        <p class="next-steps">
          {t.page.action}:{' '}
          <a href={siteUrls.action(municipality.slug, ctx.lang, idea.action.programmeSlug, idea.action.ref)}>
            {idea.action.ref} <Localized ctx={ctx} value={idea.action.name} />
          </a>
        </p>
      )}
      {idea.mergedInto && (
        <p>
          {t.page.mergedInto}{' '}
          <a href={ideaUrls.idea(municipality.slug, ctx.lang, idea.mergedInto.ref)}>{idea.mergedInto.ref} <Localized ctx={ctx} value={idea.mergedInto.title} /></a>
        </p>
      )}
    </Layout>
  );
}

export function IdeaPrivacyPage({ place, settings }: { place: Place; settings: IdeaSettingsView }) {
  const { ctx, municipality, alternates } = place;
  const t = ideasSiteMessages(ctx.lang);
  const p = t.privacy;
  const notice = pickText(settings.privacyNoticeUrl, ctx.lang, ctx.fallbacks);
  return (
    <Layout ctx={ctx} title={p.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title, href: ideaUrls.list(municipality.slug, ctx.lang) }, { label: p.title }]}>
      <h1>{p.title}</h1>
      <h2>{p.what}</h2>
      <p>{p.whatText}</p>
      <h2>{p.why}</h2>
      <p>{p.whyText}</p>
      <h2>{p.howLong}</h2>
      <p>{p.howLongText(settings.retentionMonths)}</p>
      {notice && <p><a href={notice.text}>{p.notice}</a></p>}
    </Layout>
  );
}
