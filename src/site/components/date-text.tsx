/** A date in the page's language, machine-readable too. */
import { formatDate } from '../../i18n/site/format.ts';
import type { PageContext } from '../context.ts';

export function DateText({ ctx, date }: { ctx: PageContext; date: Date }) {
  return <time datetime={date.toISOString()}>{formatDate(ctx.lang, date)}</time>;
}
