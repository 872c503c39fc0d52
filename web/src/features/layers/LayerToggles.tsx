/**
 * Toggles for the point layers, with a key (colour, hollow = gemeenteniveau) and a visible
 * state per layer: loading, how many points it draws, or that loading failed.
 */
import { updateView } from '../../state/useView.js';
import { LAYERS, LAYER_LABELS, type LayerId, type View } from '../../state/view.js';
import { POINT_COLORS } from '../../map/layers.const.js';

const KEYS: Record<LayerId, { color: string; label?: string }[]> = {
  rijkskantoren: [{ color: POINT_COLORS.rijkskantoor }],
  rop: [
    { color: POINT_COLORS.ropOpen, label: 'open' },
    { color: POINT_COLORS.ropGepland, label: 'gepland' },
  ],
  masterplan: [{ color: POINT_COLORS.masterplan }],
  stations: [{ color: POINT_COLORS.station }],
};

export interface LayerStatus {
  error: string | null;
  count: number | null;
}

export function LayerToggles({ view, status }: { view: View; status: Record<LayerId, LayerStatus> }) {
  const toggle = (layer: LayerId, on: boolean) =>
    updateView({ layers: LAYERS.filter((l) => (l === layer ? on : view.layers.includes(l))) });
  return (
    <fieldset className="utrecht-form-fieldset rp-layers">
      <legend className="utrecht-form-fieldset__legend">Kaartlagen</legend>
      {LAYERS.map((layer) => {
        const s = status[layer];
        const on = view.layers.includes(layer);
        const id = `laag-${layer}`;
        return (
          <div key={layer} className="rp-layer">
            <input
              id={id}
              className="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              checked={on}
              onChange={(e) => toggle(layer, e.target.checked)}
              aria-describedby={`${id}-status`}
            />
            <label htmlFor={id}>
              {LAYER_LABELS[layer]}{' '}
              {KEYS[layer].map((k) => (
                <span key={k.color} className="rp-key">
                  <span className="rp-key__dot" style={{ background: k.color }} aria-hidden="true" />
                  {k.label}
                </span>
              ))}
            </label>
            <span id={`${id}-status`} className="rp-layer__status" data-testid={`laagstatus-${layer}`}>
              {!on
                ? ''
                : s.error
                  ? `laden mislukt: ${s.error}`
                  : s.count === null
                    ? 'laden…'
                    : `${s.count} op de kaart`}
            </span>
          </div>
        );
      })}
      <p className="rp-hint">
        <span className="rp-key__ring" aria-hidden="true" /> open rondje: op gemeenteniveau geplaatst (adres niet exact
        bekend)
      </p>
    </fieldset>
  );
}
