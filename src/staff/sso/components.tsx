/** The "Sign in with …" buttons: links, since the provider's page is another site (the CSP's form-action is 'self'). */
import { pickText } from '../../domain/language.ts';
import type { SignInProvider } from '../../services/sso/providers.ts';
import type { StaffPageContext } from '../page-context.ts';
import { ssoUrls } from './urls.ts';

export function SsoChoices({ ctx, providers, next, showMunicipality = true }: {
  ctx: StaffPageContext;
  providers: readonly SignInProvider[];
  next?: string | undefined;
  showMunicipality?: boolean;
}) {
  if (providers.length === 0) return null;
  const s = ctx.t.sso.signIn;
  return (
    <section class="sso-choices" aria-labelledby="sso-heading">
      <h2 id="sso-heading">{s.heading}</h2>
      <ul class="button-list">
        {providers.map((provider) => (
          <li>
            <a class="button" href={ssoUrls.start(provider.municipalitySlug, provider.id, next)}>
              {s.button(provider.label)}
              {showMunicipality && ` (${pickText(provider.municipalityName, ctx.lang)?.text ?? provider.municipalitySlug})`}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
