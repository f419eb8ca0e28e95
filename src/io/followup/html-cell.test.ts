import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellItems } from './html-cell.ts';

describe('the items of an HTML cell', () => {
  it('reads real list items, paragraphs and line breaks in document order', () => {
    expect(cellItems('<p>Intro</p><ul><li>One</li><li>Two &amp; three</li></ul>Tail<br>End')).toEqual(['Intro', 'One', 'Two & three', 'Tail', 'End']);
  });

  it('splits a flattened list at its bullets, or where a capitalised word begins an item', () => {
    expect(cellItems('<ul style="list-style-type: none">• Den övergripande arkitekturen beskrivs (nuläge vs målet)• Vi skapar informationspolitik')).toEqual([
      'Den övergripande arkitekturen beskrivs (nuläge vs målet)',
      'Vi skapar informationspolitik',
    ]);
    expect(cellItems('<ul> Kuvataan X Luodaan Y ja Z # kurssit</ul>')).toEqual(['Kuvataan X', 'Luodaan Y ja Z', '# kurssit']);
  });

  it('decodes named and numeric entities', () => {
    expect(cellItems('R&amp;D &ndash; &#228;&#xE5; &hellip;')).toEqual(['R&D – äå …']);
  });

  it('reads a megabyte of unclosed or nested tags in one pass', () => {
    // The old regular expressions took seconds on 100 KB of these; each must now finish at once.
    const megabyte = 1024 * 1024;
    const adversarial = ['<ul>', '<p>', '<ul x', '<li>', '</ul><ul>', '<p <ul', '&#', '<!--'].map((piece) => piece.repeat(Math.ceil(megabyte / piece.length)));
    for (const cell of adversarial) expect(Array.isArray(cellItems(`${cell}Loppu`))).toBe(true);
    expect(cellItems(`${'<ul>'.repeat(megabyte / 4)}Loppu`)).toEqual(['Loppu']);
  });

  it('never throws and never keeps markup brackets of the tags it read, whatever the cell', () => {
    const piece = fc.constantFrom('<ul>', '</ul>', '<ol>', '<li>', '<p>', '</p>', '<br>', '<b>', '• ', ' Sana', ' sana', '&amp;', '&#0;', '&#xD800;', '&#99999999;', '\u0000');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (pieces) => {
      const items = cellItems(pieces.join(''));
      for (const item of items) expect(item).not.toMatch(/<(ul|ol|li|p|br|b)>/);
    }));
  });
});
