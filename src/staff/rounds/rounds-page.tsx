/** The list of a municipality's rounds, and (for the coordinator) the form that opens a new one. */
import { LANGUAGES, pickText, type Lang } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import type { WorkspaceRound } from '../../services/rounds/views.ts';
import type { ProgrammeSummary } from '../../services/views.ts';
import { CsrfField, ErrorSummary, errorFor, SelectField, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { formatDay } from './format.ts';
import { roundUrls } from './urls.ts';

export interface OpenRoundForm {
  programme: string;
  key: string;
  label: Partial<Record<Lang, string>>;
  deadline: string;
  requiredLanguages: Lang[];
}

export const programmeName = (ctx: StaffPageContext, programme: { name: ProgrammeSummary['name']; periodStart: number; periodEnd: number }) =>
  pickText(programme.name, ctx.lang, ctx.fallbacks)?.text ?? ctx.site.programmeName(programme.periodStart, programme.periodEnd);

export function RoundsPage({ ctx, rounds, programmes, form, errors = [] }: {
  ctx: StaffPageContext;
  rounds: WorkspaceRound[];
  programmes: ProgrammeSummary[];
  form?: OpenRoundForm;
  errors?: FieldError[];
}) {
  const t = ctx.t.rounds;
  const m = ctx.municipality!;
  const mayOpen = can(ctx.signedIn!.actor, 'round.open', m.id) && programmes.length > 0;
  const values: OpenRoundForm = form ?? { programme: programmes[0]?.slug ?? '', key: '', label: {}, deadline: '', requiredLanguages: [...m.languages] };
  return (
    <StaffLayout ctx={ctx} title={t.title} currentPath={roundUrls.list(m.slug)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t.title}</h1>
      {rounds.length === 0 ? <p>{t.list.none}</p> : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.list.programme}</th>
                <th scope="col">{t.list.round}</th>
                <th scope="col">{t.list.status}</th>
                <th scope="col">{t.list.deadline}</th>
                <th scope="col">{t.list.progress}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr>
                  <td>{programmeName(ctx, round.programme)}</td>
                  <td><a href={roundUrls.round(m.slug, round.programme.slug, round.key)}>{pickText(round.label, ctx.lang, ctx.fallbacks)?.text ?? round.key}</a></td>
                  <td>{t.status[round.status]}</td>
                  <td>{round.deadline ? formatDay(ctx.lang, round.deadline) : ''}</td>
                  <td class="number">{t.list.progressValue(round.updatedCount, round.entryCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayOpen && (
        <section aria-labelledby="open-round">
          <h2 id="open-round">{t.open.title}</h2>
          <p>{t.open.intro}</p>
          <form method="post" action={roundUrls.list(m.slug)} class="narrow-form" novalidate>
            <CsrfField ctx={ctx} />
            <SelectField id="programme" label={t.open.programme} value={values.programme} error={errorFor(errors, 'programme')}
              options={programmes.map((programme) => ({ value: programme.slug, label: programmeName(ctx, programme) }))} />
            <TextField id="key" label={t.open.key} hint={t.open.keyHint} value={values.key} error={errorFor(errors, 'key')} required maxLength={7} />
            {LANGUAGES.map((lang) => (
              <TextField id={`label_${lang}`} label={t.open.label(t.languageNames[lang])} hint={lang === m.languages[0] ? t.open.labelHint : undefined}
                value={values.label[lang]} error={errorFor(errors, `label_${lang}`)} lang={lang} required={lang === m.languages[0]} maxLength={200} />
            ))}
            <TextField id="deadline" type="date" label={t.open.deadline} hint={t.open.deadlineHint} value={values.deadline} error={errorFor(errors, 'deadline')} required />
            <fieldset class="field">
              <legend>{t.open.requiredLanguages}</legend>
              {LANGUAGES.map((lang) => (
                <label class="checkbox">
                  <input type="checkbox" name={`required_${lang}`} value="on" checked={values.requiredLanguages.includes(lang)} /> {t.languageNames[lang]}
                </label>
              ))}
            </fieldset>
            <p class="form-actions"><button type="submit">{t.open.submit}</button></p>
          </form>
        </section>
      )}
    </StaffLayout>
  );
}
