/**
 * The report as a standalone, print-friendly HTML page (hono/jsx on the server; no script, the style
 * inside the page). Tables have captions and header cells with scopes; a text in another language
 * carries its `lang`. The PDF is this page printed by Chromium.
 */
import { html, raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../domain/language.ts';
import { reportMessages, type ReportMessages } from '../../i18n/reports/index.ts';
import type { FollowupReport, ShownList } from '../../services/reports/followup-report.ts';
import { REPORT_CSS } from './html-style.ts';
import {
  actionColumns, cellText, difference, marked, notes, sectionTitle, summaryLines, summaryRows, titles, type Piece,
} from './layout.ts';

/** The piece in its own language: a `lang` only when it differs from the page's. */
function Text({ piece, page }: { piece: Piece; page: Lang }) {
  const lines = piece.text.split('\n').flatMap((line, index): Child[] => (index > 0 ? [<br />, line] : [line]));
  return piece.lang === page ? <>{lines}</> : <span lang={piece.lang} class="untranslated">{lines}</span>;
}

function ShownItems({ t, shown, empty, asList }: { t: ReportMessages; shown: ShownList | null; empty: string; asList: boolean }) {
  if (!shown) return <p>{empty}</p>;
  const lang = shown.lang === t.lang ? undefined : shown.lang;
  const items = shown.items.map((item, index) => (index === shown.items.length - 1 ? marked(t, shown, item) : item));
  return asList
    ? <ul lang={lang}>{items.map((item) => <li>{item}</li>)}</ul>
    : <div lang={lang}>{items.map((item) => <p>{item}</p>)}</div>;
}

function Report({ report }: { report: FollowupReport }) {
  const t = reportMessages(report.lang);
  const names = titles(report, t);
  const columns = actionColumns(report, t, { withSection: false });
  const cell = cellText(report, t);
  const previousLabel = report.previousRound ? t.roundLabel(report.previousRound.year, report.previousRound.month) : null;
  return (
    <html lang={report.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${names.title} – ${names.municipality}`}</title>
        <style>{raw(REPORT_CSS)}</style>
      </head>
      <body>
        <header>
          <h1>{names.title}</h1>
          <p class="byline">{names.byline}</p>
          {report.round.status === 'open' && <p class="notice">{t.openRound}</p>}
        </header>
        <main>
          <section aria-labelledby="summary">
            <h2 id="summary">{t.summary}</h2>
            <table class="summary">
              <caption>{t.summaryCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.stateColumn}</th>
                  <th scope="col">{names.round}</th>
                  {previousLabel && <th scope="col">{t.previousColumn(previousLabel)}</th>}
                  {previousLabel && <th scope="col">{t.differenceColumn}</th>}
                </tr>
              </thead>
              <tbody>
                {summaryRows(report, t).map((row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <td class="number">{t.number(row.count)}</td>
                    {row.previous !== null && <td class="number">{t.number(row.previous)}</td>}
                    {row.previous !== null && <td class="number">{difference(t, row)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            {summaryLines(report, t).map((line) => <p>{line}</p>)}
          </section>
          {report.sections.length === 0 && <p>{t.noActions}</p>}
          {report.sections.map((section) => {
            const id = `section-${section.position}`;
            const title = sectionTitle(t, section);
            return (
              <section aria-labelledby={id}>
                <h2 id={id}>{title}</h2>
                <table>
                  <caption>{`${title}: ${names.round}`}</caption>
                  <thead>
                    <tr>
                      {columns.map((column) => <th scope="col" class={column.key.startsWith('year:') ? 'mark' : undefined}>{column.header}</th>)}
                    </tr>
                  </thead>
                  <tbody>
                    {section.actions.map((action) => (
                      <tr>
                        {columns.map((column) => {
                          const content = <Text piece={cell(section, action, column.key)} page={report.lang} />;
                          if (column.key === 'action') return <th scope="row">{content}</th>;
                          return <td class={column.key.startsWith('year:') ? 'mark' : undefined}>{content}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
          {report.enablers.length > 0 && (
            <section aria-labelledby="enablers">
              <h2 id="enablers">{t.enablers}</h2>
              {report.enablers.map((enabler) => (
                <section aria-labelledby={`enabler-${enabler.position}`}>
                  <h3 id={`enabler-${enabler.position}`}>
                    <Text piece={{ text: marked(t, enabler.name), lang: enabler.name.lang }} page={report.lang} />
                  </h3>
                  <p class="label">{t.measures}</p>
                  <ShownItems t={t} shown={enabler.measures} empty={t.notRecorded} asList />
                  <p class="label">{t.metrics}</p>
                  <ShownItems t={t} shown={enabler.metrics} empty={t.notRecorded} asList />
                  <p class="label">{names.round}</p>
                  <ShownItems t={t} shown={enabler.status} empty={t.noEnablerStatus} asList={false} />
                </section>
              ))}
            </section>
          )}
          <section aria-labelledby="notes">
            <h2 id="notes">{t.notes}</h2>
            {notes(report, t).map((note) => <p>{note}</p>)}
          </section>
        </main>
        <footer>
          <p>{`${names.municipality} · ${names.programme} · ${names.generated}`}</p>
        </footer>
      </body>
    </html>
  );
}

export async function writeHtml(report: FollowupReport): Promise<string> {
  return (await html`<!DOCTYPE html>${<Report report={report} />}`).toString();
}
