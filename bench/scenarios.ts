/** What the benchmark loads: the public pages and open data people actually hit, against one static baseline. */

export interface Scenario {
  name: string;
  path: string;
}

const programme = '/porvoo/fi/digi-2020-2023';
const api = '/api/v1/porvoo/programmes/digi-2020-2023';

export const ACTION_LIST_PATH = `${programme}/actions`;

/** The same HTML as the action list, but as a fixed string: what the server alone costs. */
export const BASELINE: Scenario = { name: 'baseline: static copy of the action list', path: '/__static-copy' };

export const SCENARIOS: readonly Scenario[] = [
  { name: 'action list page', path: ACTION_LIST_PATH },
  { name: 'action list page, text search', path: `${ACTION_LIST_PATH}?q=visualisointi` },
  { name: 'one action page', path: `${programme}/actions/1.1` },
  { name: 'API action list', path: `${api}/actions` },
  { name: 'API action list, text search', path: `${api}/actions?q=${encodeURIComponent('tekoäly')}` },
  { name: 'API action list as CSV', path: `${api}/actions.csv` },
];
