import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a path of the test server does. */
export type Route =
  | { status?: number; type?: string | null; body?: string | Buffer; headers?: Record<string, string> }
  | { redirect: string; status?: number }
  | { hang: true }
  | { endless: string };

/** A server on 127.0.0.1 with fixed routes, for tests: no other network is ever used. */
export interface LocalServer {
  base: string;
  /** Paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1. Unknown paths answer 404. */
export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const hits: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.push(path);
    const route = routes[path];
    if (!route) {
      res.writeHead(404, 'Not Found', { 'content-type': 'text/plain' }).end('no such page');
      return;
    }
    if ('hang' in route) return; // never answers: the client's timeout must end it
    if ('redirect' in route) {
      res.writeHead(route.status ?? 302, { location: route.redirect }).end();
      return;
    }
    if ('endless' in route) {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from(route.endless.repeat(1000));
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      pump();
      return;
    }
    const headers: Record<string, string> = { ...(route.headers ?? {}) };
    if (route.type !== null) headers['content-type'] = route.type ?? 'text/html; charset=utf-8';
    res.writeHead(route.status ?? 200, headers).end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
