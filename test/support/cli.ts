/** The real `tiekartta` command in a child process, as a person runs it, in the given language. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = new URL('../../bin/tiekartta.js', import.meta.url).pathname;

/** Its exit code and output; always over an embedded data folder (DATABASE_URL unset). */
export async function tiekartta(args: string[], lang = 'en', cwd?: string) {
  const env = { ...process.env, TIEKARTTA_LANG: lang, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
