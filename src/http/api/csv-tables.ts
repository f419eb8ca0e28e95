/**
 * The API's JSON flattened into CSV tables: one row per programme or action, a column per language
 * for every text, lists joined by spaces. Built from the JSON presentation, so CSV cannot show
 * anything the JSON does not.
 */
import { ACTION_STATES } from '../../domain/action.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { toCsv, type CsvValue } from '../../io/csv.ts';
import type { ActionJson, LocalizedTextJson, ProgrammeJson } from './schemas.ts';

/** Columns named `${prefix}_${key}`, e.g. name_fi, name_sv, name_en. */
function columnsPer<Prefix extends string, Key extends string>(prefix: Prefix, keys: readonly Key[]) {
  return keys.map((key) => `${prefix}_${key}` as const);
}

function cellsPer<Prefix extends string, Key extends string>(
  prefix: Prefix,
  keys: readonly Key[],
  valueOf: (key: Key) => CsvValue,
): Record<`${Prefix}_${Key}`, CsvValue> {
  return Object.fromEntries(keys.map((key) => [`${prefix}_${key}`, valueOf(key)])) as Record<`${Prefix}_${Key}`, CsvValue>;
}

const textCells = <Prefix extends string>(prefix: Prefix, text: LocalizedTextJson | null | undefined) =>
  cellsPer(prefix, LANGUAGES, (lang) => text?.[lang] ?? null);

const programmeColumns = [
  'slug',
  ...columnsPer('name', LANGUAGES),
  'period_start',
  'period_end',
  'cost_code',
  'rounds',
  'latest_round',
  'action_count',
  ...columnsPer('actions', ACTION_STATES),
] as const;

export function programmesCsv(programmes: ProgrammeJson[]): string {
  return toCsv(
    programmeColumns,
    programmes.map((programme) => ({
      slug: programme.slug,
      ...textCells('name', programme.name),
      period_start: programme.period.start,
      period_end: programme.period.end,
      cost_code: programme.costCode,
      rounds: programme.rounds.map((round) => round.key).join(' '),
      latest_round: programme.latestRound?.key ?? null,
      action_count: programme.actionCount,
      ...cellsPer('actions', ACTION_STATES, (state) => programme.stateCounts[state]),
    })),
  );
}

const actionColumns = [
  'id',
  'section',
  ...columnsPer('name', LANGUAGES),
  'years',
  'co_funded',
  ...columnsPer('co_funded_part', LANGUAGES),
  'round',
  'state',
  'state_inferred',
  'traffic_light',
  ...columnsPer('status', LANGUAGES),
] as const;

export function actionsCsv(actions: ActionJson[]): string {
  return toCsv(
    actionColumns,
    actions.map((action) => ({
      id: action.id,
      section: action.section.position,
      ...textCells('name', action.name),
      years: action.years.join(' '),
      co_funded: action.coFunded,
      ...textCells('co_funded_part', action.coFundedPart),
      round: action.status?.round ?? null,
      state: action.status?.state ?? null,
      state_inferred: action.status?.stateInferred ?? null,
      traffic_light: action.status?.trafficLight ?? null,
      ...textCells('status', action.status?.text),
    })),
  );
}
