/** The programme's years with a mark on those the action is scheduled for, plus the same in a sentence. */
import type { PageContext } from '../context.ts';

export function ScheduleTable({ ctx, years, programmeYears }: { ctx: PageContext; years: number[]; programmeYears: number[] }) {
  const a = ctx.t.action;
  return (
    <>
      <p id="schedule-text">{a.scheduleText(years)}</p>
      <div class="table-scroll" role="region" aria-labelledby="schedule-caption" tabindex={0}>
        <table class="schedule">
          <caption id="schedule-caption">{a.scheduleCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.yearColumn}</th>
              {programmeYears.map((year) => (
                <th scope="col">{year}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{a.schedule}</th>
              {programmeYears.map((year) =>
                years.includes(year) ? (
                  <td class="scheduled">
                    <span aria-hidden="true">●</span>
                    <span class="visually-hidden">{a.scheduled}</span>
                  </td>
                ) : (
                  <td class="not-scheduled">
                    <span aria-hidden="true">–</span>
                    <span class="visually-hidden">{a.notScheduled}</span>
                  </td>
                ),
              )}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
