/**
 * The demo's roadmap of the 2024–2026 programme. The programme document's action table (appendix 1) is
 * not in our copy, so the roadmap is the unfinished 2020–2023 actions taken over through the take-over
 * feature ("Osaa toimenpiteistä, joita ei saatu valmiiksi edellisen digiohjelmakauden aikana, edistetään
 * osana tätä digiohjelmaa"), recorded as the first version and approved with the city board's decision
 * of 22.01.2024 § 25 (the board decision, porvoo-board-decision-2024-01-22-fi.txt among the project's seeds).
 * The version's note says so on the public page.
 * Idempotent: once the approved first version is there, running again changes nothing.
 */
import type { Actor } from '../domain/actor.ts';
import { runWrite, type Store } from '../services/context.ts';
import { listTakeOverCandidates, takeOverActions } from '../services/roadmap/take-over.ts';
import { approveRoadmapVersion, listRoadmapVersions, refreshRoadmapVersion, startRoadmapVersion } from '../services/roadmap/versions.ts';

export const BOARD_APPROVAL_2024 = {
  decisionBody: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen', en: 'City Board' },
  decisionDate: '2024-01-22',
  decisionSection: '25',
  diaryNumber: '118/07.01.02/2024',
  note: {
    fi: 'Digiohjelman 2024–2026 liitteenä olevan tiekartan toimenpidetaulukko ei ole tämän palvelun käytössä olevassa aineistossa. Siksi tämä tiekartta koostuu digiohjelmasta 2020–2023 jatkuvista, keskeneräisistä toimenpiteistä; ohjelman mukaan osaa edellisellä kaudella valmistumatta jääneistä toimenpiteistä edistetään osana uutta ohjelmaa.',
    sv: 'Åtgärdstabellen i färdplanen som bifogats digitaliseringsprogrammet 2024–2026 finns inte i materialet som den här tjänsten har tillgång till. Därför består den här färdplanen av de oavslutade åtgärder som fortsätter från digitaliseringsprogrammet 2020–2023; enligt programmet drivs en del av de åtgärder som inte blev klara under den förra perioden vidare inom det nya programmet.',
    en: 'The action table of the roadmap appended to the digital programme 2024–2026 is not in the material this service has. This roadmap is therefore made of the unfinished actions continued from the digital programme 2020–2023; the programme says some actions not finished during the previous period are taken forward in the new one.',
  },
};

export interface DemoRoadmapSummary {
  takenOver: number;
  approvedVersion: number | null;
}

export async function loadDemoRoadmap(
  store: Store, actor: Actor, options: { municipality?: string; from?: string; to?: string } = {},
): Promise<DemoRoadmapSummary> {
  const { municipality = 'porvoo', from = 'digi-2020-2023', to = 'digi-2024-2026' } = options;
  return runWrite(store, { actor, municipality: { slug: municipality } }, async (ctx) => {
    const versions = await listRoadmapVersions(ctx, to);
    if (versions.some((version) => version.status === 'approved')) return { takenOver: 0, approvedVersion: null };
    // Unfinished: not done, and not given up either (an abandoned action does not continue).
    const candidates = (await listTakeOverCandidates(ctx, { from }))
      .filter((candidate) => candidate.state !== 'abandoned' && !candidate.continuedAs);
    const taken = candidates.length > 0
      ? (await takeOverActions(ctx, { programme: to, from, actionIds: candidates.map((candidate) => candidate.id) })).taken.length
      : 0;
    const draft = versions.find((version) => version.status === 'draft');
    const recorded = draft
      ? await refreshRoadmapVersion(ctx, { programme: to, number: draft.number, version: draft.version })
      : await startRoadmapVersion(ctx, { programme: to });
    const approved = await approveRoadmapVersion(ctx, { programme: to, number: recorded.number, version: recorded.version, approval: BOARD_APPROVAL_2024 });
    return { takenOver: taken, approvedVersion: approved.number };
  });
}
