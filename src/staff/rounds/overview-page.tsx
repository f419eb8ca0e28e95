/**
 * The coordinator's round overview: per action its owner and sector, whether it is updated, which
 * required language is missing, whether its state is only inferred; filters, sorting, confirming
 * states, reminding, closing. Owners and readers see the same table, with the controls they may use.
 */
import { pickText } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import type { RoundEntry, WorkspaceRound } from '../../services/rounds/views.ts';
import { CsrfField } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { formatDay, formatMoment } from './format.ts';
import { RoundNoticeView, type RoundNotice } from './notices.tsx';
import { overviewSearch, sectorOf, type OverviewQuery } from './overview-filter.ts';
import { programmeName } from './rounds-page.tsx';
import { roundUrls } from './urls.ts';

export const roundTitle = (ctx: StaffPageContext, round: WorkspaceRound) => pickText(round.label, ctx.lang, ctx.fallbacks)?.text ?? round.key;

/** The round's facts under its title: programme, status, deadline, progress. */
export function RoundFacts({ ctx, round }: { ctx: StaffPageContext; round: WorkspaceRound }) {
  const t = ctx.t.rounds;
  return (
    <p class="facts">
      {programmeName(ctx, round.programme)} · {t.status[round.status]}
      {round.deadline && <> · {t.overview.deadline(formatDay(ctx.lang, round.deadline))}</>}
      {' · '}{t.overview.progress(round.updatedCount, round.entryCount)}
    </p>
  );
}

export function EntryState({ ctx, entry }: { ctx: StaffPageContext; entry: Pick<RoundEntry, 'state' | 'stateInferred'> }) {
  return (
    <>
      <span class={`state state-${entry.state.replace('_', '-')}`}>{ctx.site.states[entry.state]}</span>
      {entry.stateInferred && entry.state !== 'no_status' && <span class="inferred"> ({ctx.site.action.stateInferred})</span>}
    </>
  );
}

const encodeEntry = (entry: RoundEntry) => `${entry.ref}:${entry.version}`;

export function RoundOverviewPage({ ctx, round, entries, shown, query, notice }: {
  ctx: StaffPageContext;
  round: WorkspaceRound;
  entries: RoundEntry[];
  shown: RoundEntry[];
  query: OverviewQuery;
  notice: RoundNotice | null;
}) {
  const t = ctx.t.rounds;
  const o = t.overview;
  const m = ctx.municipality!;
  const actor = ctx.signedIn!.actor;
  const title = roundTitle(ctx, round);
  const open = round.status === 'open';
  const coordinates = (permission: 'round.close' | 'round.reopen' | 'round.remind' | 'status.confirm') => can(actor, permission, m.id);
  const owners = [...new Map(entries.filter((e) => e.ownerUserId).map((e) => [e.ownerUserId!, e.ownerName ?? ''])).entries()]
    .sort((a, b) => a[1].localeCompare(b[1], ctx.lang));
  const sectors = [...new Set(entries.map((e) => sectorOf(e, ctx.lang, ctx.fallbacks)).filter(Boolean))].sort((a, b) => a.localeCompare(b, ctx.lang));
  const inferred = shown.filter((e) => e.stateInferred && e.updatedAt !== null);
  const mayConfirm = open && coordinates('status.confirm');
  const here = roundUrls.round(m.slug, round.programme.slug, round.key);
  const hasOwn = ctx.signedIn && entries.some((e) => e.ownerUserId === ctx.signedIn!.person.id);
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={[{ label: t.title, href: roundUrls.list(m.slug) }, { label: title }]}>
      <h1>{title}</h1>
      <RoundFacts ctx={ctx} round={round} />
      <RoundNoticeView ctx={ctx} notice={notice} roundKey={round.key} />
      {hasOwn && <p><a href={roundUrls.mine(m.slug, round.programme.slug, round.key)}>{o.mine}</a></p>}
      {open && entries.some((e) => can(actor, 'status.edit', m.id, { actionOwnerId: e.ownerUserId })) && (
        <p><a href={`${roundUrls.table(m.slug, round.programme.slug, round.key)}${overviewSearch(query)}`}>{t.table.link}</a></p>
      )}
      {!open && <p>{o.frozen}</p>}
      <p><a href={`${roundUrls.compare(m.slug, round.programme.slug)}?to=${encodeURIComponent(round.key)}`}>{ctx.t.roundCompare.link}</a></p>
      <div class="form-actions">
        {open && coordinates('round.remind') && (
          <form method="post" action={roundUrls.remind(m.slug, round.programme.slug, round.key)} class="inline-form">
            <CsrfField ctx={ctx} />
            <button type="submit">{o.remind}</button>
          </form>
        )}
        {open && coordinates('round.close') && (
          <form method="post" action={roundUrls.close(m.slug, round.programme.slug, round.key)} class="inline-form">
            <CsrfField ctx={ctx} />
            <button type="submit" aria-describedby="close-hint">{o.close}</button>
            <p class="hint" id="close-hint">{o.closeHint}</p>
          </form>
        )}
        {!open && coordinates('round.reopen') && (
          <form method="post" action={roundUrls.reopen(m.slug, round.programme.slug, round.key)} class="inline-form">
            <CsrfField ctx={ctx} />
            <button type="submit" aria-describedby="reopen-hint">{o.reopen}</button>
            <p class="hint" id="reopen-hint">{o.reopenHint}</p>
          </form>
        )}
      </div>

      <form method="get" action={here} class="filters">
        <fieldset>
          <legend>{o.filters}</legend>
          <div class="fields">
            <div class="field">
              <label for="f-owner">{o.owner}</label>
              <select id="f-owner" name="owner">
                <option value="">{o.any}</option>
                {owners.map(([id, name]) => <option value={id} selected={query.owner === id}>{name}</option>)}
                <option value="none" selected={query.owner === 'none'}>{o.noOwner}</option>
              </select>
            </div>
            <div class="field">
              <label for="f-sector">{o.sector}</label>
              <select id="f-sector" name="sector">
                <option value="">{o.any}</option>
                {sectors.map((sector) => <option value={sector} selected={query.sector === sector}>{sector}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="f-updated">{o.updated}</label>
              <select id="f-updated" name="updated">
                <option value="">{o.any}</option>
                <option value="yes" selected={query.updated === 'yes'}>{o.updatedYes}</option>
                <option value="no" selected={query.updated === 'no'}>{o.updatedNo}</option>
              </select>
            </div>
            <div class="field">
              <label for="f-missing">{o.languageMissing}</label>
              <select id="f-missing" name="missing">
                <option value="">{o.any}</option>
                {round.requiredLanguages.map((lang) => <option value={lang} selected={query.missing === lang}>{t.languageNames[lang]}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="f-sort">{o.sort}</label>
              <select id="f-sort" name="sort">
                {(['ref', 'owner', 'updated'] as const).map((sort) => <option value={sort} selected={query.sort === sort}>{o.sortBy[sort]}</option>)}
              </select>
            </div>
            <div class="field">
              <label><input type="checkbox" name="inferred" value="yes" checked={query.inferred === 'yes'} /> {o.inferredOnly}</label>
            </div>
          </div>
          <button type="submit">{o.apply}</button>
        </fieldset>
      </form>

      <p class="result-count" role="status">{o.shown(shown.length, entries.length)}</p>
      {mayConfirm && inferred.length > 0 && (
        <form method="post" action={roundUrls.confirm(m.slug, round.programme.slug, round.key)}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="entries" value={inferred.map(encodeEntry).join(',')} />
          <button type="submit">{o.confirmAll(inferred.length)}</button>
        </form>
      )}
      {mayConfirm && (
        <form method="post" action={roundUrls.confirm(m.slug, round.programme.slug, round.key)} id="confirm-one">
          <CsrfField ctx={ctx} />
        </form>
      )}
      <div class="table-scroll">
        <table>
          <caption>{o.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{o.ref}</th>
              <th scope="col">{o.action}</th>
              <th scope="col">{o.owner}</th>
              <th scope="col">{o.sector}</th>
              <th scope="col">{o.updatedAt}</th>
              <th scope="col">{o.languageMissing}</th>
              <th scope="col">{o.state}</th>
              <th scope="col">{o.light}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => {
              const mayEdit = open && can(actor, 'status.edit', m.id, { actionOwnerId: entry.ownerUserId });
              const name = pickText(entry.name, ctx.lang, ctx.fallbacks);
              return (
                <tr>
                  <td class="ref">
                    <a href={roundUrls.entry(m.slug, round.programme.slug, round.key, entry.ref)} aria-label={mayEdit ? o.edit(entry.ref) : o.view(entry.ref)}>{entry.ref}</a>
                  </td>
                  <td lang={name?.lang}>{name?.text ?? ''}</td>
                  <td>{entry.ownerName ?? <span class="muted">{o.noOwner}</span>}</td>
                  <td>{sectorOf(entry, ctx.lang, ctx.fallbacks)}</td>
                  <td>{entry.updatedAt ? formatMoment(ctx.lang, entry.updatedAt) : <strong>{o.missing}</strong>}</td>
                  <td>{entry.missingLanguages.map((lang) => t.languageNames[lang]).join(', ')}</td>
                  <td>
                    <EntryState ctx={ctx} entry={entry} />
                    {mayConfirm && entry.stateInferred && entry.updatedAt !== null && (
                      <> <button type="submit" form="confirm-one" name="entries" value={encodeEntry(entry)} class="link-button">{o.confirm(entry.ref)}</button></>
                    )}
                  </td>
                  <td>{entry.trafficLight ? ctx.site.trafficLights[entry.trafficLight] : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </StaffLayout>
  );
}
