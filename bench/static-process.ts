/**
 * The baseline: a plain Node HTTP server in a process of its own that answers each benchmarked path
 * with the very bytes and content type the app gave for it. What the app costs on top of this is
 * rendering, queries and its middleware.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticEntry {
  path: string;
  contentType: string;
  body: string;
}
export type ToStatic = { type: 'serve'; entries: StaticEntry[] };
export type FromStatic = { type: 'ready'; port: number };

process.once('message', (message: ToStatic) => {
  const byPath = new Map(message.entries.map((entry) => [entry.path, { ...entry, bytes: Buffer.from(entry.body) }]));
  const server = createServer((request, response) => {
    const entry = byPath.get(request.url ?? '');
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': entry.contentType, 'content-length': entry.bytes.length }).end(entry.bytes);
  });
  server.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (server.address() as AddressInfo).port } satisfies FromStatic));
  process.on('disconnect', () => server.close(() => process.exit(0)));
});
