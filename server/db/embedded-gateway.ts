/**
 * The only way in to the embedded database: a loopback TCP port that asks every connection for
 * the password (SCRAM-SHA-256, as PostgreSQL does) and only then joins it to PGlite's socket
 * server, which itself listens on a Unix socket in a folder only this user can enter.
 *
 * Why a gateway: @electric-sql/pglite-socket 0.2.11 has no authentication at all — it answers a
 * start-up packet with AuthenticationOk, whoever asks (PGlite itself accepts any user). Its Unix
 * socket alone would keep other users out, but neither QGIS on another desktop session nor the
 * service's pg connection string handle a socket path as simply as host, port and password.
 *
 * It also bounds what one session can do to everyone else. PGlite is a single session shared by
 * all connections; while one connection is in a transaction, every other connection's
 * statements (the API's included, even new connections' start-up) wait for it. PGlite does not
 * help here: statement_timeout is ignored, and idle_in_transaction_session_timeout or
 * transaction_timeout make the session hang the whole process once they fire (measured with
 * PGlite 0.5.8). So the gateway ends a connection that sits idle inside a transaction for longer
 * than idleInTransactionMs, as PostgreSQL's idle_in_transaction_session_timeout would; the
 * socket server then rolls the transaction back and the waiting statements run.
 *
 * For the same reason it lets through only well-formed messages (ClientMessageGuard): one
 * malformed message made PGlite spin for ever, and a client that left, or fell silent, in the
 * middle of the extended protocol after an error held every other connection until its Sync.
 * COPY … FROM (STDIN, as psql's \copy and ogr2ogr send it) and some session settings stopped it
 * too, or changed what every other connection reads: such statements end the session instead
 * (pglite-statements.ts).
 */
import net from 'node:net';
import {
  CANCEL_REQUEST,
  ClientMessageGuard,
  fatal,
  GSSENC_REQUEST,
  message,
  MessageReader,
  ProtocolError,
  ReadyForQueryWatcher,
  SSL_REQUEST,
  SYNC,
  type Refusal,
  type StartupPacket,
} from './pg-wire.js';
import { loadStatementCheck, refusedStatement } from './pglite-statements.js';
import { MECHANISM, ScramError, ScramExchange, scramVerifier, type ScramVerifier } from './scram.js';

export interface GatewayOptions {
  /** Loopback port to listen on; 0 lets the system choose. */
  port: number;
  password: string;
  /** Path of PGlite's socket server (a Unix socket in a private folder). */
  target: string;
  /** Authenticated connections at once: the one place that limits them (PGlite's worker does not). */
  maxSessions: number;
  /** End a connection idle inside a transaction for this long (ms). */
  idleInTransactionMs: number;
}

export interface Gateway {
  host: string;
  port: number;
  close(): Promise<void>;
}

export const GATEWAY_HOST = '127.0.0.1';
/** Time allowed from connecting to a proven password; PostgreSQL allows 60 s (authentication_timeout). */
const HANDSHAKE_MS = 10_000;
/** Connections still authenticating, at most: a flood of them cannot starve the service. */
const MAX_HANDSHAKES = 64;
const WRONG_PASSWORD = 'wachtwoord onjuist voor gebruiker "postgres"';
const TOO_MANY = 'te veel verbindingen met de ingebouwde database';
const IDLE_IN_TRANSACTION =
  'verbinding beëindigd: te lang inactief binnen een transactie (de transactie is teruggedraaid)';
const IDLE_UNSYNCED = 'verbinding beëindigd: te lang inactief midden in een opdracht (Sync bleef uit)';

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  await loadStatementCheck();
  const verifier = scramVerifier(options.password);
  const sessions = new Set<net.Socket>();
  const turn = new Turn();
  let handshakes = 0;
  const server = net.createServer((client) => {
    if (handshakes >= MAX_HANDSHAKES) return void client.destroy();
    handshakes += 1;
    admit(client, verifier, options, sessions, turn).finally(() => (handshakes -= 1));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, GATEWAY_HOST, () => resolve());
  });
  return {
    host: GATEWAY_HOST,
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sessions) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

type Sessions = Set<net.Socket>;

/**
 * Who may send to PGlite now. pglite-socket hands every connection's messages to PGlite's one
 * session in the order they arrive, so another connection's messages could run inside a client's
 * extended-protocol exchange (Parse … Sync over several writes): after that client's error PGlite
 * ignored them and the service read an empty answer as a result (helper probe, 7 December), and
 * their Sync would end the client's exchange. So a session whose exchange has begun but whose Sync
 * has not gone out holds the turn; the others wait in the gateway, start-up packets included.
 */
class Turn {
  private holder: object | undefined;
  private readonly waiting: (() => void)[] = [];

  mayGo(session: object): boolean {
    return this.holder === undefined || this.holder === session;
  }

  hold(session: object): void {
    this.holder = session;
  }

  /** Queues `resume` for when the turn is free. */
  wait(resume: () => void): void {
    this.waiting.push(resume);
  }

  /** `session` has sent its Sync, or left: the waiting sessions go, until one holds the turn. */
  release(session: object): void {
    if (this.holder !== session) return;
    this.holder = undefined;
    while (this.holder === undefined && this.waiting.length > 0) this.waiting.shift()!();
  }
}

async function admit(
  client: net.Socket,
  verifier: ScramVerifier,
  options: GatewayOptions,
  sessions: Sessions,
  turn: Turn,
): Promise<void> {
  const reader = new MessageReader();
  const onData = (chunk: Buffer) => reader.push(chunk);
  const ended = () => reader.end();
  client.on('data', onData).on('end', ended).on('close', ended).on('error', ended);
  const timer = setTimeout(() => client.destroy(), HANDSHAKE_MS);
  try {
    const startup = await authenticate(client, reader, verifier);
    if (!startup) return void client.end();
    if (sessions.size >= options.maxSessions) return void client.end(fatal('53300', TOO_MANY));
    client.off('data', onData);
    join(client, startup.raw, reader.rest(), options, { sessions, turn });
  } catch (error) {
    const refusal =
      error instanceof ScramError ? fatal('28P01', WRONG_PASSWORD) : fatal('08P01', (error as Error).message);
    if (!client.destroyed) client.end(refusal);
  } finally {
    clearTimeout(timer);
  }
}

/** The client's start-up packet once its password is proven; undefined for a cancel request. */
async function authenticate(
  client: net.Socket,
  reader: MessageReader,
  verifier: ScramVerifier,
): Promise<StartupPacket | undefined> {
  let startup = await reader.startup();
  // No TLS and no GSS encryption on a loopback port: answer "N" and let the client go on in plain.
  while (startup.code === SSL_REQUEST || startup.code === GSSENC_REQUEST) {
    client.write('N');
    startup = await reader.startup();
  }
  // PGlite has no backend process to signal: a cancel request is dropped, as its socket server does.
  if (startup.code === CANCEL_REQUEST) return undefined;
  if (startup.code >> 16 !== 3) throw new ProtocolError('alleen protocolversie 3 wordt ondersteund');
  client.write(message('R', 10, `${MECHANISM}\0\0`));
  const exchange = new ScramExchange(verifier);
  client.write(message('R', 11, exchange.first(saslInitial(await reader.typed('p')))));
  client.write(message('R', 12, exchange.final((await reader.typed('p')).toString('utf8'))));
  return startup;
}

/** SASLInitialResponse: mechanism name, then the length of the client's first message and the message. */
function saslInitial(body: Buffer): string {
  const end = body.indexOf(0);
  if (end < 0 || body.subarray(0, end).toString('utf8') !== MECHANISM) {
    throw new ProtocolError(`alleen ${MECHANISM} wordt ondersteund`);
  }
  const length = body.readInt32BE(end + 1);
  return body.subarray(end + 5, end + 5 + length).toString('utf8');
}

/** Joins an authenticated client to PGlite's socket server: its start-up packet first, then both ways. */
function join(
  client: net.Socket,
  startup: Buffer,
  rest: Buffer,
  options: GatewayOptions,
  shared: { sessions: Sessions; turn: Turn },
): void {
  const { sessions, turn } = shared;
  // Statements PGlite cannot survive, or that would change the shared session for everyone, end
  // the session (0A000) before they reach it. An ERROR that keeps the session would be kinder, but
  // it would have to fit between PGlite's answers to the client's earlier messages; a client
  // reconnects (psql does so by itself).
  const guard = new ClientMessageGuard(refusedStatement);
  const target = net.connect(options.target);
  // As PostgreSQL does (TCP_NODELAY): answers go out at once, not held back to fill a packet.
  client.setNoDelay(true);
  sessions.add(client);
  let idle: NodeJS.Timeout | undefined;
  const endIdle = () => {
    client.end(fatal('25P03', IDLE_IN_TRANSACTION));
    release();
  };
  let leaving = false;
  const watcher = new ReadyForQueryWatcher((status) => {
    clearTimeout(idle);
    if (leaving) return void target.destroy(); // the Sync sent for a departed client is through
    if (status !== 'I') idle = setTimeout(endIdle, options.idleInTransactionMs);
  });
  // A client that leaves inside the extended protocol (after an error, PGlite would ignore every
  // other connection until its Sync): send the Sync for it, and let go once PGlite has answered.
  const release = () => {
    // Whichever way a session ends (refused, idle, PGlite's side gone), it does not keep the turn.
    if (leaving || target.destroyed) return void turn.release(client);
    if (!sentUnsynced) {
      target.destroy();
      return void turn.release(client);
    }
    leaving = true;
    target.write(SYNC);
    turn.release(client);
    setTimeout(() => target.destroy(), options.idleInTransactionMs).unref();
  };
  const refuse = (problem: Refusal) => {
    client.end(fatal(problem.code, problem.message));
    release();
  };
  // A client silent in the middle of an exchange holds every other connection (the turn, and
  // PGlite waiting for its Sync): as with an idle transaction, it is ended after that long.
  const endUnsynced = () => {
    client.end(fatal('57P05', IDLE_UNSYNCED));
    release();
  };
  const awaitSync = () => {
    clearTimeout(idle);
    idle = setTimeout(endUnsynced, options.idleInTransactionMs);
  };
  // Only whole messages go to PGlite: `carry` is the start of one not yet complete, so a statement
  // is judged before any of it is sent. `sentUnsynced`: the exchange state of what has been sent.
  let carry: Buffer = Buffer.alloc(0);
  let sentUnsynced = false;
  // What the client sent, in order, until the turn lets it through. The start-up packet is `raw`:
  // untyped, so not for the guard (and the password is proven already).
  const pending: { bytes: Buffer; raw?: boolean }[] = [{ bytes: startup, raw: true }, { bytes: rest }];
  let waiting = false;
  const forward = () => {
    waiting = false;
    while (pending.length > 0 && !leaving && !client.destroyed && turn.mayGo(client)) {
      const { bytes, raw } = pending.shift()!;
      // Nothing PGlite would choke on gets through (ClientMessageGuard): the session ends instead.
      const problem = raw ? undefined : guard.check(bytes);
      if (problem) return refuse(problem);
      const upTo = raw ? bytes.length : guard.boundary;
      if (upTo < 0) {
        carry = Buffer.concat([carry, bytes]);
        continue;
      }
      if (!target.write(Buffer.concat([carry, bytes.subarray(0, upTo)]))) client.pause();
      carry = bytes.subarray(upTo);
      sentUnsynced = guard.unsynced;
      if (sentUnsynced) turn.hold(client);
      else turn.release(client);
    }
    if (leaving || client.destroyed) return;
    if (pending.length === 0) return void (sentUnsynced && awaitSync());
    client.pause();
    waiting = true;
    turn.wait(() => {
      forward();
      client.resume();
    });
  };
  target.on('data', (chunk: Buffer) => {
    watcher.feed(chunk);
    if (sentUnsynced && !leaving) awaitSync();
    if (!client.destroyed && !client.write(chunk)) target.pause();
  });
  client.on('drain', () => target.resume());
  client.on('data', (chunk: Buffer) => {
    clearTimeout(idle);
    pending.push({ bytes: chunk });
    if (!waiting) forward();
  });
  target.on('drain', () => client.resume());
  const close = () => {
    clearTimeout(idle);
    sessions.delete(client);
    client.destroy();
    release();
  };
  client.on('close', close).on('error', close);
  target.on('close', close).on('error', close);
  forward();
}
