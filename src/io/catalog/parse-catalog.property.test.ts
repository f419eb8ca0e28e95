import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from './parse-catalog.ts';

// Lines shaped like the catalog's, so that the parser's every branch meets arbitrary neighbours.
const catalogLine = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('HANKE ON PÄÄTTYNYT.', 'PROJEKTET HAR AVSLUTATS.', 'Lisätietoja', 'Lisätietoja:', 'Tilläggsuppgifter:', 'Muut kunnat:', '', '- kohta', '1. Otsikko', 'www.esimerkki.fi'),
  fc.tuple(fc.constantFrom('Muut kunnat: ', 'Mukana ', 'Lisätietoja: ', 'Lisätietoja hankkeesta ', '2. ', '- ', 'a) '), fc.string({ maxLength: 60 })).map(([head, tail]) => head + tail),
  fc.tuple(fc.constantFrom('Maija Meikäläinen', 'Matti', '#kyllä'), fc.constantFrom('Porvoo', 'Lapin liitto', 'borgå', '(a)x.fi', '')).map(([name, place]) => `${name}, ${place}`),
);

describe('parsing arbitrary text', () => {
  it('never throws, and every line it names lies in the text', () => {
    fc.assert(fc.property(fc.array(catalogLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
      const { projects, problems } = parseCatalog(lines.join(newline));
      const lineCount = lines.length;
      for (const project of projects) {
        expect(project.line).toBeGreaterThanOrEqual(1);
        expect(project.lastLine).toBeLessThanOrEqual(lineCount);
        expect(project.line).toBeLessThanOrEqual(project.lastLine);
      }
      for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      for (const problem of problems) expect(problem.line).toBeLessThanOrEqual(lineCount);
    }), { numRuns: 500 });
  });

  it('never throws on any string at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      expect(() => parseCatalog(text)).not.toThrow();
    }), { numRuns: 500 });
  });
});
