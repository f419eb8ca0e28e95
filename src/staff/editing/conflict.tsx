/**
 * A save refused because someone else saved first: both versions side by side, field by field, with
 * what the form was opened at, so the person can see what changed and decide what to save.
 */
import type { EditConflict } from '../../services/editing/versioned.ts';
import type { StaffPageContext } from '../page-context.ts';
import { fieldLabel, formatValue, type Lookups } from './format.ts';

const NO_LOOKUPS: Lookups = { people: new Map(), goals: new Map(), competences: new Map() };

export function ConflictTable<Fields extends object>({ ctx, conflict, lookups = NO_LOOKUPS }: { ctx: StaffPageContext; conflict: EditConflict<Fields>; lookups?: Lookups }) {
  const t = ctx.t.editing.conflict;
  return (
    <section class="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t.title}</h2>
      <p>{t.intro(conflict.yourVersion, conflict.currentVersion)}</p>
      <div class="table-scroll">
        <table class="compare">
          <caption>{t.caption}</caption>
          <thead>
            <tr><th scope="col">{t.field}</th><th scope="col">{t.opened}</th><th scope="col">{t.theirs}</th><th scope="col">{t.yours}</th></tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr>
                <th scope="row">{fieldLabel(ctx, field.field)}</th>
                <td>{field.base === undefined ? t.unknownBase : formatValue(ctx, field.field, field.base, lookups)}</td>
                <td class={field.changedByThem ? 'changed' : undefined}>
                  {formatValue(ctx, field.field, field.theirs, lookups)}
                  {field.changedByThem && <strong class="tag"> ({t.changedByThem})</strong>}
                </td>
                <td>{formatValue(ctx, field.field, field.yours, lookups)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t.formBelow}</p>
    </section>
  );
}

