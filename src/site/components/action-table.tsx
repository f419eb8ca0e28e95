/**
 * The actions as a table: reference, name (linked), section, scheduled years, state in words, co-funding.
 * On a phone each row stacks into a card; `data-label` repeats the column's name beside each value there.
 */
import { pickText } from '../../domain/language.ts';
import type { ActionListItem } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { sectionName } from '../names.ts';
import { Localized, ShownText, UntranslatedNote } from './localized-text.tsx';
import { StateLabel } from './state-label.tsx';

function ActionRow({ ctx, item, href }: { ctx: PageContext; item: ActionListItem; href: string }) {
  const a = ctx.t.actions;
  const name = pickText(item.name, ctx.lang, ctx.fallbacks);
  return (
    <tr>
      <td class="ref">{item.ref}</td>
      <th scope="row" class="name">
        {/* The note stays outside the link, so the link's name is the action's name alone. */}
        <a href={href}>
          {name ? <span lang={name.lang === ctx.lang ? undefined : name.lang}>{name.text}</span> : ctx.t.action.title(item.ref)}
        </a>
        {name && <UntranslatedNote ctx={ctx} shown={name} />}
      </th>
      <td class="section" data-label={a.sectionColumn}>
        <ShownText ctx={ctx} shown={sectionName(ctx, item.section)} />
      </td>
      <td class="years" data-label={a.scheduleColumn}>{item.years.join(', ')}</td>
      <td class="state-cell" data-label={a.stateColumn}>
        {item.status ? <StateLabel ctx={ctx} state={item.status.state} /> : <span class="muted">{a.noStatusInRound}</span>}
      </td>
      <td class="funding" data-label={a.coFundedColumn}>
        {item.coFunded && (
          <>
            <span class="co-funded">{a.coFundedMarker}</span>
            {Object.keys(item.coFundedPart).length > 0 && (
              <>
                {': '}
                <Localized ctx={ctx} value={item.coFundedPart} />
              </>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

export function ActionTable({ ctx, items, actionHref }: {
  ctx: PageContext;
  items: ActionListItem[];
  actionHref: (ref: string) => string;
}) {
  const a = ctx.t.actions;
  return (
    <div class="table-scroll" role="region" aria-labelledby="actions-caption" tabindex={0}>
      <table class="actions">
        <caption id="actions-caption">{a.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.refColumn}</th>
            <th scope="col">{a.nameColumn}</th>
            <th scope="col">{a.sectionColumn}</th>
            <th scope="col">{a.scheduleColumn}</th>
            <th scope="col">{a.stateColumn}</th>
            <th scope="col">{a.coFundedColumn}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ActionRow ctx={ctx} item={item} href={actionHref(item.ref)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
