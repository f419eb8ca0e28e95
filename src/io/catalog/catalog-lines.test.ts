import { describe, expect, it } from 'vitest';
import { isEndedLine, isReferenceLine, isTitleLike, partnersOf, readTitle, urlsIn } from './catalog-lines.ts';

describe('the kinds of catalog line', () => {
  it('knows every spelling of the ended marker on its own line', () => {
    for (const line of ['HANKE ON PÄÄTTYNYT.', 'HANKE ON PÄÄTTYNYT', 'HANKE PÄÄTTYNYT', 'Hanke päättynyt.', 'hanke on päättynyt', 'PROJEKTET HAR AVSLUTATS.', 'Projektet avslutats']) {
      expect(isEndedLine(line), line).toBe(true);
    }
    expect(isEndedLine('Hanke on päättynyt, mutta työ jatkuu.')).toBe(false);
  });

  it('reads a title without its number and with the ended marker written into it', () => {
    expect(readTitle('12. Digiturvalla tulevaan')).toEqual({ title: 'Digiturvalla tulevaan', ended: false });
    expect(readTitle('Kunta-Akkuna-hanke (HANKE ON PÄÄTTYNYT)')).toEqual({ title: 'Kunta-Akkuna-hanke', ended: true });
    expect(readTitle('Digikokous 3.0')).toEqual({ title: 'Digikokous 3.0', ended: false });
  });

  it('tells a title from a sentence', () => {
    expect(['Digikokous 3.0', 'Etäisyyttä Exceliin yhteistyöllä!', '#kyllä, jokainen ovi on oikea -kehittämishanke'].map(isTitleLike)).toEqual([true, true, true]);
    expect(['Hankkeen tuotokset:', 'Hanke alkoi. Se päättyi', 'Tämä on lause.', ''].map(isTitleLike)).toEqual([false, false, false, false]);
  });

  it('finds partner lists after "Muut kunnat:" and "Mukana", not in sentences', () => {
    expect(partnersOf('Muut kunnat: Espoo, Oulu, Turku')).toBe('Espoo, Oulu, Turku');
    expect(partnersOf('Mukana Inarin kunta, Savukosken kunta, Lapin liitto')).toBe('Inarin kunta, Savukosken kunta, Lapin liitto');
    expect(partnersOf('Mukana on viisi kuntaa, jotka kehittävät palveluja.')).toBeNull();
    expect(partnersOf('Hankkeessa mukana olevat kunnat')).toBeNull();
  });

  it('finds links and lines that only point to a site', () => {
    expect(urlsIn('Materiaalit: https://www.avoindata.fi/data/dataset/x. Katso myös www.kurob.fi')).toEqual(['https://www.avoindata.fi/data/dataset/x', 'www.kurob.fi']);
    expect(['www.lampio.fi', 'Hankkeen nettisivut', 'Lisää hankkeesta voit lukea täältä.', 'Kaikki hankkeen tuotokset löytyvät DigiBag-sivustolta.'].map(isReferenceLine)).toEqual([true, true, true, true]);
    expect(['Hankkeen tuotokset:', 'Järvenpäässä kuntalaisnäkymä tulee toimimaan Oma Järvenpää asiointisivuston kautta, josta löytyvät Anna palautetta -osiot.'].map(isReferenceLine)).toEqual([false, false]);
  });
});
