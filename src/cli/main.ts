/** The `tiekartta` command: start the product, import a follow-up report, write a round's report, add a municipality. */
import { parseArgs } from 'node:util';
import { cliMessages } from '../i18n/cli/index.ts';
import { printable } from '../io/followup/printable.ts';
import { errorForLog } from '../logger.ts';
import { addMunicipalityCommand } from './add-municipality.ts';
import { addUserCommand } from './add-user.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { CliError } from './cli-error.ts';
import { databaseLocation } from './database-location.ts';
import { importCatalogCommand } from './import-catalog.ts';
import { importFollowupCommand } from './import-followup.ts';
import { reportCommand } from './report.ts';
import { startCommand } from './start.ts';

const m = cliMessages();

async function run(argv: string[]): Promise<string | void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      municipality: { type: 'string' },
      programme: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      pairing: { type: 'string' },
      accept: { type: 'string' },
      'accept-confident': { type: 'boolean', default: false },
      slug: { type: 'string' },
      code: { type: 'string' },
      'name-fi': { type: 'string' },
      'name-sv': { type: 'string' },
      'name-en': { type: 'string' },
      languages: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      force: { type: 'boolean', default: false },
      round: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, subcommand, file] = positionals;
  if (values.help || !command) return m.usage;
  if (command === 'start') {
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(m.invalidOption('port', printable(String(values.port))));
    const deadline = Number(process.env.SHUTDOWN_DEADLINE_SECONDS ?? 10);
    return startCommand(m, {
      host: values.host ?? process.env.HOST ?? '127.0.0.1',
      port,
      data: values.data,
      demo: !values['no-demo'],
      shutdownDeadlineMs: (Number.isFinite(deadline) && deadline >= 0 ? deadline : 10) * 1000,
      trustProxy: ['1', 'true', 'yes'].includes((process.env.TRUST_PROXY ?? '').toLowerCase()),
    });
  }
  if (command === 'import' && subcommand === 'followup') {
    if (!file) throw new CliError(`${m.missingOption('file')}\n\n${m.usage}`);
    if (!values.municipality) throw new CliError(m.missingOption('municipality'));
    if (!values.programme) throw new CliError(m.missingOption('programme'));
    if (values.lang !== undefined && values.lang !== 'fi' && values.lang !== 'sv') throw new CliError(m.invalidOption('lang', printable(values.lang)));
    return importFollowupCommand(m, {
      file, municipality: values.municipality, programme: values.programme, lang: values.lang, json: values.json, dryRun: values['dry-run'], data: values.data,
      pairing: values.pairing, accept: values.accept, acceptConfident: values['accept-confident'],
    });
  }
  if (command === 'import' && subcommand === 'catalog') {
    if (!file) throw new CliError(`${m.missingOption('file')}\n\n${m.usage}`);
    return importCatalogCommand(m, { file, json: values.json, dryRun: values['dry-run'], data: values.data });
  }
  if (command === 'municipality' && subcommand === 'add') {
    return addMunicipalityCommand(m, {
      slug: values.slug, code: values.code, languages: values.languages, data: values.data,
      names: { fi: values['name-fi'], sv: values['name-sv'], en: values['name-en'] },
    });
  }
  if (command === 'user' && subcommand === 'add') {
    return addUserCommand(m, {
      municipality: values.municipality, email: values.email, name: values.name, lang: values.lang, role: values.role, data: values.data,
    });
  }
  if (command === 'backup' || command === 'restore') {
    if (!subcommand) throw new CliError(`${m.missingOption('file')}\n\n${m.usage}`);
    const options = { file: subcommand, force: values.force, location: databaseLocation(values.data) };
    return command === 'backup' ? backupCommand(m, options) : restoreCommand(m, options);
  }
  if (command === 'report' && (subcommand === undefined || subcommand === 'followup')) {
    return reportCommand(m, {
      municipality: values.municipality, programme: values.programme, round: values.round, lang: values.lang,
      format: values.format, out: values.out, data: values.data,
    });
  }
  throw new CliError(`${m.unknownCommand([command, subcommand].filter(Boolean).join(' '))}\n\n${m.usage}`);
}

run(process.argv.slice(2)).then(
  (output) => {
    if (output) console.log(output);
  },
  (error: unknown) => {
    console.error(error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : errorForLog(error));
    process.exitCode = 1;
  },
);
