/**
 * Sharing and export: the URL already holds the view, so "Link kopiëren" copies it; the map
 * exports as PNG from its canvas (the map keeps its drawing buffer for this).
 */
import { useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

export function ShareExport({ getMap }: { getMap: () => MapLibreMap | undefined }) {
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
    map.once('render', () => {
      map.getCanvas().toBlob((blob) => {
        if (!blob) return setMessage('Exporteren als afbeelding lukte niet.');
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = 'rijkspresentie-kaart.png';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        setMessage('Kaart opgeslagen als PNG.');
      }, 'image/png');
    });
    map.triggerRepaint();
  };
  return (
    <div className="rp-share">
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>Link kopiëren</button>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={png}>Kaart als PNG</button>
      <p className="rp-hint" role="status" aria-live="polite">{message}</p>
    </div>
  );
}
