/**
 * Everything public about a programme, for the open data package: its actions, the rounds the actor
 * may see, every action's status in each, the enablers and their statuses, and the municipality's
 * published ideas (never who sent them). Texts stay per language.
 */
import { NotFoundError } from '../../domain/errors.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import { listActions } from '../actions.ts';
import { listPublishedIdeaDetails, type PublicIdeaDetail } from '../ideas/public-ideas.ts';
import type { Ctx } from '../context.ts';
import { getProgrammeOverview } from '../programmes.ts';
import { roundEnablers } from '../reports/followup-report.ts';
import { scopedMunicipality } from '../scope.ts';
import type { ActionListItem, ProgrammeOverview, StatusView } from '../views.ts';

export interface ProgrammeData {
  municipality: { slug: string; name: LocalizedText };
  programme: ProgrammeOverview;
  /** Every action of the programme, with its status in each round that has one. */
  actions: { item: ActionListItem; statuses: StatusView[] }[];
  enablers: {
    position: number;
    name: LocalizedText;
    measures: Partial<Record<Lang, string[]>>;
    metrics: Partial<Record<Lang, string[]>>;
    statuses: { round: string; text: Partial<Record<Lang, string[]>> }[];
  }[];
  /** The municipality's published ideas: they are its programmes' ideas, whichever programme took them up. */
  ideas: PublicIdeaDetail[];
}

export async function readProgrammeData(ctx: Ctx, slug: string): Promise<ProgrammeData> {
  const municipality = scopedMunicipality(ctx);
  const programme = await getProgrammeOverview(ctx, slug);
  if (!programme) throw new NotFoundError('programme', slug);
  const byRef = new Map<string, { item: ActionListItem; statuses: StatusView[] }>();
  for (const item of await listActions(ctx, programme, { lang: 'fi' })) byRef.set(item.ref, { item, statuses: [] });
  const enablers = new Map<number, ProgrammeData['enablers'][number]>();
  for (const round of programme.rounds) {
    for (const item of await listActions(ctx, programme, { lang: 'fi', round: round.key })) {
      if (item.status) byRef.get(item.ref)?.statuses.push(item.status);
    }
    for (const { enabler, statusText } of await roundEnablers(ctx, programme, round)) {
      const entry = enablers.get(enabler.position)
        ?? { position: enabler.position, name: enabler.name, measures: enabler.measures, metrics: enabler.metrics, statuses: [] };
      if (statusText) entry.statuses.push({ round: round.key, text: statusText });
      enablers.set(enabler.position, entry);
    }
  }
  return {
    municipality: { slug: municipality.slug, name: municipality.name },
    programme,
    actions: [...byRef.values()],
    enablers: [...enablers.values()].sort((a, b) => a.position - b.position),
    ideas: await listPublishedIdeaDetails(ctx),
  };
}
