/**
 * Every request has a time limit. A request still running after `ms` is answered 503 TIMEOUT
 * (typed, with our headers) and its work abandoned. A request whose body is still arriving then
 * (a slow or stalled upload) also loses its connection: the answer says `Connection: close` and
 * the socket is destroyed once it is written, so a slow client cannot hold sockets open.
 * server.ts adds Node's own requestTimeout/headersTimeout as the backstop for the same case.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, MESSAGES } from '../common/public-error.js';
import { sendPublicError } from './errors.js';

export function requestTimeout(ms: number) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const timer = setTimeout(() => {
      if (reply.sent) return;
      const bodyIncomplete = !request.raw.complete;
      if (bodyIncomplete) {
        reply.header('connection', 'close');
        reply.raw.once('finish', () => request.raw.socket?.destroy());
      }
      sendPublicError(
        request,
        reply,
        new HttpError({ status: 503, code: 'TIMEOUT', message: MESSAGES.requestTimeout(ms / 1000) }),
      );
    }, ms);
    reply.raw.once('close', () => clearTimeout(timer));
    done();
  };
}
