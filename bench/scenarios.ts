/** What the benchmark loads: the public pages and open data people actually hit. */

export interface Scenario {
  name: string;
  path: string;
}

const programme = '/porvoo/fi/digi-2020-2023';
const api = '/api/v1/porvoo/programmes/digi-2020-2023';

export const SCENARIOS: readonly Scenario[] = [
  { name: 'programme overview', path: `${programme}/` },
  { name: 'action list page', path: `${programme}/actions` },
  { name: 'action list page, text search', path: `${programme}/actions?q=visualisointi` },
  { name: 'one action page', path: `${programme}/actions/1.1` },
  { name: 'API action list', path: `${api}/actions` },
  { name: 'API action list, text search', path: `${api}/actions?q=${encodeURIComponent('tekoäly')}` },
  { name: 'API action list as CSV', path: `${api}/actions.csv` },
];

/** The goals of issue 5: cached answers at least half as fast as static bytes; uncached and scale bounds. */
export const GOALS = { cachedRatio: 0.5, uncachedP95Ms: 50, scaleRatio: 1.2 } as const;

/** The uncached measurement: a programme of 500 actions with eight rounds. */
export const LARGE_PROGRAMME = { actions: 500, rounds: 8 } as const;

/** The scale measurement: 300 municipalities × 100 actions × 8 rounds on a PostgreSQL server. */
export const SCALE = { municipalities: 300, actions: 100, rounds: 8 } as const;

export const SAMPLES_AFTER_CHANGE = 100;
