/** The municipality's outgoing mail: queued, sent and failed, each readable in full (the demo has no mail server). */
import type { MailState, OutboxMail } from '../../services/outbox/list-outbox.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { formatMoment } from './format.ts';
import { roundUrls } from './urls.ts';

export function OutboxPage({ ctx, mails, state }: { ctx: StaffPageContext; mails: OutboxMail[]; state: MailState | undefined }) {
  const t = ctx.t.rounds.outbox;
  const m = ctx.municipality!;
  const states: MailState[] = ['queued', 'sent', 'failed'];
  return (
    <StaffLayout ctx={ctx} title={t.title} currentPath={roundUrls.outbox(m.slug)}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" action={roundUrls.outbox(m.slug)} class="filters">
        <label for="state">{t.filter}</label>{' '}
        <select id="state" name="state">
          <option value="">{t.all}</option>
          {states.map((value) => <option value={value} selected={state === value}>{t.states[value]}</option>)}
        </select>{' '}
        <button type="submit">{ctx.t.rounds.overview.apply}</button>
      </form>
      {mails.length === 0 ? <p>{t.none}</p> : (
        <div class="table-scroll">
          <table>
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.recipient}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.attempts}</th>
                <th scope="col">{t.error}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr>
                  <td>{formatMoment(ctx.lang, mail.createdAt)}</td>
                  <td>{mail.recipient}</td>
                  <td lang={mail.lang}>
                    <details>
                      <summary>{mail.subject}</summary>
                      <pre class="mail-body">{mail.bodyText}</pre>
                    </details>
                  </td>
                  <td>{t.states[mail.state]}</td>
                  <td class="number">{mail.attempts}</td>
                  <td>{mail.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}
