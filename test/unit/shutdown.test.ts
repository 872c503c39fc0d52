/** Graceful shutdown without a database: in-flight requests finish, then resources are released. */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../server/http/shutdown.js';

describe('createShutdown', () => {
  it('lets a slow request finish, refuses new connections, and releases only afterwards', async () => {
    const events: string[] = [];
    const server = http.createServer((_req, res) =>
      setTimeout(() => {
        events.push('answered');
        res.end('klaar');
      }, 300),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const shutdown = createShutdown(server, { release: async () => void events.push('released') });
    // Shut down once the request is in (not after a fixed sleep: under load it may not have arrived).
    const arrived = once(server, 'request');
    const slow = fetch(url).then((r) => r.text());
    await arrived;
    const stopping = shutdown();
    expect(shutdown()).toBe(stopping); // idempotent: a second signal waits for the same drain
    expect(await slow).toBe('klaar');
    await stopping;
    expect(events).toEqual(['answered', 'released']);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('cuts connections that outlive the grace period', async () => {
    const server = http.createServer(() => {}); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const arrived = once(server, 'request');
    const hanging = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).catch((e: unknown) => e);
    await arrived;
    const started = Date.now();
    await createShutdown(server, { graceMs: 200 })();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});
