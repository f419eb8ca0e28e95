/** The eight perspectives an action is classified by; each says so when it is not classified yet. */
import type { Child } from 'hono/jsx';
import type { Perspectives } from '../../domain/action.ts';
import type { GoalView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { Localized } from './localized-text.tsx';

function GoalValue({ ctx, code, among }: { ctx: PageContext; code: string; among: GoalView[] }) {
  const goal = among.find((g) => g.code === code);
  return (
    <>
      <strong>{code}</strong>
      {goal && (
        <>
          {' – '}
          <Localized ctx={ctx} value={goal.name} />
        </>
      )}
    </>
  );
}

export function PerspectivesList({ ctx, perspectives: p, goals, competences }: {
  ctx: PageContext;
  perspectives: Perspectives;
  goals: GoalView[];
  competences: GoalView[];
}) {
  const t = ctx.t.perspectives;
  const notYet = <span class="muted">{ctx.t.action.notClassified}</span>;
  const rows: Array<[string, Child]> = [
    [
      t.goal,
      p.goal || p.competence ? (
        <>
          {p.goal && <GoalValue ctx={ctx} code={p.goal} among={goals} />}
          {p.goal && p.competence && '; '}
          {p.competence && <GoalValue ctx={ctx} code={p.competence} among={competences} />}
        </>
      ) : null,
    ],
    [t.level, p.level && t.levels[p.level]],
    [t.statutory, p.statutory === null ? null : p.statutory ? ctx.t.yes : ctx.t.no],
    [t.benefits, p.benefits && p.benefits.length > 0 ? t.list(p.benefits.map((b) => t.benefitNames[b])) : null],
    [t.beneficiaries, p.beneficiaries && p.beneficiaries.length > 0 ? t.list(p.beneficiaries.map((b) => t.beneficiaryNames[b])) : null],
    [t.costClass, p.costClass && t.costClasses[p.costClass]],
    [t.impactClass, p.impactClass && t.impactClasses[p.impactClass]],
    [t.developmentModel, p.developmentModel && t.developmentModels[p.developmentModel]],
  ];
  return (
    <ol class="perspectives">
      {rows.map(([label, value]) => (
        <li>
          <span class="perspective-label">{label}:</span> {value ?? notYet}
        </li>
      ))}
    </ol>
  );
}
