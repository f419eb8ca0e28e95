/**
 * Form parts of editing: a text in every language side by side, groups of checkboxes, and the
 * translation of the use-cases' problems into the page's language, linked to their fields.
 */
import { InvalidInputError } from '../../domain/errors.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../../domain/language.ts';
import type { Problem } from '../../services/editing/validation.ts';
import { errorFor, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { fieldLabel } from './format.ts';

/** The element a problem links to: a language's input, or the field's group. */
function anchorOf(field: string): string {
  const [head, second] = field.split('.');
  return second && (LANGUAGES as readonly string[]).includes(second) ? `${head}.${second}` : head ?? field;
}

export function fieldErrors(ctx: StaffPageContext, error: InvalidInputError): FieldError[] {
  return error.issues.map((issue) => ({
    field: anchorOf(issue.field),
    message: ctx.t.editing.problem(fieldLabel(ctx, issue.field), ctx.t.editing.problems[issue.problem as Problem] ?? issue.problem),
  }));
}

/** The municipality's languages first, then the others. */
export const languageOrder = (ctx: StaffPageContext): Lang[] => [...new Set<Lang>([...(ctx.municipality?.languages ?? []), ...LANGUAGES])];

export function LocalizedInputs({ ctx, field, value, errors, multiline, hint, lines }: {
  ctx: StaffPageContext; field: string; value: Partial<Record<Lang, string | string[]>>; errors: readonly FieldError[];
  multiline?: boolean; hint?: string; lines?: boolean;
}) {
  const label = fieldLabel(ctx, field);
  const groupError = errorFor(errors, field);
  return (
    <fieldset id={field} class={groupError ? 'field-group field-error' : 'field-group'} aria-describedby={hint ? `${field}-hint` : undefined}>
      <legend>{label}</legend>
      {hint && <p class="hint" id={`${field}-hint`}>{hint}</p>}
      {groupError && <p class="field-message">{groupError}</p>}
      <div class="languages">
        {languageOrder(ctx).map((lang) => {
          const id = `${field}.${lang}`;
          const raw = value[lang];
          const text = Array.isArray(raw) ? raw.join('\n') : raw;
          const props = { id, label: `${label} ${ctx.t.editing.languageNames[lang]}`, lang, error: errorFor(errors, id), value: text };
          return multiline || lines ? <TextArea {...props} rows={lines ? 5 : 3} /> : <TextField {...props} />;
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup<T extends string | number>({ ctx, field, options, chosen, errors, hint, disabled }: {
  ctx: StaffPageContext; field: string; options: readonly { value: T; label: string }[]; chosen: readonly T[];
  errors: readonly FieldError[]; hint?: string; disabled?: boolean;
}) {
  const error = errorFor(errors, field);
  return (
    <fieldset id={field} class={error ? 'field-group field-error' : 'field-group'}
      aria-describedby={[hint ? `${field}-hint` : null, error ? `${field}-error` : null].filter(Boolean).join(' ') || undefined}>
      <legend>{fieldLabel(ctx, field)}</legend>
      {hint && <p class="hint" id={`${field}-hint`}>{hint}</p>}
      {error && <p class="field-message" id={`${field}-error`}>{error}</p>}
      <div class="checkboxes">
        {options.map((option) => (
          <label class="checkbox">
            <input type="checkbox" id={`${field}.${option.value}`} name={`${field}.${option.value}`} value="on"
              checked={chosen.includes(option.value)} disabled={disabled} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A localized text as one line for tables: each language marked with its `lang`. */
export function TextsInLanguages({ value }: { value: LocalizedText }) {
  return (
    <>
      {LANGUAGES.filter((lang) => value[lang]).map((lang, index) => (
        <>
          {index > 0 && ' · '}
          <span lang={lang}>{value[lang]}</span>
        </>
      ))}
    </>
  );
}
