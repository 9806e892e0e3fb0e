import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import type { AppEnv } from './deps.js';

/** A running server: where it listens, and how to stop it. */
export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A problem starting to listen (the port is taken, the address is not this machine's): one line for the user. */
export class ListenError extends Error {
  override name = 'ListenError';
}

/** True for the names and addresses of the loopback interface, which only this machine reaches. */
export function isLoopback(host: string): boolean {
  return /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
}

/** Serves `app` over HTTP on `host:port` (port 0: any free port). */
export function listen(app: Hono<AppEnv>, host: string, port: number): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  // A slow client may not hold a connection open for long (slowloris): headers within 20 s.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const reason =
        e.code === 'EADDRINUSE'
          ? `port ${port} is in use; choose another with --port (0 picks a free one)`
          : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
            ? `${host} is not an address of this machine`
            : e.code === 'EACCES'
              ? `not allowed to listen on port ${port}; use a port above 1023`
              : e.message;
      reject(new ListenError(reason));
    });
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
