/**
 * A planner record's source: a link when a browser can open it, else plain text — the demo
 * data's urn:rijkspresentie:… is a label, not an address, and a link to it would open nothing.
 */
import { isWebSource } from './fields.js';

export function SourceRef({ source }: { source: string | null | undefined }) {
  if (!source) return <span className="rp-hint">geen bron</span>;
  if (isWebSource(source)) {
    let host = source;
    try {
      host = new URL(source).host;
    } catch {
      // Shown as given.
    }
    return (
      <a href={source} target="_blank" rel="noopener noreferrer">
        bron<span className="rp-sr-only"> (opent in nieuw venster: {host})</span>
      </a>
    );
  }
  const demo = source.startsWith('urn:rijkspresentie:');
  return (
    <span data-testid="bron-tekst" title={source}>
      {demo ? 'bron: fictieve voorbeelddata (geen webadres)' : `bron: ${source}`}
    </span>
  );
}
