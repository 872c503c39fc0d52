/**
 * A loopback TCP proxy in front of the test database, for fault tests: `stop()` drops every
 * connection and refuses new ones (what a database restart looks like to the service), `start()`
 * accepts again on the same port, and `delayMs` slows every packet towards the database so a
 * request stays in flight long enough to be caught by a shutdown.
 */
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** postgres:// URL of the target with host and port replaced by the proxy's. */
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  delayMs: number;
}

export async function createTcpProxy(targetUrl: string, options: { listening?: boolean } = {}): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const port = await freePort();
  const proxy: TcpProxy = {
    port,
    url: Object.assign(new URL(targetUrl), { host: `127.0.0.1:${port}` }).toString(),
    delayMs: 0,
    async start() {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => {
            sockets.delete(s);
            client.destroy();
            upstream.destroy();
          });
        }
        client.on('data', (chunk) =>
          proxy.delayMs ? setTimeout(() => upstream.write(chunk), proxy.delayMs) : upstream.write(chunk),
        );
        upstream.on('data', (chunk) => client.write(chunk));
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async stop() {
      const closing = server ? new Promise<void>((resolve) => server!.close(() => resolve())) : Promise.resolve();
      for (const s of sockets) s.destroy();
      sockets.clear();
      await closing;
      server = undefined;
    },
  };
  if (options.listening !== false) await proxy.start();
  return proxy;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
