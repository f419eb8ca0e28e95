/**
 * The public idea form: no account, no JavaScript needed. Each field has its label, hint and error
 * beside it and the errors are summarised at the top. The form carries its signed token; the honeypot
 * field is moved off-screen and skipped by the keyboard, and says to leave it empty for those who meet it.
 */
import { LANGUAGES, pickText, type Lang } from '../../domain/language.ts';
import { IDEA_LIMITS } from '../../domain/idea.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import type { IdeaSettingsView } from '../../services/ideas/public-ideas.ts';
import type { Place } from '../routes.tsx';
import { municipalityTrail } from '../components/breadcrumbs.tsx';
import { Layout } from '../layout.tsx';
import { ideaUrls } from './urls.ts';

export const HONEYPOT_FIELD = 'website';

export type IdeaFormField = 'title' | 'description' | 'beneficiaries' | 'name' | 'email' | 'lang' | 'consent';

export interface IdeaFormValues {
  title: string;
  description: string;
  beneficiaries: string;
  name: string;
  email: string;
  lang: Lang;
  consent: boolean;
}

export interface IdeaFormError {
  field: IdeaFormField | null;
  message: string;
}

const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

function describedBy(id: string, hint: boolean, error: boolean) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function IdeaFormPage({ place, values, errors, token, settings }: {
  place: Place; values: IdeaFormValues; errors: IdeaFormError[]; token: string; settings: IdeaSettingsView;
}) {
  const { ctx, municipality, alternates } = place;
  const t = ideasSiteMessages(ctx.lang);
  const f = t.form;
  const errorOf = (field: IdeaFormField) => errors.find((error) => error.field === field)?.message;
  const notice = pickText(settings.privacyNoticeUrl, ctx.lang, ctx.fallbacks);
  const text = (id: 'title' | 'description' | 'beneficiaries' | 'name' | 'email', label: string, hint: string | null, options: {
    area?: boolean; required?: boolean; max: number; type?: string; autocomplete?: string;
  }) => {
    const error = errorOf(id);
    const common = {
      id: `idea-${id}`, name: id, maxlength: options.max, required: options.required,
      'aria-describedby': describedBy(`idea-${id}`, hint !== null, error !== undefined), 'aria-invalid': error ? ('true' as const) : undefined,
    };
    return (
      <div class="field field-wide">
        <label for={`idea-${id}`}>{label}</label>
        {hint && <p class="hint" id={`idea-${id}-hint`}>{hint}</p>}
        {error && <p class="field-error" id={`idea-${id}-error`}>{error}</p>}
        {options.area
          ? <textarea {...common} rows={id === 'description' ? 8 : 3}>{values[id]}</textarea>
          : <input {...common} type={options.type ?? 'text'} value={values[id]} autocomplete={options.autocomplete} />}
      </div>
    );
  };
  const consentError = errorOf('consent');
  return (
    <Layout ctx={ctx} title={f.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title, href: ideaUrls.list(municipality.slug, ctx.lang) }, { label: f.title }]}>
      <h1>{f.title}</h1>
      <p>{f.intro}</p>
      {errors.length > 0 && (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <h2>{f.errorSummary}</h2>
          <ul>
            {errors.map((error) => (
              <li>{error.field ? <a href={`#idea-${error.field}`}>{error.message}</a> : error.message}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={ideaUrls.form(municipality.slug, ctx.lang)} class="idea-form" novalidate>
        <input type="hidden" name="_token" value={token} />
        <div class="fields">
          {text('title', f.ideaTitle, f.ideaTitleHint, { required: true, max: IDEA_LIMITS.title })}
          {text('description', f.description, f.descriptionHint, { area: true, required: true, max: IDEA_LIMITS.description })}
          {text('beneficiaries', f.beneficiaries, f.beneficiariesHint, { area: true, max: IDEA_LIMITS.beneficiaries })}
          <div class="field">
            <label for="idea-lang">{f.lang}</label>
            <select id="idea-lang" name="lang">
              {LANGUAGES.map((lang) => <option value={lang} lang={lang} selected={values.lang === lang}>{LANGUAGE_NAMES[lang]}</option>)}
            </select>
          </div>
        </div>
        <fieldset class="idea-contact">
          <legend>{f.contact}</legend>
          <p id="idea-consent-text">{f.consentText(settings.retentionMonths)}</p>
          <p><a href={notice?.text ?? ideaUrls.privacy(municipality.slug, ctx.lang)}>{f.privacyLink}</a></p>
          <div class="fields">
            {text('name', f.name, null, { max: IDEA_LIMITS.name, autocomplete: 'name' })}
            {text('email', f.email, f.emailHint, { max: IDEA_LIMITS.email, type: 'email', autocomplete: 'email' })}
          </div>
          <div class={consentError ? 'field checkbox field-error-box' : 'field checkbox'}>
            {consentError && <p class="field-error" id="idea-consent-error">{consentError}</p>}
            <input type="checkbox" id="idea-consent" name="consent" value="yes" checked={values.consent}
              aria-describedby={['idea-consent-text', consentError && 'idea-consent-error'].filter(Boolean).join(' ')}
              aria-invalid={consentError ? 'true' : undefined} />
            <label for="idea-consent">{f.consent}</label>
          </div>
        </fieldset>
        <div class="honeypot">
          <label for="idea-website">{f.honeypot}</label>
          <input type="text" id="idea-website" name={HONEYPOT_FIELD} value="" tabindex={-1} autocomplete="off" />
        </div>
        <div class="form-actions">
          <button type="submit">{f.submit}</button>
        </div>
      </form>
    </Layout>
  );
}

export function IdeaThanksPage({ place, ref }: { place: Place; ref: string }) {
  const { ctx, municipality, alternates } = place;
  const t = ideasSiteMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t.thanks.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title, href: ideaUrls.list(municipality.slug, ctx.lang) }, { label: t.thanks.title }]}>
      <h1>{t.thanks.title}</h1>
      <p>{t.thanks.body(ref)}</p>
      <p>{t.thanks.mail}</p>
      <p><a href={ideaUrls.list(municipality.slug, ctx.lang)}>{t.thanks.back}</a></p>
    </Layout>
  );
}
