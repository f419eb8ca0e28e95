/**
 * The public pages of ideas: `/{m}/{lang}/ideas` (published ideas), `…/ideas/new` (the form), `…/ideas/{ref}`
 * (one idea) and `…/ideas/privacy` (the register of processing). Mounted by the app before the site's
 * router, so "ideas" is never taken for a programme's slug. The form answers one visitor (its token), so
 * it is never cached; the other pages are public answers.
 */
import { Hono, type Context } from 'hono';
import { PUBLIC } from '../../domain/actor.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { isIdeaRef } from '../../domain/idea.ts';
import { isLang, LANGUAGES, type Lang } from '../../domain/language.ts';
import { isSlug } from '../../domain/slug.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import { clientAddress } from '../../http/client-address.ts';
import { publicAnswers } from '../../http/public-answers.ts';
import { publicOrigin, type ProxySettings } from '../../http/security.ts';
import { runRead, runWrite, type Ctx, type Store } from '../../services/context.ts';
import { getPublishedIdea, listPublishedIdeas, readIdeaSettings } from '../../services/ideas/public-ideas.ts';
import { submitIdea } from '../../services/ideas/submit-idea.ts';
import { pageContext } from '../context.ts';
import { renderPage } from '../render.ts';
import { siteError, siteNotFound, type Place } from '../routes.tsx';
import { samePageIn } from '../urls.ts';
import { checkFormToken, formToken } from './form-token.ts';
import { HONEYPOT_FIELD, IdeaFormPage, IdeaThanksPage, type IdeaFormError, type IdeaFormField, type IdeaFormValues } from './form-page.tsx';
import { IdeaListPage, IdeaPage, IdeaPrivacyPage } from './pages.tsx';

const FORM_FIELDS: readonly IdeaFormField[] = ['title', 'description', 'beneficiaries', 'name', 'email', 'lang', 'consent'];
/** Larger bodies are refused before they are read: the fields' limits together, with room for encoding. */
const MAX_BODY_BYTES = 64 * 1024;

function alternates(c: Context, lang: Lang) {
  const url = new URL(c.req.url);
  return LANGUAGES.filter((other) => other !== lang).flatMap((other) => {
    const href = samePageIn(url, other);
    return href ? [{ lang: other, href }] : [];
  });
}

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

function formValues(body: Record<string, unknown>, lang: Lang): IdeaFormValues {
  const asked = field(body, 'lang');
  return {
    title: field(body, 'title'), description: field(body, 'description'), beneficiaries: field(body, 'beneficiaries'),
    name: field(body, 'name'), email: field(body, 'email'), lang: isLang(asked) ? asked : lang, consent: body.consent === 'yes',
  };
}

export function ideaPages({ store, proxy }: { store: Store; proxy: ProxySettings }): Hono {
  const app = new Hono();
  app.use(publicAnswers);

  async function read<T>(c: Context, reader: (ctx: Ctx) => Promise<T | null>): Promise<{ place: Place; found: T } | Response> {
    const slug = c.req.param('m') ?? '';
    const lang = c.req.param('lang');
    if (!isSlug(slug) || !isLang(lang)) return siteNotFound(c);
    try {
      const { municipality, found } = await runRead(store, { actor: PUBLIC, municipality: { slug } }, async (ctx) => ({
        municipality: ctx.municipality!, found: await reader(ctx),
      }));
      if (found === null) return siteNotFound(c, municipality);
      return { place: { ctx: pageContext(lang, municipality), municipality, alternates: alternates(c, lang) }, found };
    } catch (error) {
      if (error instanceof NotFoundError) return siteNotFound(c);
      throw error;
    }
  }

  /** Not for shared caches: the form's token is one visitor's. */
  const personal = (c: Context) => c.header('Cache-Control', 'private, no-store');

  app.get('/:m/:lang/ideas', async (c) => {
    const found = await read(c, listPublishedIdeas);
    if (found instanceof Response) return found;
    return renderPage(c, <IdeaListPage place={found.place} ideas={found.found} />);
  });

  app.get('/:m/:lang/ideas/new', async (c) => {
    const found = await read(c, readIdeaSettings);
    if (found instanceof Response) return found;
    const { place } = found;
    personal(c);
    const values: IdeaFormValues = { title: '', description: '', beneficiaries: '', name: '', email: '', lang: place.ctx.lang, consent: false };
    return renderPage(c, <IdeaFormPage place={place} values={values} errors={[]} token={formToken(place.municipality.slug)} settings={found.found} />);
  });

  app.post('/:m/:lang/ideas/new', async (c) => {
    personal(c);
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) return siteError(c, 'bad_request');
    const found = await read(c, readIdeaSettings);
    if (found instanceof Response) return found;
    const { place } = found;
    const f = ideasSiteMessages(place.ctx.lang).form;
    const body = await c.req.parseBody();
    const values = formValues(body, place.ctx.lang);
    const slug = place.municipality.slug;
    const again = (errors: IdeaFormError[], status: 400 | 429) =>
      renderPage(c, <IdeaFormPage place={place} values={values} errors={errors} token={formToken(slug)} settings={found.found} />, status);
    // A filled honeypot is a bot: refused without saying which field gave it away.
    if (field(body, HONEYPOT_FIELD) !== '') return again([{ field: null, message: f.refused }], 400);
    const token = checkFormToken(slug, body._token);
    if (token !== 'ok') {
      const message = token === 'too_fast' ? f.tooFast : token === 'expired' ? f.expired : f.refused;
      return again([{ field: null, message }], 400);
    }
    const result = await runWrite(store, { actor: PUBLIC, municipality: { slug } }, (ctx) => submitIdea(ctx, {
      form: { ...values, consent: values.consent }, address: clientAddress(c, proxy), baseUrl: publicOrigin(c, proxy),
    }));
    if (result.kind === 'rate_limited') return again([{ field: null, message: f.rateLimited(Math.ceil(result.retryAfter / 60)) }], 429);
    if (result.kind === 'invalid') {
      const errors = result.issues.flatMap((issue): IdeaFormError[] => {
        const name = FORM_FIELDS.find((known) => known === issue.field) ?? null;
        const message = name === 'consent' ? f.consentRequired
          : name === 'email' && issue.problem === 'invalid' ? f.invalidEmail
          : issue.problem === 'required' ? f.required : issue.problem === 'too_long' ? f.tooLong : f.refused;
        return [{ field: name, message }];
      });
      return again(errors, 400);
    }
    return c.redirect(`${c.req.path.replace(/\/new$/, '/received')}?ref=${encodeURIComponent(result.ref)}`, 303);
  });

  app.get('/:m/:lang/ideas/received', async (c) => {
    const ref = c.req.query('ref');
    if (!isIdeaRef(ref)) return siteError(c, 'bad_request');
    const found = await read(c, async () => true);
    if (found instanceof Response) return found;
    return renderPage(c, <IdeaThanksPage place={found.place} ref={ref} />);
  });

  app.get('/:m/:lang/ideas/privacy', async (c) => {
    const found = await read(c, readIdeaSettings);
    if (found instanceof Response) return found;
    // It shows the settings, whose changes no content epoch follows (they have no history): never kept stale.
    personal(c);
    return renderPage(c, <IdeaPrivacyPage place={found.place} settings={found.found} />);
  });

  app.get('/:m/:lang/ideas/:ref', async (c) => {
    const ref = c.req.param('ref');
    const found = await read(c, (ctx) => (isIdeaRef(ref) ? getPublishedIdea(ctx, ref) : Promise.resolve(null)));
    if (found instanceof Response) return found;
    return renderPage(c, <IdeaPage place={found.place} idea={found.found} />);
  });

  return app;
}
