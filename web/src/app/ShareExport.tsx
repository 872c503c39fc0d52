/**
 * Sharing and export: the URL already holds the view, so "Link kopiëren" copies it; "Kaart als
 * PNG" saves a complete figure (export-figure.ts): title, peildatum, map, legend, dataset mark,
 * sources and attribution — never the bare canvas, so demo figures cannot leave unlabelled.
 */
import { useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { composeFigure, figureMetadata, withTextChunks, type FigureContent } from './export-figure.js';

interface Props {
  getMap: () => MapLibreMap | undefined;
  /** What the figure must say besides the map, as the page shows it now. */
  figure: () => FigureContent;
}

export function ShareExport({ getMap, figure }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage('Link naar deze weergave gekopieerd.');
    } catch {
      setMessage(`Kopiëren lukte niet; de link is: ${window.location.href}`);
    }
  };
  const png = () => {
    const map = getMap();
    if (!map) return setMessage('De kaart is nog niet geladen.');
    map.once('render', () => void save(map, figure()).then(setMessage));
    map.triggerRepaint();
  };
  return (
    <div className="rp-share">
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>
        Link kopiëren
      </button>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={png}>
        Kaart als PNG
      </button>
      <p className="rp-hint" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

async function save(map: MapLibreMap, content: FigureContent): Promise<string> {
  const canvas = composeFigure(map.getCanvas(), content, window.devicePixelRatio || 1);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return 'Exporteren als afbeelding lukte niet.';
  const url = URL.createObjectURL(await withTextChunks(blob, figureMetadata(content)));
  const a = document.createElement('a');
  a.href = url;
  a.download = content.demo ? 'rijkspresentie-kaart-fictieve-voorbeelddata.png' : 'rijkspresentie-kaart.png';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return 'Kaart opgeslagen als PNG, met titel, legenda, bronnen en bronvermelding.';
}
