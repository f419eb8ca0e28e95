/** The localized "page not found" page (sent with status 404). */
import type { MunicipalityView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import type { Alternate } from '../components/language-switcher.tsx';
import { homeTrail } from '../components/breadcrumbs.tsx';
import { Layout } from '../layout.tsx';
import { siteUrls } from '../urls.ts';

export function NotFoundPage({ ctx, municipality, alternates }: {
  ctx: PageContext;
  municipality?: MunicipalityView | null;
  alternates: Alternate[];
}) {
  const { t } = ctx;
  const back = municipality ? siteUrls.municipality(municipality.slug, ctx.lang) : siteUrls.home(ctx.lang);
  return (
    <Layout
      ctx={ctx}
      title={t.notFound.title}
      municipality={municipality}
      alternates={alternates}
      crumbs={[...homeTrail(ctx), { label: t.notFound.title }]}
    >
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <a href={back}>{t.notFound.backHome}</a>
      </p>
    </Layout>
  );
}
