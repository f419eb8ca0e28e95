/**
 * Form parts of the workspace, accessible without JavaScript: every field has a label, a hint and
 * its error beside it (`aria-describedby`, `aria-invalid`), and the page begins with a summary of the
 * errors linking to each field.
 */
import type { Child } from 'hono/jsx';
import type { StaffPageContext } from '../page-context.ts';

/** The session's token, carried by every form of a signed-in page. */
export function CsrfField({ ctx }: { ctx: StaffPageContext }) {
  return ctx.signedIn ? <input type="hidden" name="_csrf" value={ctx.signedIn.csrfToken} /> : null;
}

export interface FieldError {
  /** The field's id (and name). */
  field: string;
  message: string;
}

export function ErrorSummary({ ctx, errors }: { ctx: StaffPageContext; errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{ctx.t.common.forms.errorSummary}</h2>
      <ul>
        {errors.map((error) => (
          <li>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  lang?: string;
}

function describedBy({ id, hint, error }: FieldProps): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ props, children }: { props: FieldProps; children: Child }) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p class="field-message" id={`${props.id}-error`}>{props.error}</p>}
      {children}
    </div>
  );
}

export function TextField(props: FieldProps & {
  value?: string | undefined; type?: 'text' | 'email' | 'password' | 'date' | 'number'; autocomplete?: string; required?: boolean;
  maxLength?: number; inputMode?: 'numeric' | 'decimal' | 'email' | 'text';
}) {
  return (
    <FieldFrame props={props}>
      <input
        id={props.id} name={props.id} type={props.type ?? 'text'} value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete} required={props.required} maxlength={props.maxLength} lang={props.lang}
        inputmode={props.inputMode} aria-describedby={describedBy(props)} aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string | undefined; rows?: number; maxLength?: number }) {
  return (
    <FieldFrame props={props}>
      <textarea
        id={props.id} name={props.id} rows={props.rows ?? 4} maxlength={props.maxLength} lang={props.lang}
        aria-describedby={describedBy(props)} aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { value?: string | undefined; options: readonly { value: string; label: string }[] }) {
  return (
    <FieldFrame props={props}>
      <select id={props.id} name={props.id} aria-describedby={describedBy(props)} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>{option.label}</option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A short notice at the top of a page: saved, signed out. */
export function Notice({ children, kind = 'info' }: { children: Child; kind?: 'info' | 'success' | 'error' }) {
  return <p class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</p>;
}
