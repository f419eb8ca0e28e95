/** The mail a sender of an idea receives: the receipt and the steering group's decision, in the idea's language. */
import type { IdeaDecision } from '../domain/idea.ts';
import type { Lang } from '../domain/language.ts';
import { formatDay } from './staff/round-mail.ts';

export interface DecisionMail {
  ref: string;
  title: string;
  decision: IdeaDecision;
  reason: string;
  /** "YYYY-MM-DD", the meeting. */
  decidedOn: string;
  link: string;
}

const fi = {
  receiptSubject: (ref: string) => `Ideasi on vastaanotettu (${ref})`,
  receiptBody: (m: { ref: string; title: string; link: string }) => [
    'Kiitos ideastasi!',
    '',
    `Ideasi "${m.title}" on vastaanotettu tunnuksella ${m.ref}.`,
    'Tarkistamme sen ennen kuin se julkaistaan. Digiohjelman ohjausryhmä arvioi ideat, ja kerromme päätöksestä tähän osoitteeseen.',
    '',
    `Julkaistun idean vaiheita voit seurata osoitteessa ${m.link}`,
    '',
    'Tähän viestiin ei voi vastata.',
  ].join('\n'),
  decisions: { accepted: 'hyväksytty tiekarttaan', parked: 'siirretty odottamaan', declined: 'hylätty' } as Record<IdeaDecision, string>,
  decisionSubject: (ref: string, decision: string) => `Ideasi ${ref} on ${decision}`,
  decisionBody: (m: DecisionMail, decision: string) => [
    `Digiohjelman ohjausryhmä käsitteli ideasi "${m.title}" (${m.ref}) kokouksessaan ${formatDay('fi', m.decidedOn)}.`,
    '',
    `Päätös: ideasi on ${decision}.`,
    ...(m.reason ? ['', `Perustelu: ${m.reason}`] : []),
    '',
    `Idean vaiheet: ${m.link}`,
    '',
    'Tähän viestiin ei voi vastata.',
  ].join('\n'),
};

type IdeaMail = typeof fi;

const sv: IdeaMail = {
  receiptSubject: (ref) => `Din idé har tagits emot (${ref})`,
  receiptBody: (m) => [
    'Tack för din idé!',
    '',
    `Din idé "${m.title}" har tagits emot med referensen ${m.ref}.`,
    'Vi granskar den innan den publiceras. Digiprogrammets ledningsgrupp bedömer idéerna, och vi meddelar beslutet till den här adressen.',
    '',
    `När idén har publicerats kan du följa den på ${m.link}`,
    '',
    'Det går inte att svara på det här meddelandet.',
  ].join('\n'),
  decisions: { accepted: 'godkänd för vägkartan', parked: 'satt på vänt', declined: 'avslagen' },
  decisionSubject: (ref, decision) => `Din idé ${ref} är ${decision}`,
  decisionBody: (m, decision) => [
    `Digiprogrammets ledningsgrupp behandlade din idé "${m.title}" (${m.ref}) på sitt möte ${formatDay('sv', m.decidedOn)}.`,
    '',
    `Beslut: din idé är ${decision}.`,
    ...(m.reason ? ['', `Motivering: ${m.reason}`] : []),
    '',
    `Idéns skeden: ${m.link}`,
    '',
    'Det går inte att svara på det här meddelandet.',
  ].join('\n'),
};

const en: IdeaMail = {
  receiptSubject: (ref) => `Your idea has been received (${ref})`,
  receiptBody: (m) => [
    'Thank you for your idea!',
    '',
    `Your idea "${m.title}" has been received with the reference ${m.ref}.`,
    'We review it before it is published. The digital programme\'s steering group evaluates ideas, and we will tell you its decision at this address.',
    '',
    `Once published, you can follow the idea at ${m.link}`,
    '',
    'Replies to this message are not read.',
  ].join('\n'),
  decisions: { accepted: 'accepted into the roadmap', parked: 'parked', declined: 'declined' },
  decisionSubject: (ref, decision) => `Your idea ${ref} has been ${decision}`,
  decisionBody: (m, decision) => [
    `The digital programme's steering group discussed your idea "${m.title}" (${m.ref}) at its meeting on ${formatDay('en', m.decidedOn)}.`,
    '',
    `Decision: your idea has been ${decision}.`,
    ...(m.reason ? ['', `Reason: ${m.reason}`] : []),
    '',
    `The idea's journey: ${m.link}`,
    '',
    'Replies to this message are not read.',
  ].join('\n'),
};

const catalogs: Record<Lang, IdeaMail> = { fi, sv, en };

export const ideaMail = (lang: Lang): IdeaMail => catalogs[lang];
