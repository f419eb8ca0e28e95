/**
 * The round table: the visible entries the person may edit, one row each, to fill or correct many in
 * one sitting with the keyboard (Tab from field to field, one save at the end; table-shortcuts.tsx adds
 * shortcut keys). Works without JavaScript.
 */
import { ACTION_STATES, TRAFFIC_LIGHTS } from '../../domain/action.ts';
import { LANGUAGES, pickText } from '../../domain/language.ts';
import { ENTRY_TEXT_MAX } from '../../domain/round-entry.ts';
import type { RoundEntry, WorkspaceRound } from '../../services/rounds/views.ts';
import { CsrfField } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { RoundNoticeView, type RoundNotice } from './notices.tsx';
import { RoundFacts, roundTitle } from './overview-page.tsx';
import { fingerprint, rowField, shownEntry } from './table-form.ts';
import { SHORTCUTS_SAVE, TableShortcutsHelp, TableShortcutsScript } from './table-shortcuts.tsx';
import { roundUrls } from './urls.ts';

export function RoundTablePage({ ctx, round, rows, search, notice }: {
  ctx: StaffPageContext;
  round: WorkspaceRound;
  rows: RoundEntry[];
  /** The overview's filters, kept when the table is saved. */
  search: string;
  notice: RoundNotice | null;
}) {
  const t = ctx.t.rounds;
  const m = ctx.municipality!;
  const shownLanguages = m.languages.length > 0 ? m.languages : [...LANGUAGES];
  const title = t.table.title;
  const roundHref = roundUrls.round(m.slug, round.programme.slug, round.key);
  const id = (name: string, ref: string) => `${name}-${ref.replace('.', '-')}`;
  return (
    <StaffLayout ctx={ctx} title={`${title} – ${roundTitle(ctx, round)}`}
      crumbs={[{ label: t.title, href: roundUrls.list(m.slug) }, { label: roundTitle(ctx, round), href: `${roundHref}${search}` }, { label: title }]}>
      <h1>{title}: {roundTitle(ctx, round)}</h1>
      <RoundFacts ctx={ctx} round={round} />
      <RoundNoticeView ctx={ctx} notice={notice} roundKey={round.key} />
      <p>{t.table.intro}</p>
      {rows.length === 0 ? <p>{t.table.none}</p> : (
        <form method="post" action={`${roundUrls.table(m.slug, round.programme.slug, round.key)}${search}`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="refs" value={rows.map((row) => row.ref).join(',')} />
          <TableShortcutsHelp ctx={ctx} />
          <div class="table-scroll">
            <table class="round-table" data-shortcuts>
              <caption>{t.table.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.overview.action}</th>
                  {shownLanguages.map((lang) => <th scope="col">{t.entry.text(t.languageNames[lang])}</th>)}
                  <th scope="col">{t.entry.state}</th>
                  <th scope="col">{t.entry.light}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const shown = shownEntry(row);
                  const name = pickText(row.name, ctx.lang, ctx.fallbacks);
                  return (
                    <tr>
                      <th scope="row">
                        <a href={roundUrls.entry(m.slug, round.programme.slug, round.key, row.ref)}>{row.ref}</a>{' '}
                        <span lang={name?.lang}>{name?.text}</span>
                        <input type="hidden" name={rowField('version', row.ref)} value={String(row.version)} />
                        <input type="hidden" name={rowField('shown', row.ref)} value={fingerprint(shown)} />
                        {LANGUAGES.filter((lang) => !shownLanguages.includes(lang)).map((lang) => (
                          <input type="hidden" name={rowField(`text_${lang}`, row.ref)} value={row.text[lang] ?? ''} />
                        ))}
                      </th>
                      {shownLanguages.map((lang) => (
                        <td>
                          <label class="visually-hidden" for={id(`text-${lang}`, row.ref)}>{t.table.text(t.languageNames[lang], row.ref)}</label>
                          <textarea id={id(`text-${lang}`, row.ref)} name={rowField(`text_${lang}`, row.ref)} lang={lang} rows={3} maxlength={ENTRY_TEXT_MAX}>{row.text[lang] ?? ''}</textarea>
                        </td>
                      ))}
                      <td>
                        <label class="visually-hidden" for={id('state', row.ref)}>{t.table.state(row.ref)}</label>
                        <select id={id('state', row.ref)} name={rowField('state', row.ref)}>
                          <option value="" selected={shown.state === null}>{t.entry.stateInfer}</option>
                          {ACTION_STATES.map((state) => <option value={state} selected={shown.state === state}>{ctx.site.states[state]}</option>)}
                        </select>
                      </td>
                      <td>
                        <label class="visually-hidden" for={id('light', row.ref)}>{t.table.light(row.ref)}</label>
                        <select id={id('light', row.ref)} name={rowField('light', row.ref)}>
                          <option value="" selected={shown.trafficLight === null}>{t.entry.lightNone}</option>
                          {TRAFFIC_LIGHTS.map((light) => (
                            <option value={light} selected={shown.trafficLight === light}>{ctx.site.trafficLights[light]}: {t.entry.lightMeaning[light]}</option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p class="form-actions"><button type="submit" aria-keyshortcuts={SHORTCUTS_SAVE}>{t.table.submit}</button></p>
        </form>
      )}
      {rows.length > 0 && <TableShortcutsScript />}
    </StaffLayout>
  );
}
