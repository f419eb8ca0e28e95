/**
 * `npm run bench`: loads the public action list and the open data API and reports each as a ratio
 * to a static copy of the same page served by the same process in the same run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './bench-server.ts';
import { measure, type Measurement } from './measure.ts';
import { loadLine, machineLine, markdownReport, textTable } from './report.ts';
import { BASELINE, SCENARIOS, type Scenario } from './scenarios.ts';

const resultsFolder = fileURLToPath(new URL('./results/', import.meta.url));
const resultsFile = `${resultsFolder}latest.md`;

async function main(): Promise<void> {
  console.log(`${machineLine()}\n${loadLine()}\n`);
  const server = await startBenchServer();
  try {
    const baseline = await measureAndSay(server.origin, BASELINE);
    const measurements: Measurement[] = [];
    for (const scenario of SCENARIOS) measurements.push(await measureAndSay(server.origin, scenario));

    console.log(`\n${textTable(baseline, measurements)}\n`);
    await mkdir(resultsFolder, { recursive: true });
    await writeFile(resultsFile, markdownReport(baseline, measurements, new Date()));
    console.log(`Written to ${resultsFile}`);
  } finally {
    await server.close();
  }
}

async function measureAndSay(origin: string, scenario: Scenario): Promise<Measurement> {
  process.stdout.write(`Measuring ${scenario.name} (${scenario.path}) … `);
  const measurement = await measure(origin, scenario);
  console.log(`${measurement.requests} requests`);
  return measurement;
}

main().catch((error: unknown) => {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
