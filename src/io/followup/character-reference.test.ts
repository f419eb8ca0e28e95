import { describe, expect, it } from 'vitest';
import { invalidCharacterReferences } from './character-reference.ts';

describe('numeric character references', () => {
  it('names those that mean no storable character', () => {
    expect(invalidCharacterReferences('&#99999999; &#0; &#xD800; &#xdfff; &#27; &#x7f; &#129; &#1')).toEqual([
      '&#99999999;', '&#0;', '&#xD800;', '&#xdfff;', '&#27;', '&#x7f;', '&#129;', '&#1',
    ]);
    expect(invalidCharacterReferences(`&#${'9'.repeat(400)};`)).toHaveLength(1);
  });

  it('accepts letters, whitespace and what HTML reads as Windows-1252 (&#150; is a dash)', () => {
    expect(invalidCharacterReferences('&#228; &#xE5; &#9; &#10; &#150; &#x1F600; &amp; & #0')).toEqual([]);
  });
});
