/**
 * A source as a short link ("tweedekamer.nl"). Sources that a browser cannot open (the government
 * documents beside the repository, cited as document:<file>) are shown as text with their title.
 */
import { WEB_SOURCE } from '../../../../common/sources.js';

export function SourceLink({ url, title }: { url: string; title?: string | null }) {
  if (!WEB_SOURCE.test(url)) return <span className="rp-source">{title ?? url}</span>;
  return (
    <a href={url} className="rp-source" title={title ?? undefined}>
      {sourceName(url)}
    </a>
  );
}

/** The host of a source URL, as a short link text ("tweedekamer.nl"). */
export function sourceName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
