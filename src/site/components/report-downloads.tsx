/** The follow-up report of each published round as files: PDF and HTML to read, Word, Excel and CSV to edit. */
import { reportMessages } from '../../i18n/reports/index.ts';
import { REPORT_FORMATS } from '../../services/reports/followup-report.ts';
import type { MunicipalityView, ProgrammeSummary } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { siteUrls } from '../urls.ts';

export function ReportDownloads({ ctx, municipality, programme }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeSummary;
}) {
  const t = reportMessages(ctx.lang);
  const published = programme.rounds.filter((round) => round.status === 'closed').reverse();
  if (published.length === 0) return null;
  const formats = ['pdf', 'html', ...REPORT_FORMATS.filter((format) => format !== 'pdf' && format !== 'html')] as const;
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t.download.heading}</h2>
      <ul class="report-downloads">
        {published.map((round) => {
          const label = t.roundLabel(round.year, round.month);
          return (
            <li>
              <span>{label}: </span>
              {formats.map((format, index) => (
                <>
                  {index > 0 && ', '}
                  <a href={siteUrls.report(municipality.slug, ctx.lang, programme.slug, round.key, format)}
                    aria-label={`${t.download.formats[format]} – ${label}`}>
                    {t.download.formats[format]}
                  </a>
                </>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
