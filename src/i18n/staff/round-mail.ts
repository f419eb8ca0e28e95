/** The reminder mail to action owners with missing updates, in the owner's language. */
import type { Lang } from '../../domain/language.ts';
import { LOCALES } from '../site/format.ts';

/** "31.3.2023", "31.3.2023", "31 March 2023". */
export function formatDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: lang === 'en' ? 'long' : 'numeric', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`));
}

export interface ReminderMail {
  name: string;
  round: string;
  /** "YYYY-MM-DD". */
  deadline: string;
  /** "4.11 Name of the action" per line. */
  actions: string[];
  link: string;
}

const fi = {
  subject: (round: string, deadline: string) => `Muistutus: ${round} – päivitä toimenpiteesi ${formatDay('fi', deadline)} mennessä`,
  body: (m: ReminderMail) => [
    `Hei ${m.name},`,
    '',
    `digiohjelman seurantakierros "${m.round}" on auki, ja näiden vastuullasi olevien toimenpiteiden tilanne puuttuu vielä:`,
    '',
    ...m.actions.map((action) => `- ${action}`),
    '',
    `Päivitä tilanne ${formatDay('fi', m.deadline)} mennessä työtilassa:`,
    m.link,
    '',
    'Tämä on automaattinen viesti Tiekartasta.',
  ].join('\n'),
};

type RoundMailMessages = typeof fi;

const sv: RoundMailMessages = {
  subject: (round, deadline) => `Påminnelse: ${round} – uppdatera dina åtgärder senast ${formatDay('sv', deadline)}`,
  body: (m) => [
    `Hej ${m.name},`,
    '',
    `uppföljningsomgången "${m.round}" av det digitala programmet är öppen, och lägesbeskrivningen saknas ännu för dessa åtgärder som du ansvarar för:`,
    '',
    ...m.actions.map((action) => `- ${action}`),
    '',
    `Uppdatera läget senast ${formatDay('sv', m.deadline)} på arbetsytan:`,
    m.link,
    '',
    'Detta är ett automatiskt meddelande från Tiekartta.',
  ].join('\n'),
};

const en: RoundMailMessages = {
  subject: (round, deadline) => `Reminder: ${round} – please update your actions by ${formatDay('en', deadline)}`,
  body: (m) => [
    `Hello ${m.name},`,
    '',
    `the follow-up round "${m.round}" of the digital programme is open, and the status of these actions you are responsible for is still missing:`,
    '',
    ...m.actions.map((action) => `- ${action}`),
    '',
    `Please update the status by ${formatDay('en', m.deadline)} in the workspace:`,
    m.link,
    '',
    'This is an automatic message from Tiekartta.',
  ].join('\n'),
};

export const roundMail: Record<Lang, RoundMailMessages> = { fi, sv, en };
