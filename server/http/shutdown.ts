/**
 * Graceful shutdown: stop accepting connections, let in-flight requests finish (up to a grace
 * period), then release what the server holds (Apollo, the database) in that order — so no
 * request loses its database connection half-way.
 */
import type http from 'node:http';

export interface ShutdownOptions {
  /** After this long, connections still open are cut (ms). */
  graceMs?: number;
  /** Runs after the last request has finished: stop Apollo, close the database. */
  release?: () => Promise<void>;
  log?: (message: string) => void;
}

export function createShutdown(server: http.Server, options: ShutdownOptions = {}): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      options.log?.('Stoppen: geen nieuwe verbindingen; lopende verzoeken worden afgerond…');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections that become idle after their last response are closed as they go.
      const sweeper = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      const grace = setTimeout(() => {
        options.log?.('Stoppen: wachttijd voorbij; resterende verbindingen worden verbroken');
        server.closeAllConnections();
      }, options.graceMs ?? 10_000);
      try {
        await closed;
      } finally {
        clearInterval(sweeper);
        clearTimeout(grace);
      }
      await options.release?.();
    })();
    return closing;
  };
}
