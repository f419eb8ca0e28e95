#!/usr/bin/env node
// In production (NODE_ENV=production) runs the compiled build in dist/ (`npm run build`), which needs
// only the production dependencies; otherwise the TypeScript sources directly, through tsx's loader,
// so that development needs no build step and never runs a stale one.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);

if (process.env.NODE_ENV === 'production' && existsSync(built)) {
  process.setSourceMapsEnabled(true);
  await import(built.href);
} else {
  const tsx = await import('tsx/esm/api').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('tiekartta: no build to run. Run `npm run build` (and start with NODE_ENV=production), or install the development dependencies.');
    process.exit(1);
  });
  tsx.register();
  await import('../src/cli/main.ts');
}
