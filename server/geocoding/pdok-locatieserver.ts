/**
 * PDOK Locatieserver client (free search, v3.1). Request building and response parsing are
 * pure functions so they are tested without a network, against a response we construct
 * ourselves in the tests (labelled there). The client waits at least minIntervalMs between
 * requests (rate limit) and gives up after timeoutMs; a network failure counts as "not found"
 * for that address and switches the client off for the rest of the run (offline).
 */
import type { AddressQuery, GeocodeResult, Geocoder } from './geocoder.js';

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface PdokOptions {
  baseUrl: string;
  minIntervalMs: number;
  timeoutMs?: number;
  fetch?: FetchLike;
  /** Minimum Locatieserver score to accept a match. */
  minScore?: number;
}

export function buildLocatieserverUrl(baseUrl: string, query: AddressQuery): string {
  const params = new URLSearchParams({
    q: `${query.address} ${query.city}`.trim(),
    fq: 'type:adres',
    rows: '1',
    fl: 'weergavenaam,centroide_ll,gemeentecode,type,score',
  });
  return `${baseUrl}?${params.toString()}`;
}

/** The first document of type adres, if it carries a WGS84 point; null otherwise. */
export function parseLocatieserverResponse(body: unknown, minScore = 0): GeocodeResult | null {
  const docs = (body as { response?: { docs?: unknown[] } })?.response?.docs;
  if (!Array.isArray(docs) || docs.length === 0) return null;
  const doc = docs[0] as {
    weergavenaam?: string;
    centroide_ll?: string;
    gemeentecode?: string;
    type?: string;
    score?: number;
  };
  if (doc.type !== undefined && doc.type !== 'adres') return null;
  if (typeof doc.score === 'number' && doc.score < minScore) return null;
  const point = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/.exec(doc.centroide_ll ?? '');
  if (!point) return null;
  const gemeente = /^\d{1,4}$/.test(doc.gemeentecode ?? '') ? `GM${doc.gemeentecode!.padStart(4, '0')}` : null;
  return { lon: Number(point[1]), lat: Number(point[2]), gemeenteCode: gemeente, label: doc.weergavenaam ?? '' };
}

export class PdokLocatieserver implements Geocoder {
  readonly name = 'pdok-locatieserver';
  private lastRequest = 0;
  private offline = false;

  constructor(private readonly options: PdokOptions) {}

  get isOffline(): boolean {
    return this.offline;
  }

  async geocode(query: AddressQuery): Promise<GeocodeResult | null> {
    if (this.offline) return null;
    const wait = this.lastRequest + this.options.minIntervalMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastRequest = Date.now();
    const fetchFn = this.options.fetch ?? (globalThis.fetch as unknown as FetchLike);
    try {
      const response = await fetchFn(buildLocatieserverUrl(this.options.baseUrl, query), {
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return null;
      return parseLocatieserverResponse(await response.json(), this.options.minScore ?? 0);
    } catch {
      this.offline = true;
      return null;
    }
  }
}
