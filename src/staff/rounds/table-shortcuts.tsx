/**
 * The round table's keyboard shortcuts: the help that lists them (hidden until the script that
 * provides them, assets/round-table.js, reveals it, so nobody is told of keys that do nothing) and
 * the script itself, served as a file like every script of the workspace (the CSP has no inline script).
 */
import type { StaffPageContext } from '../page-context.ts';

export const SHORTCUTS_SAVE = 'Control+Enter Control+S Meta+Enter Meta+S';

export function TableShortcutsHelp({ ctx }: { ctx: StaffPageContext }) {
  const t = ctx.t.roundShortcuts;
  return (
    <details id="table-shortcuts" class="shortcuts" hidden>
      <summary>{t.title}</summary>
      <p>{t.intro}</p>
      <dl>
        {t.keys.map((entry) => (
          <>
            <dt>{entry.keys.map((key, index) => <>{index > 0 && ' + '}<kbd>{key}</kbd></>)}</dt>
            <dd>{entry.does}</dd>
          </>
        ))}
      </dl>
    </details>
  );
}

export function TableShortcutsScript() {
  return <script src="/assets/round-table.js" defer></script>;
}
