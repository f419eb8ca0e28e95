/** The workspace's front page: the municipalities the person works for, with their roles in each. */
import { pickText } from '../../domain/language.ts';
import { Notice } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { staffUrls } from '../urls.ts';

export function StaffHomePage({ ctx }: { ctx: StaffPageContext }) {
  const h = ctx.t.common.home;
  const municipalities = ctx.signedIn?.person.municipalities ?? [];
  return (
    <StaffLayout ctx={ctx} title={h.title}>
      <h1>{h.chooseMunicipality}</h1>
      {municipalities.length === 0 ? (
        <Notice>{h.noRoles}</Notice>
      ) : (
        <ul class="card-list">
          {municipalities.map((municipality) => (
            <li>
              <h2>
                <a href={staffUrls.municipality(municipality.slug)}>{pickText(municipality.name, ctx.lang)?.text ?? municipality.slug}</a>
              </h2>
              <p>
                {h.yourRoles}: {municipality.roles.map((role) => ctx.t.common.roles[role]).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </StaffLayout>
  );
}
