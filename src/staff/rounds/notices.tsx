/**
 * What a round action reports back after its redirect (post, then get): carried in the query so
 * that reloading the page repeats nothing.
 */
import { Notice } from '../components/forms.tsx';
import type { StaffPageContext } from '../page-context.ts';

export type RoundNotice =
  | { kind: 'opened'; count: number }
  | { kind: 'saved' }
  | { kind: 'closed' }
  | { kind: 'reopened' }
  | { kind: 'reminded'; count: number; already: number; refs: string[] }
  | { kind: 'confirmed'; count: number; refs: string[] }
  | { kind: 'table_saved'; count: number; refs: string[]; invalid: string[] }
  | { kind: 'missing_languages'; refs: string[] }
  | { kind: 'another_open' }
  | { kind: 'frozen' };

export function noticeQuery(notice: RoundNotice): string {
  const params = new URLSearchParams({ notice: notice.kind });
  if ('count' in notice) params.set('count', String(notice.count));
  if ('already' in notice) params.set('already', String(notice.already));
  if ('refs' in notice && notice.refs.length > 0) params.set('refs', notice.refs.join(','));
  if ('invalid' in notice && notice.invalid.length > 0) params.set('invalid', notice.invalid.join(','));
  return `?${params}`;
}

export function noticeFrom(query: Record<string, string>): RoundNotice | null {
  const count = Number.parseInt(query.count ?? '0', 10) || 0;
  const refList = (value: string | undefined) => (value ?? '').split(',').filter((ref) => /^[\w.-]{1,20}$/.test(ref)).slice(0, 100);
  const refs = refList(query.refs);
  switch (query.notice) {
    case 'opened': return { kind: 'opened', count };
    case 'reminded': return { kind: 'reminded', count, already: Number.parseInt(query.already ?? '0', 10) || 0, refs };
    case 'confirmed': return { kind: 'confirmed', count, refs };
    case 'table_saved': return { kind: 'table_saved', count, refs, invalid: refList(query.invalid) };
    case 'missing_languages': return { kind: 'missing_languages', refs };
    case 'saved': case 'closed': case 'reopened': case 'another_open': case 'frozen': return { kind: query.notice };
    default: return null;
  }
}

export function RoundNoticeView({ ctx, notice, roundKey }: { ctx: StaffPageContext; notice: RoundNotice | null; roundKey: string }) {
  if (!notice) return null;
  const t = ctx.t.rounds;
  switch (notice.kind) {
    case 'opened': return <Notice kind="success">{t.open.opened(roundKey, notice.count)}</Notice>;
    case 'saved': return <Notice kind="success">{t.entry.saved}</Notice>;
    case 'closed': return <Notice kind="success">{t.overview.closed}</Notice>;
    case 'reopened': return <Notice kind="success">{t.overview.reopened}</Notice>;
    case 'reminded':
      return (
        <Notice kind="success">
          {t.overview.reminded(notice.count, notice.already)}
          {notice.refs.length > 0 && <> {t.overview.withoutAccount(notice.refs.join(', '))}</>}
        </Notice>
      );
    case 'confirmed':
      return (
        <Notice kind={notice.refs.length > 0 ? 'error' : 'success'}>
          {t.overview.confirmed(notice.count)}
          {notice.refs.length > 0 && <> {t.overview.changedSince(notice.refs.join(', '))}</>}
        </Notice>
      );
    case 'table_saved':
      return (
        <Notice kind={notice.refs.length + notice.invalid.length > 0 ? 'error' : 'success'}>
          {t.table.saved(notice.count)}
          {notice.refs.length > 0 && <> {t.table.changedSince(notice.refs.join(', '))}</>}
          {notice.invalid.length > 0 && <> {t.table.invalid(notice.invalid.join(', '))}</>}
        </Notice>
      );
    case 'missing_languages': return <Notice kind="error">{t.overview.missingLanguages(notice.refs.join(', '))}</Notice>;
    case 'another_open': return <Notice kind="error">{t.overview.anotherOpen}</Notice>;
    case 'frozen': return <Notice kind="error">{t.overview.frozen}</Notice>;
  }
}
