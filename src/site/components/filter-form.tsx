/**
 * The action list's filters as a plain GET form: it works without JavaScript, and its URL can be
 * bookmarked and shared. Fields with a bad value are marked invalid and point to their message.
 */
import { ACTION_STATES } from '../../domain/action.ts';
import type { ProgrammeOverview } from '../../services/views.ts';
import type { FilterError, FilterField, FilterValues } from '../action-filters.ts';
import { filterYears } from '../action-filters.ts';
import type { PageContext } from '../context.ts';
import { roundWhen, sectionName } from '../names.ts';

export const fieldId = (field: FilterField) => `filter-${field}`;
export const errorId = (field: FilterField) => `filter-${field}-error`;

interface Option {
  value: string;
  label: string;
}

const hintId = (field: FilterField) => `filter-${field}-hint`;

/** A field with a bad value is marked invalid and described by its message (then by its hint, if any). */
function describedProps(field: FilterField, errors: FilterError[], hint = false) {
  const invalid = errors.some((error) => error.field === field);
  const describedBy = [invalid && errorId(field), hint && hintId(field)].filter(Boolean).join(' ');
  return {
    ...(invalid ? { 'aria-invalid': 'true' as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

function SelectField({ field, label, options, values, errors, anyLabel }: {
  field: FilterField;
  label: string;
  options: Option[];
  values: FilterValues;
  errors: FilterError[];
  anyLabel: string;
}) {
  return (
    <div class="field">
      <label for={fieldId(field)}>{label}</label>
      <select id={fieldId(field)} name={field} {...describedProps(field, errors)}>
        <option value="" selected={values[field] === ''}>
          {anyLabel}
        </option>
        {options.map((option) => (
          <option value={option.value} selected={values[field] === option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterForm({ ctx, programme, action, values, errors }: {
  ctx: PageContext;
  programme: ProgrammeOverview;
  /** The list's own URL, without a query. */
  action: string;
  values: FilterValues;
  errors: FilterError[];
}) {
  const { t } = ctx;
  const a = t.actions;
  const olderRounds = [...programme.rounds].reverse().filter((round) => round.key !== programme.latestRound?.key);
  return (
    <form class="filters" method="get" action={action}>
      <fieldset>
        <legend>{a.filters}</legend>
        <div class="fields">
          <SelectField
            field="section" label={a.section} anyLabel={a.any} values={values} errors={errors}
            options={programme.sections.map((section) => ({ value: String(section.position), label: sectionName(ctx, section).text }))}
          />
          <SelectField
            field="year" label={a.year} anyLabel={a.any} values={values} errors={errors}
            options={filterYears(programme).map((year) => ({ value: String(year), label: String(year) }))}
          />
          <SelectField
            field="state" label={a.state} anyLabel={a.any} values={values} errors={errors}
            options={ACTION_STATES.map((state) => ({ value: state, label: t.states[state] }))}
          />
          <SelectField
            field="cofunded" label={a.coFunded} anyLabel={a.any} values={values} errors={errors}
            options={[{ value: 'yes', label: t.yes }, { value: 'no', label: t.no }]}
          />
          {programme.latestRound && (
            <SelectField
              field="round" label={a.round} anyLabel={a.latestRound(roundWhen(ctx, programme.latestRound))}
              values={values} errors={errors}
              options={olderRounds.map((round) => ({ value: round.key, label: roundWhen(ctx, round) }))}
            />
          )}
          <div class="field field-wide">
            <label for={fieldId('q')}>{a.q}</label>
            <input
              type="search" id={fieldId('q')} name="q" value={values.q} maxlength={200}
              {...describedProps('q', errors, true)}
            />
            <p class="hint" id={hintId('q')}>{a.qHint}</p>
          </div>
        </div>
        <div class="form-actions">
          <button type="submit">{a.submit}</button>
          <a href={action}>{a.clear}</a>
        </div>
      </fieldset>
    </form>
  );
}
