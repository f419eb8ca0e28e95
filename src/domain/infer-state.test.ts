import { describe, expect, it } from 'vitest';
import { inferState } from './infer-state.ts';

describe('proposing a state from a status text', () => {
  it.each([
    ['Toteutettu 2020.', 'done'],
    ['Gjort 2020.', 'done'],
    ['Otettu käyttöön mobiilityöajanseuranta 2020.', 'done'],
    ['Uusi sovellus hankittu ja otettu onnistuneesti käyttöön useammalla toimialalla.', 'done'],
    ['Ei edistetty.', 'not_advanced'],
    ['Ei edistetä v 2022.', 'not_advanced'],
    ['Har inte framskridit.', 'not_advanced'],
    ['Haettu avustusta VM:ltä, mutta rahoitusta ei saatu.', 'not_advanced'],
    ['Selvitetty ja palataan asiaan tulevina vuosina.', 'postponed'],
    ['Åtgärden skjuts upp till 2024.', 'postponed'],
    ['Otettu käyttöön sähköinen allekirjoitus 2020. Työ jatkuu vuonna 2022.', 'in_progress'],
    ['Arbetet pågår.', 'in_progress'],
    ['Tehty määrittelytyötä osallistavan budjetoinnin osalta.', 'in_progress'],
    ['Päätettiin olla lähtemättä mukaan Tieran pilottiin.', 'abandoned'],
    ['', 'no_status'],
    ['   ', 'no_status'],
  ])('%s → %s', (text, state) => {
    expect(inferState(text)).toBe(state);
  });
});
