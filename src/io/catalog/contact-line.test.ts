import { describe, expect, it } from 'vitest';
import { parseContactLine } from './contact-line.ts';

const person = (name: string | null, organisation: string | null, email: string | null = null, phone: string | null = null) =>
  ({ name, organisation, email, phone });

describe('reading a contact line', () => {
  it('reads a name and the municipality after it', () => {
    expect(parseContactLine('Meri Vainio, Espoo')).toEqual([person('Meri Vainio', 'Espoo')]);
    expect(parseContactLine('Tuija-Liisa Soininen, Hämeenlinna')).toEqual([person('Tuija-Liisa Soininen', 'Hämeenlinna')]);
    expect(parseContactLine('Seija Kivelä, Porvoo (Porvoon kaupunginkirjasto)')).toEqual([person('Seija Kivelä', 'Porvoo (Porvoon kaupunginkirjasto)')]);
  });

  it('reads several people on one line', () => {
    expect(parseContactLine('Miia Kapanen ja Sirpa Mäntynen, Kouvola')).toEqual([person('Miia Kapanen', 'Kouvola'), person('Sirpa Mäntynen', 'Kouvola')]);
    expect(parseContactLine('Juuso Mikkonen, Lappeenranta ja Pekka Penttinen, Joensuu')).toEqual([person('Juuso Mikkonen', 'Lappeenranta'), person('Pekka Penttinen', 'Joensuu')]);
  });

  it('takes e-mail addresses and phone numbers out of the line', () => {
    expect(parseContactLine('jatehuoltoviranomainen(a)mikkeli.fi')).toEqual([person(null, null, 'jatehuoltoviranomainen@mikkeli.fi')]);
    expect(parseContactLine('Maija Meikäläinen, Loviisa, +358 40 123 4567')).toEqual([person('Maija Meikäläinen', 'Loviisa', null, '+358 40 123 4567')]);
    expect(parseContactLine('Maija Meikäläinen, maija@loviisa.fi, Loviisa')).toEqual([person('Maija Meikäläinen', 'Loviisa', 'maija@loviisa.fi')]);
  });

  it('refuses titles, sentences and links', () => {
    for (const line of ['#kyllä, jokainen ovi on oikea -kehittämishanke', 'Koko kunnan palaute-, aloite- ja osallistamispalvelu',
      'Päätöksenteon, kokousten ja tiedonhaun sähköistämisen valmennusohjelma', '2. OSKU, Osaava kunta, digitalisaatio-osaamisen kehittäminen keskiössä',
      'Open Agenda', 'hankkeen sivusto', 'Hankkeen nettisivut', 'Matti, Porvoo', 'Maija Meikäläinen, Loviisa. Soita.']) {
      expect(parseContactLine(line), line).toBeNull();
    }
  });
});
