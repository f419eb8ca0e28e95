/**
 * One action's entry in a round: last round's status, then the form with the status text in fi, sv
 * and en side by side, the state and the traffic light with its meaning. After a refused (stale)
 * save, both versions are shown field by field and the form keeps the person's own text.
 */
import { ACTION_STATES, TRAFFIC_LIGHTS } from '../../domain/action.ts';
import { LANGUAGES, pickText } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import type { EntryInput } from '../../domain/round-entry.ts';
import type { RoundEntry, WorkspaceRound } from '../../services/rounds/views.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextArea, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { formatMoment } from './format.ts';
import { RoundNoticeView, type RoundNotice } from './notices.tsx';
import { EntryState, RoundFacts, roundTitle } from './overview-page.tsx';
import { roundUrls } from './urls.ts';

/** Last round's status of the action, as the owner sees it beside the new one. */
export function PreviousStatus({ ctx, entry, headingLevel = 2 }: { ctx: StaffPageContext; entry: RoundEntry; headingLevel?: 2 | 3 }) {
  const t = ctx.t.rounds;
  if (!entry.previous) return <p class="muted">{t.mine.noPrevious}</p>;
  const previous = entry.previous;
  const label = pickText(previous.label, ctx.lang, ctx.fallbacks)?.text ?? previous.key;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="previous-status">
      <Heading>{t.entry.previous(label)}</Heading>
      <p><EntryState ctx={ctx} entry={{ state: previous.state, stateInferred: false }} />
        {previous.trafficLight && <> · {ctx.site.trafficLights[previous.trafficLight]}</>}</p>
      <div class="languages">
        {LANGUAGES.filter((lang) => previous.text[lang]).map((lang) => (
          <div>
            <p class="eyebrow">{t.languageNames[lang]}</p>
            <p lang={lang}>{previous.text[lang]}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

export function EntryPage({ ctx, round, entry, form, errors = [], conflict, notice }: {
  ctx: StaffPageContext;
  round: WorkspaceRound;
  entry: RoundEntry;
  /** What the person entered, when the page answers a refused save. */
  form?: EntryInput;
  errors?: FieldError[];
  /** The saved version, after a save against an older one was refused. */
  conflict?: RoundEntry;
  notice?: RoundNotice | null;
}) {
  const t = ctx.t.rounds;
  const m = ctx.municipality!;
  const current = conflict ?? entry;
  const values: EntryInput = form ?? { text: entry.text, state: entry.stateInferred ? null : entry.state, trafficLight: entry.trafficLight };
  const name = pickText(entry.name, ctx.lang, ctx.fallbacks);
  const mayEdit = round.status === 'open' && can(ctx.signedIn!.actor, 'status.edit', m.id, { actionOwnerId: entry.ownerUserId });
  const title = t.entry.title(entry.ref);
  const roundHref = roundUrls.round(m.slug, round.programme.slug, round.key);
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={[{ label: t.title, href: roundUrls.list(m.slug) }, { label: roundTitle(ctx, round), href: roundHref }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{entry.ref} <span lang={name?.lang}>{name?.text}</span></h1>
      <RoundFacts ctx={ctx} round={round} />
      <RoundNoticeView ctx={ctx} notice={notice ?? null} roundKey={round.key} />
      {conflict && <ConflictView ctx={ctx} yours={values} saved={conflict} />}
      <PreviousStatus ctx={ctx} entry={entry} />
      <h2>{roundTitle(ctx, round)}</h2>
      {current.updatedAt && <p>{t.entry.lastSaved(formatMoment(ctx.lang, current.updatedAt))}</p>}
      {mayEdit ? (
        <form method="post" action={roundUrls.entry(m.slug, round.programme.slug, round.key, entry.ref)} novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(current.version)} />
          <div class="languages">
            {LANGUAGES.map((lang) => (
              <TextArea id={`text_${lang}`} label={t.entry.text(t.languageNames[lang])} hint={t.entry.textHint} lang={lang} rows={8}
                value={values.text[lang]} error={errorFor(errors, `text_${lang}`)} />
            ))}
          </div>
          <SelectField id="state" label={t.entry.state} value={values.state ?? ''} error={errorFor(errors, 'state')}
            options={[{ value: '', label: t.entry.stateInfer }, ...ACTION_STATES.map((state) => ({ value: state, label: ctx.site.states[state] }))]} />
          <fieldset class="field">
            <legend>{t.entry.light}</legend>
            <label class="checkbox"><input type="radio" name="light" value="" checked={values.trafficLight === null} /> {t.entry.lightNone}</label>
            {TRAFFIC_LIGHTS.map((light) => (
              <label class="checkbox">
                <input type="radio" name="light" value={light} checked={values.trafficLight === light} />
                {' '}<strong>{ctx.site.trafficLights[light]}</strong>: {t.entry.lightMeaning[light]}
              </label>
            ))}
          </fieldset>
          <p class="form-actions"><button type="submit">{t.entry.submit}</button></p>
        </form>
      ) : (
        <>
          <p><EntryState ctx={ctx} entry={entry} />{entry.trafficLight && <> · {ctx.site.trafficLights[entry.trafficLight]}</>}</p>
          <div class="languages">
            {LANGUAGES.filter((lang) => entry.text[lang]).map((lang) => (
              <div><h3 class="eyebrow">{t.languageNames[lang]}</h3><p lang={lang}>{entry.text[lang]}</p></div>
            ))}
          </div>
        </>
      )}
      <p><a href={roundHref}>{t.entry.back}</a></p>
    </StaffLayout>
  );
}

function ConflictView({ ctx, yours, saved }: { ctx: StaffPageContext; yours: EntryInput; saved: RoundEntry }) {
  const t = ctx.t.rounds.entry;
  const stateWords = (state: EntryInput['state']) => (state ? ctx.site.states[state] : t.stateInfer);
  const rows: [string, string, string, string | undefined][] = [
    ...LANGUAGES.map((lang): [string, string, string, string | undefined] => [t.text(ctx.t.rounds.languageNames[lang]), yours.text[lang] ?? '', saved.text[lang] ?? '', lang]),
    [t.state, stateWords(yours.state), stateWords(saved.stateInferred ? null : saved.state), undefined],
    [t.light, yours.trafficLight ? ctx.site.trafficLights[yours.trafficLight] : t.lightNone, saved.trafficLight ? ctx.site.trafficLights[saved.trafficLight] : t.lightNone, undefined],
  ];
  return (
    <section aria-labelledby="conflict-title">
      <Notice kind="error"><strong id="conflict-title">{t.conflictTitle}.</strong> {t.conflictText}</Notice>
      <div class="table-scroll">
        <table>
          <thead>
            <tr><th scope="col">{t.field}</th><th scope="col">{t.yours}</th><th scope="col">{t.saved_}</th></tr>
          </thead>
          <tbody>
            {rows.map(([field, mine, theirs, lang]) => (
              <tr class={mine === theirs ? undefined : 'changed'}>
                <th scope="row">{field}</th>
                <td lang={lang}>{mine}</td>
                <td lang={lang}>{theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
