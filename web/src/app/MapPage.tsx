/**
 * The map page: controls and legend beside the map, the detail panel when a region is chosen,
 * the table twin below. All of them render one model (useChoropleth), so they cannot disagree.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapView } from '../map/MapView.js';
import { RegionLayer } from '../map/RegionLayer.js';
import { PointLayer } from '../map/PointLayer.js';
import { useChoropleth } from '../features/choropleth/useChoropleth.js';
import { ViewControls } from '../features/controls/ViewControls.js';
import { LayerToggles, type LayerStatus } from '../features/layers/LayerToggles.js';
import { IndicatorInfo } from '../features/legend/IndicatorInfo.js';
import { Legend, legendEntries } from '../features/legend/Legend.js';
import type { FigureContent } from './export-figure.js';
import type { ChoroplethModel } from '../features/choropleth/useChoropleth.js';
import { NO_FIGURE } from '../lib/metrics.js';
import { RegionTable } from '../features/table/RegionTable.js';
import { RegionPanel } from '../features/detail/RegionPanel.js';
import { usePointLayer } from '../map/point-data.js';
import { updateView } from '../state/useView.js';
import { uiStore, useUi } from '../state/store.js';
import { LAYERS, LEVEL_LABELS, METRIC_LABELS, SECTOR_LABELS, type LayerId, type View } from '../state/view.js';
import { formatDate } from '../lib/format.js';
import { Tooltip } from './Tooltip.js';
import { ShareExport } from './ShareExport.js';
import { DemoLabel } from './DemoLabel.js';
import { Notice } from './Notice.js';
import { CandidateMapTool } from '../features/candidates/CandidateMapTool.js';
import { WhyEmpty } from '../features/overview/WhyEmpty.js';
import { RegionSearch } from '../features/search/RegionSearch.js';

export function MapPage({ view, side }: { view: View; side?: ReactNode }) {
  const model = useChoropleth(view);
  const layers = usePointLayers(view);
  const [hover, setHover] = useState<{ code: string | null; point: { x: number; y: number } | null }>({
    code: null,
    point: null,
  });
  const basemap = useUi((s) => s.basemapMessage);
  const rowsByCode = useMemo(() => new Map(model.rows.map((r) => [r.code, r])), [model.rows]);
  const onHover = useCallback(
    (code: string | null, point: { x: number; y: number } | null) => setHover({ code, point }),
    [],
  );
  // While searching candidates a map click picks an origin, so it does not open a region.
  const picking = view.panel === 'kandidaten';
  const onSelect = useCallback(
    (code: string) => {
      if (!picking) updateView({ selected: code });
    },
    [picking],
  );
  const map = useRef<MapLibreMap | null>(null);
  const onMap = useCallback((instance: MapLibreMap | null) => void (map.current = instance), []);
  const date = model.figures.date;
  const caption = `${METRIC_LABELS[view.metric]} per ${LEVEL_LABELS[view.level].toLowerCase()}, peildatum ${formatDate(date)}${view.compare ? `, vergeleken met ${formatDate(view.compare)}` : ''}${view.sector ? `, sector ${SECTOR_LABELS[view.sector]}` : ''}`;
  const missing = model.rows.filter((r) => r.cls < 0).length;

  return (
    <div className="rp-page">
      <aside className="rp-side" aria-label="Instellingen en legenda">
        <RegionSearch onFound={(r) => zoomTo(map.current, r.bbox)} />
        <Drawer>
          <ViewControls view={view} dates={model.figures.dates} shownDate={date} />
          <LayerToggles view={view} status={layers.status} />
        </Drawer>
        <Legend
          classification={model.classification}
          metric={view.metric}
          missingCount={missing}
          nationalSources={model.figures.nationalSources}
        />
        <IndicatorInfo metric={view.metric} />
        <ShareExport getMap={() => map.current ?? undefined} figure={() => figureContent(view, model, date, caption)} />
      </aside>
      <div className="rp-main">
        <div className="rp-notices">
          {view.dataset === 'demo' && <DemoLabel />}
          {basemap && (
            <Notice kind="warning" testId="basemap-melding">
              {basemap}
            </Notice>
          )}
          {model.notice && (
            <Notice kind="warning" testId="kaart-melding">
              {model.notice}
            </Notice>
          )}
          {model.empty && (
            <WhyEmpty empty={model.empty} view={view} date={date} demoAvailable={model.figures.demoAvailable} />
          )}
          {model.boundaries.error && <Notice kind="error">{model.boundaries.error}</Notice>}
        </div>
        <div className="rp-mapwrap">
          <MapView position={view.position} onMap={onMap}>
            {model.boundaries.geojson && (
              <RegionLayer
                boundaries={model.boundaries.geojson}
                styles={model.styles}
                colors={model.classification?.colors ?? []}
                selected={view.selected}
                onHover={onHover}
                onSelect={onSelect}
                onDrawn={markDrawn}
              />
            )}
            {picking && <CandidateMapTool dataset={view.dataset} peildatum={date} />}
            {LAYERS.filter((l) => view.layers.includes(l)).map(
              (l) => layers.data[l] && <PointLayer key={l} id={l} data={layers.data[l]!} />,
            )}
          </MapView>
          <Tooltip row={hover.code ? rowsByCode.get(hover.code) : undefined} point={hover.point} metric={view.metric} />
          {view.dataset === 'demo' && (
            <span className="rp-map-demo" aria-hidden="true">
              fictieve voorbeelddata
            </span>
          )}
        </div>
        <p className="rp-hint rp-skip">
          <a href="#tabel">Naar de tabel met dezelfde cijfers</a>
        </p>
        <RegionTable rows={model.rows} view={view} caption={caption} />
      </div>
      {view.selected && (
        <RegionPanel
          code={view.selected}
          row={rowsByCode.get(view.selected)}
          rows={model.rows}
          sharePct={shareOf(model, view.selected)}
          view={view}
          date={date}
          dates={model.figures.dates}
        />
      )}
      {side}
    </div>
  );
}

/** Zooms the map to a region's bounding box [minLon, minLat, maxLon, maxLat]; the URL follows on moveend. */
function zoomTo(map: MapLibreMap | null, bbox: number[]): void {
  if (!map || bbox.length !== 4) return;
  map.fitBounds(
    [
      [bbox[0]!, bbox[1]!],
      [bbox[2]!, bbox[3]!],
    ],
    { padding: 40, duration: 0, maxZoom: 11 },
  );
}

function shareOf(model: ChoroplethModel, code: string): number | null {
  return model.figures.rows?.find((r) => r.code === code)?.shareOfNationalPct.value ?? null;
}

const MAX_SOURCES = 8;
const PHONE = '(max-width: 700px)';

/** On a phone the map comes first and the controls fold into a drawer; on a wide screen they stay open. */
function Drawer({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(() => !window.matchMedia(PHONE).matches);
  return (
    <details className="rp-drawer" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="rp-drawer__summary utrecht-button utrecht-button--secondary-action">
        Kaartinstellingen en lagen
      </summary>
      <div className="rp-drawer__body">{children}</div>
    </details>
  );
}

/** What the exported figure says besides the map: the page's own title, legend, dataset and sources. */
function figureContent(view: View, model: ChoroplethModel, date: string | null, caption: string): FigureContent {
  const missing = model.rows.filter((r) => r.cls < 0).length;
  const sources = [
    ...new Set([
      ...model.figures.nationalSources,
      ...model.rows.filter((r) => r.value !== null).flatMap((r) => r.sources),
    ]),
  ];
  const shown =
    sources.length > MAX_SOURCES
      ? [...sources.slice(0, MAX_SOURCES - 1), `en ${sources.length - MAX_SOURCES + 1} andere bronnen (zie de tabel)`]
      : sources;
  const demo = view.dataset === 'demo';
  const attribution =
    document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ||
    'Grenzen: CBS gebiedsindelingen (PDOK)';
  return {
    title: `Rijkswerkgelegenheid: ${METRIC_LABELS[view.metric]} per ${LEVEL_LABELS[view.level].toLowerCase()}`,
    subtitle: caption.replace(/^.*?, (peildatum)/, '$1') + (date ? '' : ''),
    legendTitle: `Legenda: ${METRIC_LABELS[view.metric]}`,
    legend: [...legendEntries(model.classification, view.metric), { color: null, text: `${NO_FIGURE} (${missing})` }],
    datasetMark: demo ? 'fictieve voorbeelddata, geen gepubliceerde cijfers' : 'gepubliceerde cijfers',
    demo,
    sources: shown,
    attribution: `Kaart: Rijkspresentie. ${attribution}`,
  };
}

/**
 * User Timing marks for the first drawn boundaries and the first drawn classes: a standard
 * browser API that field monitoring (and the browser tests' first-render metric) can read.
 */
function markDrawn(classed: boolean): void {
  if (uiStore.get().firstRenderMs === null) {
    uiStore.set({ firstRenderMs: Math.round(performance.now()) });
    performance.mark('rp:kaart-grenzen');
    // Let the browser paint the frame first, then load what is secondary.
    setTimeout(() => uiStore.set({ afterFirstRender: true }), 0);
  }
  if (classed && performance.getEntriesByName('rp:kaart-klassen').length === 0) performance.mark('rp:kaart-klassen');
}

function usePointLayers(view: View) {
  const ready = useUi((s) => s.afterFirstRender);
  const on = (l: LayerId) => ready && view.layers.includes(l);
  const results = {
    rijkskantoren: usePointLayer('rijkskantoren', on('rijkskantoren'), view.dataset),
    rop: usePointLayer('rop', on('rop'), view.dataset),
    masterplan: usePointLayer('masterplan', on('masterplan'), view.dataset),
    stations: usePointLayer('stations', on('stations'), view.dataset),
  };
  const status = Object.fromEntries(
    LAYERS.map((l): [LayerId, LayerStatus] => [
      l,
      { error: results[l].error, count: results[l].geojson?.features.length ?? null },
    ]),
  ) as Record<LayerId, LayerStatus>;
  const data = Object.fromEntries(LAYERS.map((l) => [l, results[l].geojson])) as Record<
    LayerId,
    (typeof results)[LayerId]['geojson']
  >;
  return { status, data };
}
