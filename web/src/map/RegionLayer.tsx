/**
 * The choropleth: our own region boundaries coloured by class, regions without a published
 * figure hatched, hover and selection outlined. Classes come from classify.ts, the same module
 * the legend and the table twin use, and travel on the features as `cls`.
 */
import { useEffect } from 'react';
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, MapLayerMouseEvent } from './maplibre.js';
import { useMap } from './map-context.js';
import { HATCH_IMAGE } from './hatch.js';
import { MISSING_COLOR } from './palettes.js';

export interface RegionStyle {
  cls: number;
  label: string;
}

export interface RegionLayerProps {
  boundaries: FeatureCollection;
  styles: ReadonlyMap<string, RegionStyle>;
  colors: string[];
  selected: string | null;
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  onSelect: (code: string) => void;
  onFirstRender?: () => void;
}

const SOURCE = 'regions';

export function RegionLayer(props: RegionLayerProps) {
  const map = useMap();

  useEffect(() => {
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
    const beforeId = firstPointLayer(map);
    map.addLayer({ id: 'regions-fill', type: 'fill', source: SOURCE, filter: ['>=', ['get', 'cls'], 0], paint: { 'fill-color': MISSING_COLOR, 'fill-opacity': 0.85 } }, beforeId);
    map.addLayer({ id: 'regions-missing', type: 'fill', source: SOURCE, filter: ['<', ['get', 'cls'], 0], paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7 } }, beforeId);
    map.addLayer({ id: 'regions-line', type: 'line', source: SOURCE, paint: { 'line-color': '#154273', 'line-width': 0.8 } }, beforeId);
    map.addLayer({
      id: 'regions-focus', type: 'line', source: SOURCE,
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', '#154273'],
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2.5, 0],
      },
    }, beforeId);
    return () => {
      for (const id of ['regions-focus', 'regions-line', 'regions-missing', 'regions-fill']) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map]);

  // Data and colours: features carry their class, the paint maps class → colour.
  useEffect(() => {
    const features = props.boundaries.features.map((f) => {
      const code = String(f.properties?.code);
      const style = props.styles.get(code);
      return { ...f, properties: { ...f.properties, cls: style?.cls ?? -1, label: style?.label ?? '' } };
    });
    const source = map.getSource<GeoJSONSource>(SOURCE);
    source?.setData({ type: 'FeatureCollection', features });
    map.setPaintProperty('regions-fill', 'fill-color', colorExpression(props.colors));
    if (features.length > 0 && props.onFirstRender) map.once('idle', props.onFirstRender);
  }, [map, props.boundaries, props.styles, props.colors]);

  useEffect(() => {
    if (!props.selected) return;
    const target = { source: SOURCE, id: props.selected };
    map.setFeatureState(target, { selected: true });
    return () => {
      if (map.getSource(SOURCE)) map.setFeatureState(target, { selected: false });
    };
  }, [map, props.selected, props.boundaries]);

  useHoverAndClick(props);
  return null;
}

function useHoverAndClick({ onHover, onSelect }: Pick<RegionLayerProps, 'onHover' | 'onSelect'>) {
  const map = useMap();
  useEffect(() => {
    let hovered: string | null = null;
    const setHover = (code: string | null) => {
      if (hovered) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: false });
      hovered = code;
      if (code) map.setFeatureState({ source: SOURCE, id: code }, { hover: true });
    };
    const move = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      setHover(code ?? null);
      onHover(code ?? null, e.point);
    };
    const leave = () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
      onHover(null, null);
    };
    const click = (e: MapLayerMouseEvent) => {
      // A click on a point marker opens its popup, not the region panel.
      if (map.queryRenderedFeatures(e.point).some((f) => f.layer.id.startsWith('punten-'))) return;
      const code = e.features?.[0]?.properties?.code as string | undefined;
      if (code) onSelect(code);
    };
    const layers = ['regions-fill', 'regions-missing'];
    for (const layer of layers) {
      map.on('mousemove', layer, move);
      map.on('mouseleave', layer, leave);
      map.on('click', layer, click);
    }
    return () => {
      for (const layer of layers) {
        map.off('mousemove', layer, move);
        map.off('mouseleave', layer, leave);
        map.off('click', layer, click);
      }
    };
  }, [map, onHover, onSelect]);
}

function colorExpression(colors: string[]): ExpressionSpecification | string {
  if (colors.length === 0) return MISSING_COLOR;
  if (colors.length === 1) return colors[0]!;
  const pairs = colors.flatMap((color, i) => [i, color]);
  return ['match', ['get', 'cls'], ...pairs, MISSING_COLOR] as unknown as ExpressionSpecification;
}

function firstPointLayer(map: ReturnType<typeof useMap>): string | undefined {
  return map.getStyle().layers.find((l) => l.id.startsWith('punten-'))?.id;
}
