/**
 * A programme's open data as a Frictionless Data Package in one zip: CSV files (UTF-8, comma,
 * CRLF, the formula guard of io/csv.ts) described by datapackage.json (Table Schema: typed fields,
 * primary and foreign keys, the licence), and a README describing every file and column in Finnish,
 * Swedish and English. Texts are in long format: one row per language.
 */
import JSZip from 'jszip';
import { IDEA_STATES } from '../../domain/idea.ts';
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import { PACKAGE_TEXTS, type PackageField, type PackageResource } from '../../i18n/open-data.ts';
import type { ProgrammeData } from '../../services/open-data/programme-data.ts';
import { roundKey } from '../../services/rounds.ts';
// The day in Finland as YYYY-MM-DD, of any moment.
import { finnishToday } from '../../services/rounds/reminder-schedule.ts';
import { toCsv, type CsvValue } from '../csv.ts';

export const DEFAULT_LICENCE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };

type FieldType = 'string' | 'integer' | 'boolean' | 'date';

interface Field {
  name: string;
  type: FieldType;
  /** Its documentation, when another column shares it. */
  doc?: PackageField;
  required?: boolean;
  enum?: string[];
}

interface Resource {
  name: PackageResource;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: PackageResource; fields: string[] } }[];
  rows: Record<string, CsvValue>[];
}

const textRows = <Key extends Record<string, CsvValue>>(value: Partial<Record<Lang, string>>, key: Key) =>
  LANGUAGES.flatMap((lang) => (value[lang] ? [{ ...key, lang, text: value[lang] }] : []));

const listRows = (value: Partial<Record<Lang, string[]>>, key: Record<string, CsvValue>) =>
  LANGUAGES.flatMap((lang) => (value[lang] ?? []).map((text, index) => ({ ...key, lang, item: index + 1, text })));

function resources(data: ProgrammeData): Resource[] {
  const lang: Field = { name: 'lang', type: 'string', required: true, enum: [...LANGUAGES] };
  const ref: Field = { name: 'ref', type: 'string', required: true };
  const round: Field = { name: 'round', type: 'string', required: true };
  const idea: Field = { name: 'idea', type: 'string', required: true };
  return [
    {
      name: 'actions',
      fields: [ref, { name: 'section', type: 'integer', required: true }, { name: 'years', type: 'string' }, { name: 'co_funded', type: 'boolean', required: true }],
      primaryKey: ['ref'],
      rows: data.actions.map(({ item }) => ({ ref: item.ref, section: item.section.position, years: item.years.join(' '), co_funded: item.coFunded })),
    },
    {
      name: 'action_texts',
      fields: [ref, lang, { name: 'field', type: 'string', required: true, enum: ['name', 'co_funded_part'] }, { name: 'text', type: 'string', required: true }],
      primaryKey: ['ref', 'lang', 'field'],
      foreignKeys: [{ fields: ['ref'], reference: { resource: 'actions', fields: ['ref'] } }],
      rows: data.actions.flatMap(({ item }) => [
        ...textRows(item.name, { ref: item.ref, field: 'name' }),
        ...textRows(item.coFundedPart, { ref: item.ref, field: 'co_funded_part' }),
      ]),
    },
    {
      name: 'rounds',
      fields: [round, { name: 'year', type: 'integer', required: true }, { name: 'month', type: 'integer', required: true },
        { name: 'lang', type: 'string', doc: 'round_lang', required: true, enum: [...LANGUAGES] }],
      primaryKey: ['round'],
      rows: data.programme.rounds.map((r) => ({ round: roundKey(r), year: r.year, month: r.month, lang: r.lang })),
    },
    {
      name: 'statuses',
      fields: [ref, round, { name: 'state', type: 'string', required: true, enum: ['done', 'in_progress', 'not_advanced', 'postponed', 'abandoned', 'no_status'] },
        { name: 'state_inferred', type: 'boolean', required: true }, { name: 'traffic_light', type: 'string', enum: ['green', 'yellow', 'red'] }],
      primaryKey: ['ref', 'round'],
      foreignKeys: [
        { fields: ['ref'], reference: { resource: 'actions', fields: ['ref'] } },
        { fields: ['round'], reference: { resource: 'rounds', fields: ['round'] } },
      ],
      rows: data.actions.flatMap(({ item, statuses }) => statuses.map((status) => ({
        ref: item.ref, round: status.round.key, state: status.state, state_inferred: status.stateInferred, traffic_light: status.trafficLight,
      }))),
    },
    {
      name: 'status_texts',
      fields: [ref, round, lang, { name: 'text', type: 'string', required: true }],
      primaryKey: ['ref', 'round', 'lang'],
      foreignKeys: [{ fields: ['ref', 'round'], reference: { resource: 'statuses', fields: ['ref', 'round'] } }],
      rows: data.actions.flatMap(({ item, statuses }) => statuses.flatMap((status) => textRows(status.text, { ref: item.ref, round: status.round.key }))),
    },
    {
      name: 'enablers',
      fields: [{ name: 'position', type: 'integer', required: true }],
      primaryKey: ['position'],
      rows: data.enablers.map((enabler) => ({ position: enabler.position })),
    },
    {
      name: 'enabler_texts',
      fields: [{ name: 'position', type: 'integer', required: true }, { name: 'field', type: 'string', required: true, enum: ['name', 'measure', 'metric', 'status'] },
        { name: 'round', type: 'string', doc: 'enabler_round' }, lang, { name: 'item', type: 'integer', required: true }, { name: 'text', type: 'string', required: true }],
      primaryKey: ['position', 'field', 'round', 'lang', 'item'],
      foreignKeys: [
        { fields: ['position'], reference: { resource: 'enablers', fields: ['position'] } },
      ],
      rows: data.enablers.flatMap((enabler) => [
        ...textRows(enabler.name, { position: enabler.position, field: 'name', round: '' }).map((row) => ({ ...row, item: 1 })),
        ...listRows(enabler.measures, { position: enabler.position, field: 'measure', round: '' }),
        ...listRows(enabler.metrics, { position: enabler.position, field: 'metric', round: '' }),
        ...enabler.statuses.flatMap((status) => listRows(status.text, { position: enabler.position, field: 'status', round: status.round })),
      ]),
    },
    {
      name: 'ideas',
      fields: [idea, { name: 'lang', type: 'string', doc: 'idea_lang', required: true, enum: [...LANGUAGES] },
        { name: 'state', type: 'string', doc: 'idea_state', required: true, enum: [...IDEA_STATES] }, { name: 'received', type: 'date', required: true },
        { name: 'decided_on', type: 'date' }, { name: 'action', type: 'string', doc: 'idea_action' }],
      primaryKey: ['idea'],
      foreignKeys: [{ fields: ['action'], reference: { resource: 'actions', fields: ['ref'] } }],
      rows: data.ideas.map((entry) => ({
        idea: entry.ref, lang: entry.lang, state: entry.state, received: finnishToday(entry.createdAt), decided_on: entry.decidedOn ?? '',
        // Only an action of this package: one of another programme is in that programme's package.
        action: entry.action?.programmeSlug === data.programme.slug ? entry.action.ref : '',
      })),
    },
    {
      name: 'idea_texts',
      fields: [idea, lang, { name: 'field', type: 'string', doc: 'idea_field', required: true, enum: ['title', 'description', 'beneficiaries', 'decision_reason'] },
        { name: 'text', type: 'string', required: true }],
      primaryKey: ['idea', 'lang', 'field'],
      foreignKeys: [{ fields: ['idea'], reference: { resource: 'ideas', fields: ['idea'] } }],
      rows: data.ideas.flatMap((entry) => [
        ...textRows(entry.title, { idea: entry.ref, field: 'title' }),
        ...textRows(entry.description, { idea: entry.ref, field: 'description' }),
        ...textRows(entry.beneficiariesText, { idea: entry.ref, field: 'beneficiaries' }),
        ...textRows(entry.decisionReason, { idea: entry.ref, field: 'decision_reason' }),
      ]),
    },
  ];
}

const docOf = (field: Field): PackageField => field.doc ?? (field.name as PackageField);

function descriptor(data: ProgrammeData, all: Resource[]) {
  const place = data.municipality.name.fi ?? data.municipality.slug;
  return {
    profile: 'tabular-data-package',
    name: `${data.municipality.slug}-${data.programme.slug}`,
    title: `${place}: ${PACKAGE_TEXTS.title.en} ${data.programme.periodStart}–${data.programme.periodEnd}`,
    description: PACKAGE_TEXTS.intro.en,
    licenses: [DEFAULT_LICENCE],
    resources: all.map((resource) => ({
      name: resource.name.replaceAll('_', '-'),
      path: `${resource.name}.csv`,
      profile: 'tabular-data-resource',
      title: PACKAGE_TEXTS.resources[resource.name].en,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: resource.fields.map((field) => ({
          name: field.name,
          type: field.type,
          description: PACKAGE_TEXTS.fields[docOf(field)].en,
          ...(field.required || field.enum ? { constraints: { ...(field.required ? { required: true } : {}), ...(field.enum ? { enum: field.enum } : {}) } } : {}),
        })),
        primaryKey: resource.primaryKey,
        missingValues: [''],
        ...(resource.foreignKeys
          ? { foreignKeys: resource.foreignKeys.map((key) => ({ fields: key.fields, reference: { resource: key.reference.resource.replaceAll('_', '-'), fields: key.reference.fields } })) }
          : {}),
      },
    })),
  };
}

function readme(all: Resource[]): string {
  return LANGUAGES.flatMap((lang) => [
    `# ${PACKAGE_TEXTS.title[lang]}`, '', PACKAGE_TEXTS.intro[lang], '', `${PACKAGE_TEXTS.licence[lang]}: ${DEFAULT_LICENCE.title} (${DEFAULT_LICENCE.path})`, '',
    ...all.flatMap((resource) => [
      `## ${resource.name}.csv – ${PACKAGE_TEXTS.resources[resource.name][lang]}`, '',
      `| ${PACKAGE_TEXTS.column[lang]} | |`, '| --- | --- |',
      ...resource.fields.map((field) => `| ${field.name} | ${PACKAGE_TEXTS.fields[docOf(field)][lang]} |`), '',
    ]),
  ]).join('\n');
}

/** The package's files by name: each CSV, datapackage.json and README.md. */
export function dataPackageFiles(data: ProgrammeData): Record<string, string> {
  const all = resources(data);
  const files: Record<string, string> = {};
  for (const resource of all) {
    // No BOM: the package is for programs, which read UTF-8 as the descriptor says.
    files[`${resource.name}.csv`] = toCsv(resource.fields.map((field) => field.name), resource.rows).replace(/^\uFEFF/, '');
  }
  files['datapackage.json'] = `${JSON.stringify(descriptor(data, all), null, 2)}\n`;
  files['README.md'] = readme(all);
  return files;
}

export async function writeDataPackageZip(data: ProgrammeData): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(dataPackageFiles(data))) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
