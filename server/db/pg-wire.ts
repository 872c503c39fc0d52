/**
 * The few pieces of PostgreSQL's wire protocol (v3) that the embedded database's gateway speaks
 * itself, before it hands a connection to PGlite: reading the untyped start-up packets and the
 * typed messages of authentication, writing authentication requests and errors, and spotting
 * ReadyForQuery in what the server sends. Written by hand because no maintained library covers
 * the server side of authentication (pg-protocol is the client's side; pg-gateway 0.2 stopped in
 * 2024 and has no SCRAM); see https://www.postgresql.org/docs/current/protocol-message-formats.html
 */

export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;
/** PostgreSQL refuses larger start-up packets too (MAX_STARTUP_PACKET_LENGTH). */
const MAX_STARTUP_BYTES = 10_000;
/** Authentication messages are a few hundred bytes; anything larger is not one. */
const MAX_AUTH_MESSAGE_BYTES = 2_048;

export class ProtocolError extends Error {}

/** A start-up packet: its code (protocol version or a request code), its parameters and its bytes. */
export interface StartupPacket {
  code: number;
  parameters: Record<string, string>;
  raw: Buffer;
}

/**
 * Buffers what a client sends and hands it out message by message; `rest()` returns what came
 * after the last message taken (the client may already have sent its first query).
 */
export class MessageReader {
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  private ended = false;

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.wake();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  async startup(): Promise<StartupPacket> {
    const length = await this.int32At(0);
    if (length < 8 || length > MAX_STARTUP_BYTES) throw new ProtocolError('ongeldig opstartpakket');
    const raw = await this.take(length);
    const code = raw.readInt32BE(4);
    return { code, parameters: code >> 16 === 3 ? parseParameters(raw.subarray(8)) : {}, raw };
  }

  /** The body of the next message of the given type (e.g. 'p' for a password or SASL message). */
  async typed(type: string): Promise<Buffer> {
    await this.available(5);
    if (String.fromCharCode(this.buffer[0]!) !== type) throw new ProtocolError(`verwachtte bericht ${type}`);
    const length = this.buffer.readInt32BE(1);
    if (length < 4 || length > MAX_AUTH_MESSAGE_BYTES) throw new ProtocolError('ongeldige berichtlengte');
    return (await this.take(1 + length)).subarray(5);
  }

  rest(): Buffer {
    const rest = this.buffer;
    this.buffer = Buffer.alloc(0);
    return rest;
  }

  private async int32At(offset: number): Promise<number> {
    await this.available(offset + 4);
    return this.buffer.readInt32BE(offset);
  }

  private async take(bytes: number): Promise<Buffer> {
    await this.available(bytes);
    const taken = this.buffer.subarray(0, bytes);
    this.buffer = this.buffer.subarray(bytes);
    return taken;
  }

  private async available(bytes: number): Promise<void> {
    while (this.buffer.length < bytes) {
      if (this.ended) throw new ProtocolError('verbinding gesloten tijdens het aanmelden');
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }
}

function parseParameters(body: Buffer): Record<string, string> {
  const parts = body.toString('utf8').split('\0');
  const parameters: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) parameters[parts[i]!] = parts[i + 1]!;
  return parameters;
}

/** A backend message: type byte, int32 length (itself included), body. */
export function message(type: string, ...parts: (Buffer | string | number)[]): Buffer {
  const bytes = (part: Buffer | string | number) => (typeof part === 'number' ? int32(part) : Buffer.from(part));
  const body = Buffer.concat(parts.map(bytes));
  return Buffer.concat([Buffer.from(type, 'latin1'), int32(body.length + 4), body]);
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

/** ErrorResponse with severity FATAL: the client shows the message and the connection ends. */
export function fatal(code: string, text: string): Buffer {
  return message('E', 'SFATAL\0', 'VFATAL\0', `C${code}\0`, `M${text}\0`, '\0');
}

/** What MessageHeaders reports: each header, and optionally each message's body in parts. */
interface MessageVisitor {
  /** May stop the stream by returning why. */
  header(type: string, length: number): string | undefined;
  /** A piece of the current message's body; `complete` on its last piece. May stop the stream. */
  body?(part: Buffer, complete: boolean): string | undefined;
  /** The current message is complete; `offset`: where in the chunk it ended. May stop the stream. */
  end?(offset: number): string | undefined;
}

/**
 * Splits a stream of typed messages chunk by chunk: headers are read, bodies only handed on as
 * the slices that arrived, so large messages cost nothing extra.
 */
class MessageHeaders {
  private header = Buffer.alloc(0);
  private skip = 0;

  feed(chunk: Buffer, visitor: MessageVisitor): string | undefined {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - offset);
        this.skip -= n;
        const stop = visitor.body?.(chunk.subarray(offset, offset + n), this.skip === 0);
        if (stop) return stop;
        offset += n;
        const ended = this.skip === 0 ? visitor.end?.(offset) : undefined;
        if (ended) return ended;
        continue;
      }
      const need = 5 - this.header.length;
      this.header = Buffer.concat([this.header, chunk.subarray(offset, offset + need)]);
      offset += Math.min(need, chunk.length - offset);
      if (this.header.length < 5) return undefined;
      const length = this.header.readInt32BE(1);
      const stop = visitor.header(String.fromCharCode(this.header[0]!), length);
      if (stop) return stop;
      this.skip = length - 4;
      this.header = Buffer.alloc(0);
      const ended = this.skip === 0 ? visitor.end?.(offset) : undefined;
      if (ended) return ended;
    }
    return undefined;
  }
}

/**
 * Follows the messages a server sends and reports each ReadyForQuery's transaction status:
 * 'I' idle, 'T' in a transaction, 'E' in a failed transaction.
 */
export class ReadyForQueryWatcher {
  private readonly headers = new MessageHeaders();
  /** The body that follows is a ReadyForQuery's, not yet seen. */
  private ready = false;

  constructor(private readonly onReady: (status: string) => void) {}

  feed(chunk: Buffer): void {
    this.headers.feed(chunk, {
      header: (type, length) => void (this.ready = type === 'Z' && length === 5),
      body: (part) => {
        if (this.ready) this.onReady(String.fromCharCode(part[0]!));
        this.ready = false;
        return undefined;
      },
    });
  }
}

/**
 * PostgreSQL's own bounds on a client message's length (pqcomm.c): 10 000 bytes for the small
 * control messages, 1 GB for those that carry statements and data.
 */
const SMALL_MESSAGE_BYTES = 10_000;
const LARGE_MESSAGE_BYTES = 0x3fffffff;
/**
 * What a client may send once it is in: the simple and extended query protocol, the COPY
 * messages (PostgreSQL ignores them outside COPY … FROM, which the statement check refuses) and
 * Terminate. Not FunctionCall (F) nor another password message (p).
 */
const CLIENT_MESSAGES: Record<string, number> = {
  Q: LARGE_MESSAGE_BYTES,
  P: LARGE_MESSAGE_BYTES,
  B: LARGE_MESSAGE_BYTES,
  d: LARGE_MESSAGE_BYTES,
  E: SMALL_MESSAGE_BYTES,
  D: SMALL_MESSAGE_BYTES,
  C: SMALL_MESSAGE_BYTES,
  S: SMALL_MESSAGE_BYTES,
  H: SMALL_MESSAGE_BYTES,
  X: SMALL_MESSAGE_BYTES,
  c: SMALL_MESSAGE_BYTES,
  f: SMALL_MESSAGE_BYTES,
};

/** Why a client's message may not reach PGlite: an SQLSTATE and the text the client shows. */
export interface Refusal {
  code: string;
  message: string;
}

/** Judges the SQL text of a Query or Parse message; undefined lets it through. */
export type StatementCheck = (sql: string) => Refusal | undefined;

/**
 * Follows what a client sends after start-up and names the first message PGlite must never see:
 * an unknown type, or a length PostgreSQL would refuse. A real server ends such a connection
 * (FATAL 08P01); PGlite, one session for every connection, cannot end itself and spins forever
 * ("protocol synchronization was lost"), which stopped the embedded database for everyone.
 * Headers are read as in ReadyForQueryWatcher; only Query and Parse bodies are kept, for the
 * statement check (statements PGlite cannot survive, such as COPY … FROM STDIN).
 */
export class ClientMessageGuard {
  private readonly headers = new MessageHeaders();
  /** The body parts of the Query or Parse message being read; undefined for other messages. */
  private statement: Buffer[] | undefined;
  private type = '';
  /**
   * Inside the extended protocol (Parse, Bind, Describe, Execute, Close or Flush sent, no Sync
   * yet). PGlite's one session then waits for this client's Sync, after an error ignoring everyone
   * else's messages until it comes: the gateway sends it for a client that leaves without.
   */
  unsynced = false;
  /**
   * After check(): how many bytes of the chunk end at a message boundary, -1 if none does. The
   * gateway forwards only whole messages, so a statement is judged before any of it reaches
   * PGlite, and a Sync it sends for a departing client never lands inside a message.
   */
  boundary = -1;

  constructor(private readonly checkStatement: StatementCheck) {}

  /** undefined while every message in the chunk is acceptable; otherwise why it is not. */
  check(chunk: Buffer): Refusal | undefined {
    let refused: Refusal | undefined;
    const stop = (found: Refusal | undefined) => ((refused = found), found?.message);
    this.boundary = -1;
    this.headers.feed(chunk, {
      header: (type, length) => stop(this.onHeader(type, length)),
      body: (part, complete) => stop(this.onBody(part, complete)),
      end: (offset) => void this.onEnd(offset),
    });
    return refused;
  }

  private onHeader(type: string, length: number): Refusal | undefined {
    const problem = refusal(type, length);
    if (problem) return { code: '08P01', message: problem };
    this.type = type;
    this.statement = type === 'Q' || type === 'P' ? [] : undefined;
    return undefined;
  }

  private onBody(part: Buffer, complete: boolean): Refusal | undefined {
    if (!this.statement) return undefined;
    this.statement.push(part);
    if (!complete) return undefined;
    const body = Buffer.concat(this.statement);
    this.statement = undefined;
    return this.checkStatement(statementText(this.type, body));
  }

  /** `unsynced` follows whole messages only: the state of what has been forwarded so far. */
  private onEnd(offset: number): void {
    if (this.type === 'S') this.unsynced = false;
    else if ('PBDECH'.includes(this.type)) this.unsynced = true;
    this.boundary = offset;
  }
}

/** Query: the text, NUL-ended. Parse: the statement's name, then the text, each NUL-ended. */
function statementText(type: string, body: Buffer): string {
  const start = type === 'P' ? body.indexOf(0) + 1 : 0;
  const end = body.indexOf(0, start);
  return body.toString('utf8', start, end < 0 ? body.length : end);
}

function refusal(type: string, length: number): string | undefined {
  const max = Object.hasOwn(CLIENT_MESSAGES, type) ? CLIENT_MESSAGES[type]! : undefined;
  const code = type.charCodeAt(0);
  if (max === undefined) return `ongeldig protocolbericht: type ${code} wordt niet ondersteund`;
  if (length < 4 || length > max) return `ongeldig protocolbericht: lengte ${length} voor type ${type}`;
  return undefined;
}

/** Sync: ends an extended-protocol exchange; the server answers ReadyForQuery. */
export const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
