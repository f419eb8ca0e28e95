/** A follow-up state in words; the shape beside it (CSS) only repeats what the words say. */
import type { ActionState } from '../../domain/action.ts';
import type { PageContext } from '../context.ts';

export function StateLabel({ ctx, state }: { ctx: PageContext; state: ActionState }) {
  return <span class={`state state-${state.replace('_', '-')}`}>{ctx.t.states[state]}</span>;
}
