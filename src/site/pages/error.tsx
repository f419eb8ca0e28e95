/** The localized error pages: not found (404), a malformed address (400), a failure of ours (500). */
import type { MunicipalityView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import type { Alternate } from '../components/language-switcher.tsx';
import { homeTrail } from '../components/breadcrumbs.tsx';
import { Layout } from '../layout.tsx';
import { siteUrls } from '../urls.ts';

export type ErrorKind = 'not_found' | 'bad_request' | 'server_error';

export function ErrorPage({ ctx, kind, municipality, alternates }: {
  ctx: PageContext;
  kind: ErrorKind;
  municipality?: MunicipalityView | null;
  alternates: Alternate[];
}) {
  const { t } = ctx;
  const { title, text } = t.errors[kind];
  const back = municipality ? siteUrls.municipality(municipality.slug, ctx.lang) : siteUrls.home(ctx.lang);
  return (
    <Layout ctx={ctx} title={title} municipality={municipality} alternates={alternates} crumbs={[...homeTrail(ctx), { label: title }]}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={back}>{t.errors.backHome}</a>
      </p>
    </Layout>
  );
}
