/**
 * Response compression (@fastify/compress): brotli or gzip, whichever the client prefers, for
 * every text answer — GraphQL JSON, GeoJSON, CSV, OpenAPI, HTML, JS and CSS — and for vector
 * tiles (protobuf with repeated keys and values; gzip roughly halves them). Small answers
 * (under 1 KB) are sent as they are: compressing them costs more than it saves.
 * Compressed request bodies (gzip, deflate, br) are inflated before parsing, and the 2 MB body
 * limit counts the inflated bytes, so a small compressed bomb is still refused with 413.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// mime-db's "compressible" list plus what it does not know: GeoJSON, OpenAPI JSON and MVT.
const COMPRESSIBLE =
  /^(text\/|application\/(json|geo\+json|javascript|xml|vnd\.oai\.openapi\+json|vnd\.mapbox-vector-tile)|image\/svg\+xml)/;

async function compress(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip', 'deflate'],
    customTypes: COMPRESSIBLE,
    requestEncodings: ['gzip', 'deflate', 'br'],
  });
}

export default fp(compress, { name: 'rp-compress' });
