import type { ActionState } from './action.ts';

/**
 * Proposes a follow-up state from a status text written in Finnish or Swedish. The result is a
 * suggestion (stored as inferred) for a person to confirm: reports say the same thing many ways.
 * Rules are tried in order; the first that matches wins. Words are delimited with (?<!\p{L}) and
 * (?!\p{L}), not \b, which takes ä and ö for word boundaries.
 */
const RULES: ReadonlyArray<readonly [ActionState, RegExp]> = [
  ['abandoned', /(?<!\p{L})(luovuttu|luovuttiin|hylätty|lopetettu|päätettiin olla lähtemättä|avslutad utan|slopad|slopats|avbruten|lagts ned)(?!\p{L})/iu],
  ['not_advanced', /(?<!\p{L})(ei (ole )?(edistetty|edistetä|edennyt|edetty)|ei toteutettu|ei käynnistetty|inte framskridit|har inte framskridit|ej framskridit|inte påbörjad|har inte påbörjats|rahoitusta ei saatu)/iu],
  ['postponed', /(?<!\p{L})(siirretty|siirtyy|lykätty|lykkääntyy|palataan asiaan|odottaa|skjuten|skjuts upp|har skjutits|framflyttad|väntar på)/iu],
  ['in_progress', /(?<!\p{L})(jatkuu|jatketaan|kehitetään|edistetään|käynnissä|aloitettu|kehittymässä|pågår|fortsätter|påbörjad|har påbörjats|under arbete)/iu],
  ['done', /(?<!\p{L})(toteutettu|toteutui|valmis|valmistunut|^tehty (?!määrittely)|otettu (\p{L}+ )?käyttöön|otettiin (\p{L}+ )?käyttöön|käyttöönotto tehty|on vaihdettu|saatettiin loppuun|päättynyt|gjort|genomförd|genomfört|klar|färdig|infört|införd|tagits i bruk|togs i bruk)/iu],
];

export function inferState(statusText: string): ActionState {
  const text = statusText.trim();
  if (text === '') return 'no_status';
  for (const [state, pattern] of RULES) if (pattern.test(text)) return state;
  return 'in_progress';
}
