/** Ideas entered in the workspace: one from a member of staff, and an import of many from a CSV file. */
import { IDEA_LIMITS } from '../../domain/idea.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { CsrfField, ErrorSummary, errorFor, SelectField, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { ideaStaffUrls } from './urls.ts';

export interface StaffIdeaValues {
  title: string;
  description: string;
  beneficiaries: string;
  lang: string;
  sector: string;
  contactName: string;
}

export function StaffIdeaPage({ ctx, values, errors = [] }: { ctx: StaffPageContext; values: StaffIdeaValues; errors?: FieldError[] }) {
  const t = ctx.t.ideas;
  const f = t.staffIdea;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={f.title} currentPath={ideaStaffUrls.queue(m)} crumbs={[{ label: t.title, href: ideaStaffUrls.queue(m) }, { label: f.title }]}>
      <h1>{f.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={ideaStaffUrls.newIdea(m)} class="narrow-form">
        <CsrfField ctx={ctx} />
        <TextField id="title" label={f.ideaTitle} value={values.title} error={errorFor(errors, 'title')} required maxLength={IDEA_LIMITS.title} />
        <TextArea id="description" label={f.description} value={values.description} error={errorFor(errors, 'description')} rows={6} maxLength={IDEA_LIMITS.description} />
        <TextArea id="beneficiaries" label={f.beneficiaries} value={values.beneficiaries} error={errorFor(errors, 'beneficiaries')} rows={2} maxLength={IDEA_LIMITS.beneficiaries} />
        <SelectField id="lang" label={f.lang} value={values.lang} options={LANGUAGES.map((lang) => ({ value: lang, label: ctx.t.editing.languageNames[lang] }))} />
        <TextField id="sector" label={f.sector} value={values.sector} error={errorFor(errors, 'sector')} required maxLength={200} />
        <TextField id="contactName" label={f.contactName} hint={f.contactHint} value={values.contactName} error={errorFor(errors, 'contactName')} maxLength={IDEA_LIMITS.name} />
        <div class="form-actions"><button type="submit">{f.submit}</button></div>
      </form>
    </StaffLayout>
  );
}

export function ImportIdeasPage({ ctx, source = '', text = '', errors = [] }: { ctx: StaffPageContext; source?: string; text?: string; errors?: FieldError[] }) {
  const t = ctx.t.ideas;
  const f = t.import;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={f.title} currentPath={ideaStaffUrls.queue(m)} crumbs={[{ label: t.title, href: ideaStaffUrls.queue(m) }, { label: f.title }]}>
      <h1>{f.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>{f.intro}</p>
      <form method="post" action={ideaStaffUrls.importIdeas(m)} enctype="multipart/form-data" class="narrow-form">
        <CsrfField ctx={ctx} />
        <TextField id="source" label={f.source} hint={f.sourceHint} value={source} error={errorFor(errors, 'source')} required maxLength={200} />
        <div class="field">
          <label for="file">{f.file}</label>
          <input type="file" id="file" name="file" accept=".csv,text/csv" />
        </div>
        <TextArea id="csv" label={f.text} value={text} error={errorFor(errors, 'csv')} rows={8} />
        <div class="form-actions"><button type="submit">{f.submit}</button></div>
      </form>
    </StaffLayout>
  );
}
