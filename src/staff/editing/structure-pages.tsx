/**
 * The programme's structure: its own fields on one page with the lists of goals, competences,
 * sections and enablers; each of those is edited (or added) on a page of its own.
 */
import { pickText } from '../../domain/language.ts';
import type { ProgrammeStructure, StructureItem, StructureKind } from '../../services/editing/structure.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import type { EditConflict } from '../../services/editing/versioned.ts';
import { ConflictTable } from './conflict.tsx';
import { fieldLabel, formatWhen } from './format.ts';
import { CheckboxGroup, LocalizedInputs } from './fields.tsx';
import { BENEFITS } from '../../domain/action.ts';
import { METRIC_DIRECTIONS } from '../../domain/metrics.ts';
import type { StrategyThemeView } from '../../services/metrics/metrics.ts';
import type { StructureHistoryEntry } from '../../services/metrics/structure-history.ts';
import { editingUrls } from './urls.ts';

const KINDS: StructureKind[] = ['goal', 'competence', 'metric', 'section', 'enabler'];
const itemsOf = (structure: ProgrammeStructure, kind: StructureKind) =>
  ({ goal: structure.goals, competence: structure.competences, metric: structure.metrics, section: structure.sections, enabler: structure.enablers })[kind];
const itemCode = (item: StructureItem) => ('code' in item.fields ? String(item.fields.code) : String(item.position));

function crumbsFor(ctx: StaffPageContext, structure: ProgrammeStructure, last?: string) {
  const m = ctx.municipality!.slug;
  return [
    { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
    { label: ctx.t.editing.list.title, href: editingUrls.actions(m, structure.slug) },
    { label: ctx.t.editing.structure.title, href: editingUrls.structure(m, structure.slug) },
    ...(last ? [{ label: last }] : []),
  ];
}

export function StructurePage({ ctx, structure, values, version, errors = [], notice, conflict }: {
  ctx: StaffPageContext; structure: ProgrammeStructure; values: ProgrammeStructure['fields']; version: number;
  errors?: FieldError[]; notice?: string | undefined; conflict?: EditConflict<Record<string, unknown>> | undefined;
}) {
  const t = ctx.t.editing.structure;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={t.title} crumbs={crumbsFor(ctx, structure).slice(0, -1).concat({ label: t.title })}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind="success">{notice}</Notice>}
      <h1>{t.title}</h1>
      {conflict && <ConflictTable ctx={ctx} conflict={conflict} />}
      <form method="post" action={editingUrls.structure(m, structure.slug)} data-warn-unsaved novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(version)} />
        <h2>{t.programme}</h2>
        <LocalizedInputs ctx={ctx} field="name" value={values.name} errors={errors} />
        <TextField id="periodStart" label={fieldLabel(ctx, 'periodStart')} value={String(values.periodStart)} inputMode="numeric" error={errorFor(errors, 'periodStart')} />
        <TextField id="periodEnd" label={fieldLabel(ctx, 'periodEnd')} value={String(values.periodEnd)} inputMode="numeric" error={errorFor(errors, 'periodEnd')} />
        <TextField id="costCode" label={fieldLabel(ctx, 'costCode')} value={values.costCode ?? ''} error={errorFor(errors, 'costCode')} />
        <button type="submit">{ctx.t.editing.form.save}</button>
      </form>
      {KINDS.map((kind) => (
        <section aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>{t.kinds[kind]}</h2>
          {itemsOf(structure, kind).length === 0 ? <p>{t.none}</p> : (
            <ul>
              {itemsOf(structure, kind).map((item) => {
                const name = pickText(item.fields.name, ctx.lang, ctx.fallbacks);
                return (
                  <li>
                    <a href={editingUrls.structureItem(m, structure.slug, kind, item.id)}>{t.item[kind](itemCode(item))}</a>
                    {name && <> <span lang={name.lang}>{name.text}</span></>}
                  </li>
                );
              })}
            </ul>
          )}
          <p><a href={editingUrls.structureItem(m, structure.slug, kind)}>{t.add[kind]}</a></p>
        </section>
      ))}
    </StaffLayout>
  );
}

export function StructureItemPage({ ctx, structure, kind, item, values, version, errors = [], conflict, spearheads = [], history = [] }: {
  ctx: StaffPageContext; structure: ProgrammeStructure; kind: StructureKind; item?: StructureItem | undefined; spearheads?: StrategyThemeView[];
  history?: StructureHistoryEntry[];
  values: Record<string, unknown>; version?: number; errors?: FieldError[]; conflict?: EditConflict<Record<string, unknown>> | undefined;
}) {
  const t = ctx.t.editing.structure;
  const m = ctx.municipality!.slug;
  const title = item ? t.item[kind](itemCode(item)) : t.add[kind];
  const localized = (field: string) => (values[field] ?? {}) as Record<string, string | string[]>;
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={crumbsFor(ctx, structure, title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      {conflict && <ConflictTable ctx={ctx} conflict={conflict} />}
      <form method="post" action={editingUrls.structureItem(m, structure.slug, kind, item?.id)} data-warn-unsaved novalidate>
        <CsrfField ctx={ctx} />
        {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
        {(kind === 'goal' || kind === 'competence' || kind === 'metric') && (
          <TextField id="code" label={fieldLabel(ctx, 'code')} value={String(values.code ?? '')} error={errorFor(errors, 'code')} maxLength={20} />
        )}
        {kind === 'goal' && (
          <SelectField id="kind" label={fieldLabel(ctx, 'kind')} value={String(values.kind ?? 'goal')} error={errorFor(errors, 'kind')}
            options={(['goal', 'theme'] as const).map((value) => ({ value, label: t.goalKinds[value] }))} />
        )}
        <LocalizedInputs ctx={ctx} field="name" value={localized('name')} errors={errors} />
        {(kind === 'goal' || kind === 'competence') && <LocalizedInputs ctx={ctx} field="description" value={localized('description')} errors={errors} multiline />}
        {kind === 'goal' && (
          <>
            <CheckboxGroup ctx={ctx} field="benefits" errors={errors} chosen={(values.benefits ?? []) as string[]}
              options={BENEFITS.map((value) => ({ value, label: ctx.site.perspectives.benefitNames[value] }))} />
            <CheckboxGroup ctx={ctx} field="spearheadIds" errors={errors} chosen={(values.spearheadIds ?? []) as string[]}
              options={spearheads.map((theme) => ({ value: theme.id, label: `${theme.code} ${pickText(theme.name, ctx.lang, ctx.fallbacks)?.text ?? ''}` }))} />
          </>
        )}
        {kind === 'competence' && <LocalizedInputs ctx={ctx} field="exampleMetrics" value={localized('exampleMetrics')} errors={errors} lines />}
        {kind === 'metric' && (
          <>
            <SelectField id="goalId" label={fieldLabel(ctx, 'goalId')} value={String(values.goalId ?? '')} error={errorFor(errors, 'goalId')}
              options={structure.goals.map((goal) => ({ value: goal.id, label: `${String(goal.fields.code)} ${pickText(goal.fields.name, ctx.lang, ctx.fallbacks)?.text ?? ''}` }))} />
            <LocalizedInputs ctx={ctx} field="unit" value={localized('unit')} errors={errors} />
            <LocalizedInputs ctx={ctx} field="source" value={localized('source')} errors={errors} multiline />
            <SelectField id="direction" label={fieldLabel(ctx, 'direction')} value={String(values.direction ?? 'trend')} error={errorFor(errors, 'direction')}
              options={METRIC_DIRECTIONS.map((value) => ({ value, label: t.directions[value] }))} />
            <LocalizedInputs ctx={ctx} field="target" value={localized('target')} errors={errors} multiline />
          </>
        )}
        {kind === 'enabler' && (['measures', 'metrics'] as const).map((field) => (
          <LocalizedInputs ctx={ctx} field={field} value={localized(field)} errors={errors} lines />
        ))}
        <button type="submit">{ctx.t.editing.form.save}</button>
      </form>
      {history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{ctx.t.editing.history.caption}</h2>
          <div class="table-scroll">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{ctx.t.editing.history.version}</th><th scope="col">{ctx.t.editing.history.when}</th>
                  <th scope="col">{ctx.t.editing.history.who}</th><th scope="col">{ctx.t.editing.history.changes}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry) => (
                  <tr>
                    <td>{entry.version ?? ''}</td>
                    <td>{formatWhen(ctx.lang, entry.at)}</td>
                    <td>{entry.actorName ?? ctx.t.editing.history.system[entry.actorId.split(':')[0] ?? ''] ?? (entry.actorId.startsWith('user:') ? ctx.t.editing.history.unknownPerson : entry.actorId)}</td>
                    <td>{entry.fields.map((field) => fieldLabel(ctx, field)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </StaffLayout>
  );
}
