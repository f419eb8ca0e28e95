/**
 * The public downloads of a closed round's follow-up report:
 * `/{municipality}/{lang}/{programme}/rounds/{YYYY-MM}/report.{docx,pdf,xlsx,csv,html}`.
 * Public data only (an open round is not found here), cached like every public answer: the content
 * epoch of the municipality keys it, so a new import or edit is seen at the next request.
 */
import { Hono, type Context } from 'hono';
import { PUBLIC } from '../domain/actor.ts';
import { NotFoundError } from '../domain/errors.ts';
import { isLang } from '../domain/language.ts';
import { isSlug } from '../domain/slug.ts';
import { publicAnswers } from '../http/public-answers.ts';
import { reportMessages } from '../i18n/reports/index.ts';
import { ChromiumMissingError } from '../io/chromium.ts';
import { writeReport } from '../io/reports/write-report.ts';
import { runRead, type Store } from '../services/context.ts';
import { isReportFormat, readPublishedReport, type ReportFormat } from '../services/reports/followup-report.ts';
import { siteNotFound } from './routes.tsx';

/** Documents a browser shows itself open in place; the others are saved. */
const SHOWN_IN_BROWSER: readonly ReportFormat[] = ['pdf', 'html'];

export function reportRoutes({ store }: { store: Store }): Hono {
  const app = new Hono();
  app.use(publicAnswers);

  app.get('/:m/:lang/:programme/rounds/:round/:file', async (c: Context) => {
    const { m, lang, programme, round, file } = c.req.param();
    const format = /^report\.([a-z]+)$/.exec(file ?? '')?.[1];
    if (!isSlug(m) || !isLang(lang) || !isReportFormat(format)) return siteNotFound(c);
    let report;
    try {
      report = await runRead(store, { actor: PUBLIC, municipality: { slug: m } }, (ctx) =>
        readPublishedReport(ctx, { programme: programme ?? '', round: round ?? '', lang, format }));
    } catch (error) {
      if (error instanceof NotFoundError) return siteNotFound(c);
      throw error;
    }
    try {
      const written = await writeReport(report, format);
      c.header('Content-Type', written.contentType);
      c.header('Content-Disposition', `${SHOWN_IN_BROWSER.includes(format) ? 'inline' : 'attachment'}; filename="${written.fileName}"`);
      return c.body(written.body as Uint8Array<ArrayBuffer>);
    } catch (error) {
      if (!(error instanceof ChromiumMissingError)) throw error;
      // Not kept by any cache: the PDF appears once Chromium is installed.
      c.header('Cache-Control', 'no-store');
      c.header('Retry-After', '3600');
      return c.text(reportMessages(lang).pdfUnavailable, 503);
    }
  });

  return app;
}
