/**
 * Serving over HTTP with a graceful stop: on stop, the listener closes, idle keep-alive connections
 * are closed, requests in flight get to finish (their answers say `Connection: close`) until a
 * deadline, and only then are the remaining connections cut.
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Lifecycle {
  /** True once the process is stopping: /readyz says so and answers close their connections. */
  draining: boolean;
}

export interface RunningServer {
  port: number;
  /** Stops accepting, lets requests in flight finish within `deadlineMs`, then cuts what remains. */
  stop(deadlineMs: number): Promise<void>;
}

export function listen(listener: RequestListener, options: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = createServer(listener);
    server.listen(options.port, options.host);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        stop: (deadlineMs) => stopGracefully(server, deadlineMs),
      });
    });
  });
}

function stopGracefully(server: ReturnType<typeof createServer>, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearInterval(idleSweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
