/** A municipality's sign-in settings: which roles must use a second factor. */
import { ROLES } from '../../../domain/actor.ts';
import type { SignInSettings } from '../../../services/staff/settings.ts';
import { CsrfField, Notice } from '../../components/forms.tsx';
import { StaffLayout } from '../../layout.tsx';
import type { StaffPageContext } from '../../page-context.ts';
import { accessUrls } from '../urls.ts';

export function SettingsPage({ ctx, settings, notice }: {
  ctx: StaffPageContext;
  settings: SignInSettings;
  notice?: 'saved' | 'conflict' | undefined;
}) {
  const s = ctx.t.access.settings;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={s.title} currentPath={accessUrls.settings(m)}>
      <h1>{s.title}</h1>
      {notice === 'saved' && <Notice kind="success">{s.saved}</Notice>}
      {notice === 'conflict' && <Notice kind="error">{s.conflict}</Notice>}
      <form method="post" action={accessUrls.settings(m)}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(settings.version)} />
        <fieldset class="checkboxes" aria-describedby="second-factor-hint">
          <legend>{s.secondFactorLegend}</legend>
          <p class="hint" id="second-factor-hint">{s.secondFactorHint}</p>
          {ROLES.map((role) => (
            <div class="checkbox">
              <input
                type="checkbox" id={`second-factor-${role}`} name="secondFactorRequiredFor" value={role}
                checked={settings.secondFactorRequiredFor.includes(role)}
              />
              <label for={`second-factor-${role}`}>{ctx.t.common.roles[role]}</label>
            </div>
          ))}
        </fieldset>
        <div class="form-actions">
          <button type="submit">{ctx.t.common.forms.save}</button>
        </div>
      </form>
    </StaffLayout>
  );
}
