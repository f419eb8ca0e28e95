/**
 * `npm run build [-- OUT_DIR]`: the production build. Compiles src/ with tsc (tsconfig.build.json: the
 * `.ts` import paths become `.js`, JSX compiles for hono/jsx) into dist/ (or OUT_DIR), then copies every
 * other file the running code reads beside its module (migrations and their journal, assets), and
 * records the build's id, which changes whenever the sources do (it keys ETags across releases). The
 * result runs on plain Node with the production dependencies only; it reads demo/ from beside dist/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src');
const out = resolve(process.argv[2] ?? join(root, 'dist'));

const isCompiled = (name: string) => /\.tsx?$/.test(name);
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], { stdio: 'inherit' });

const hash = createHash('sha256').update(readFileSync(join(root, 'package.json')));
for (const file of filesUnder(source)) {
  const path = relative(source, file);
  if (isTest(path)) continue;
  hash.update(path).update(readFileSync(file));
  if (!isCompiled(path)) cpSync(file, join(out, path));
}
writeFileSync(join(out, 'build.json'), `${JSON.stringify({ buildId: hash.digest('base64url').slice(0, 12) })}\n`);
console.log(`Built into ${relative(process.cwd(), out) || '.'}`);
