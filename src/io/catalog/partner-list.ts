/**
 * Splits a list of partners as the catalog writes it: "Espoo, Oulu ja Turku", "… ja Vieremä sekä
 * Ylä-Savon SOTE kuntayhtymä", "Vörå kommun, … samt Korsnäs kommun", and a joint authority with its
 * members in brackets: "KuusSote (Kuntayhtymän kuntia: Alavus, Kuortane, Soini, Ähtäri)".
 */

export interface PartnerName {
  written: string;
  memberOf?: string;
}

// "ja"/"sekä"/"och"/"samt" between names; not after a hyphen, where it joins a compound: "sosiaali- ja terveys…".
const CONJUNCTION = /(?<!-)\s+(?:ja|sekä|och|samt)\s+/u;

/** Commas outside brackets separate the items. */
function topLevelItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  return [...items, current];
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[\s.;]+|[\s.;]+$/g, '');

export function splitPartnerList(text: string): PartnerName[] {
  return topLevelItems(text).flatMap((item): PartnerName[] => {
    const bracket = /^(.*?)\((.*)\)\s*$/su.exec(item);
    if (bracket) {
      const group = tidy(bracket[1]!);
      // The members may follow a label: "Kuntayhtymän kuntia: …".
      const members = bracket[2]!.replace(/^[^:,]*:/u, '');
      const memberNames = splitPartnerList(members).map(({ written }) => (group ? { written, memberOf: group } : { written }));
      return [...(group ? [{ written: group }] : []), ...memberNames];
    }
    return item.split(CONJUNCTION).map(tidy).filter(Boolean).map((written) => ({ written }));
  });
}
