/**
 * `npm run bench`, in three parts (see bench/README.md):
 * 1. cached: each public page and API answer under load, as a ratio to a static server of the same bytes;
 * 2. uncached: the first action-list answer after each change, for a programme of 500 actions;
 * 3. scale (with BENCH_SERVER_URL, a PostgreSQL server): one municipality's answers at 1 and at 300
 *    municipalities, and the app's memory;
 * then in-process: catalog search, the follow-up report's formats, and the workspace's round work
 * (saving a status update, the round overview of 500 actions).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEachChange, underLoad } from './measure.ts';
import { startApp, startStatic } from './processes.ts';
import { cachedTable, loadLine, machineLine, scaleTable, uncachedLine, type CachedRow, type ScaleRow } from './report.ts';
import { GOALS, LARGE_PROGRAMME, SAMPLES_AFTER_CHANGE, SCALE, SCENARIOS } from './scenarios.ts';
import { actionListPath } from './generate.ts';
import { freshBenchDatabase } from './scale-database.ts';
import { catalogSearchLatency, catalogSearchLine } from './catalog-search.ts';
import { measureReports, reportsTable } from './reports.ts';
import { staffRoundsLatency, staffRoundsLines } from './staff-rounds.ts';

const resultsFolder = fileURLToPath(new URL('./results/', import.meta.url));

async function cachedAndUncached(): Promise<{ cached: CachedRow[]; uncached: { p50Ms: number; p95Ms: number } }> {
  const app = await startApp();
  try {
    const entries = await Promise.all(SCENARIOS.map(async ({ path }) => {
      const response = await fetch(app.origin + path);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      return { path, contentType: response.headers.get('content-type') ?? 'text/plain', body: await response.text() };
    }));
    const baseline = await startStatic(entries);
    const cached: CachedRow[] = [];
    try {
      for (const scenario of SCENARIOS) {
        process.stdout.write(`Cached: ${scenario.name} … `);
        const ours = await underLoad(app.origin, scenario.path);
        const staticCopy = await underLoad(baseline.origin, scenario.path);
        cached.push({ scenario, ours, staticCopy });
        console.log(`${(ours.requestsPerSecond / staticCopy.requestsPerSecond).toFixed(2)}× static`);
      }
    } finally {
      await baseline.stop();
    }
    process.stdout.write(`Uncached: generating a programme of ${LARGE_PROGRAMME.actions} actions … `);
    const [slug] = await app.generate(1, 1, LARGE_PROGRAMME);
    const uncached = await afterEachChange(app.origin, slug!, actionListPath(slug!), SAMPLES_AFTER_CHANGE);
    console.log(`p95 ${uncached.p95Ms.toFixed(1)} ms`);
    return { cached, uncached };
  } finally {
    await app.stop();
  }
}

async function scale(serverUrl: string): Promise<ScaleRow[]> {
  const url = await freshBenchDatabase(serverUrl);
  const app = await startApp(url);
  try {
    const shape = { actions: SCALE.actions, rounds: SCALE.rounds };
    const [first] = await app.generate(1, 1, shape);
    const path = actionListPath(first!);
    const measureAt = async (municipalities: number): Promise<ScaleRow> => {
      process.stdout.write(`Scale: ${municipalities} municipalities … `);
      const uncached = await afterEachChange(app.origin, first!, path, SAMPLES_AFTER_CHANGE);
      const cached = await underLoad(app.origin, path);
      const rssBytes = await app.rssBytes();
      console.log(`uncached p95 ${uncached.p95Ms.toFixed(1)} ms, cached p97.5 ${cached.latencyP975Ms} ms`);
      return { municipalities, uncachedP95Ms: uncached.p95Ms, cachedP975Ms: cached.latencyP975Ms, rssBytes };
    };
    const one = await measureAt(1);
    const others = await app.generate(2, SCALE.municipalities - 1, shape);
    // Every municipality's list is asked for once, so the cache holds as many answers as it will.
    for (const slug of others) await (await fetch(app.origin + actionListPath(slug))).arrayBuffer();
    return [one, await measureAt(SCALE.municipalities)];
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const header = `${machineLine()}\n${loadLine()}`;
  console.log(`${header}\n`);
  const { cached, uncached } = await cachedAndUncached();
  const serverUrl = process.env.BENCH_SERVER_URL;
  const scaled = serverUrl ? await scale(serverUrl) : null;
  process.stdout.write('Catalog search … ');
  const catalogSearch = catalogSearchLine(await catalogSearchLatency());
  console.log('done');
  const reports = await measureReports();
  process.stdout.write('Workspace rounds … ');
  const staffRounds = staffRoundsLines(await staffRoundsLatency());
  console.log('done');

  const report = [
    '# Benchmark results', '', `- Date: ${new Date().toISOString()}`, ...header.split('\n').map((line) => `- ${line}`), '',
    '## Cached answers as a ratio to a static server of the same bytes', '', cachedTable(cached), '',
    '## Uncached', '', uncachedLine(uncached), '',
    '## Catalog search', '', catalogSearch, '',
    '## Scale', '', scaled ? scaleTable(scaled) : 'Not measured: set BENCH_SERVER_URL to a PostgreSQL server (see bench/README.md).', '',
    '## Writing the follow-up report, as a ratio to its HTML', '', reportsTable(reports), '',
    '## Workspace rounds (uncached by nature)', '', ...staffRounds.split('\n').flatMap((line) => [line, '']),
  ].join('\n');
  console.log(`\n${report}`);
  await mkdir(resultsFolder, { recursive: true });
  await writeFile(`${resultsFolder}latest.md`, report);
  console.log(`Written to ${resultsFolder}latest.md`);

  const missed = [
    ...cached.filter((row) => row.ours.requestsPerSecond / row.staticCopy.requestsPerSecond < GOALS.cachedRatio).map((row) => row.scenario.name),
    ...(uncached.p95Ms > GOALS.uncachedP95Ms ? ['uncached action list'] : []),
  ];
  if (missed.length > 0) console.log(`Below the goal: ${missed.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
