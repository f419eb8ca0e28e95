/** The workspace's error pages: not permitted (403), not found (404), an expired form (403). */
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { staffUrls } from '../urls.ts';

export type StaffErrorKind = 'forbidden' | 'notFound' | 'expiredForm';

export function StaffErrorPage({ ctx, kind }: { ctx: StaffPageContext; kind: StaffErrorKind }) {
  const { title, text } = ctx.t.common.errors[kind];
  return (
    <StaffLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={ctx.municipality ? staffUrls.municipality(ctx.municipality.slug) : staffUrls.home}>{ctx.t.common.errors.backToWorkspace}</a>
      </p>
    </StaffLayout>
  );
}
