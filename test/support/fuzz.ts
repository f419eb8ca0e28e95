/**
 * Values that broke requests before, for property-based tests of every route (fast-check): NUL,
 * numbers past 32 bits, CR/LF, invalid percent-encoding, lone surrogates, backslashes and other ways
 * to leave the site.
 */
import fc from 'fast-check';

export const NUMBER_EDGES = ['0', '-1', '2147483648', '-2147483649', '9007199254740993', '1e309'];

export const HOSTILE = [
  '%00', 'a%00b', '\u0000', '2147483648', '-2147483649', '99999999999999999999999', 'NaN', '%0d%0a',
  '%0D%0ALocation:%20//evil.example', '%', '%2', '%zz', '%e4', '%c3%28', '%ed%a0%80', '%f4%90%80%80', '%ff%fe',
  '\\evil.example', '%5Cevil.example', '%5C%5Cevil.example', '/%5Cevil.example', '//evil.example', '%2F%2Fevil.example',
  'https:%2F%2Fevil.example', '..', '%2e%2e', '..%2f..%2fpackage.json', '%2e%2e%5c%2e%2e%5c', 'ä', 'Borgå', '%C3%A4', '𝔘',
  '%F0%9D%94%98', '\u202e', '%E2%80%AE', '%EF%BB%BF', '+', '%20', "'", '"', '<script>', '&#0;', '&#99999999;',
  'x'.repeat(3000), '1.1.1', '-1.-1', ' 1', '1,2',
];

/** Text in any of the forms a request can carry it: as is (the URL parser encodes or drops what it must) or encoded. */
export function anyText(): fc.Arbitrary<string> {
  const text = fc.string({ unit: 'binary', maxLength: 24 });
  return fc.oneof(
    text,
    text.map((value) => {
      try {
        return encodeURIComponent(value);
      } catch {
        return value; // A lone surrogate: sent as is.
      }
    }),
  );
}

export interface Parameter {
  /** Values that mean something (an enum, the document's example, the demo's data). */
  valid: string[];
  /** Values at the edge of what the parameter's type holds. */
  edges: string[];
}

export function hostileValue(parameter: Parameter): fc.Arbitrary<string> {
  return fc.oneof(
    ...(parameter.edges.length ? [{ weight: 4, arbitrary: fc.constantFrom(...parameter.edges) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: anyText() },
  );
}
