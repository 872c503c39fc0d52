/**
 * The choropleth: our own region boundaries coloured by class, regions without a published
 * figure hatched, hover and selection outlined. The layers themselves are configuration
 * (REGION_LAYERS in layers.const.ts); this component adds them, feeds the source and wires the
 * pointer. Classes come from classify.ts, the same module the legend and the table twin use, and
 * travel on the features as `cls`.
 */
import { useEffect } from 'react';
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from './maplibre.js';
import { useMap } from './map-context.js';
import { INTERACTIVE_REGION_LAYERS, REGION_FILL_LAYER, REGION_LAYERS, REGION_SOURCE } from './layers.const.js';
import { MISSING_COLOR } from './palettes.js';
import { graphql } from '../gql/index.js';
import type { RegionShapeFragment } from '../gql/graphql.js';

/** What the layer reads of each region; the map page's boundary query spreads it. */
export const REGION_SHAPE = graphql(`
  fragment RegionShape on Region { id code name geometry(tolerance: $tolerance) }
`);

export function toFeatureCollection(regions: RegionShapeFragment[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: regions.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: r.geometry,
      properties: { code: r.code, name: r.name },
    })),
  };
}

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
  /** Called once the map has drawn regions (idle after the data arrived). */
  onDrawn?: (classed: boolean) => void;
}

export function RegionLayer(props: RegionLayerProps) {
  const map = useMap();

  useEffect(() => {
    map.addSource(REGION_SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      promoteId: 'code',
    });
    const beforeId = firstPointLayer(map);
    for (const { layer } of REGION_LAYERS) map.addLayer({ ...layer, source: REGION_SOURCE }, beforeId);
    return () => {
      for (const { layer } of [...REGION_LAYERS].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(REGION_SOURCE)) map.removeSource(REGION_SOURCE);
    };
  }, [map]);

  // Data and colours: features carry their class, the paint maps class → colour.
  useEffect(() => {
    const features = props.boundaries.features.map((f) => {
      const style = props.styles.get(String(f.properties?.code));
      return { ...f, properties: { ...f.properties, cls: style?.cls ?? -1, label: style?.label ?? '' } };
    });
    map.getSource<GeoJSONSource>(REGION_SOURCE)?.setData({ type: 'FeatureCollection', features });
    map.setPaintProperty(REGION_FILL_LAYER, 'fill-color', colorExpression(props.colors));
    const classed = features.some((f) => f.properties.cls >= 0);
    if (features.length > 0 && props.onDrawn) map.once('idle', () => props.onDrawn?.(classed));
  }, [map, props.boundaries, props.styles, props.colors]);

  useEffect(() => {
    if (!props.selected) return;
    const target = { source: REGION_SOURCE, id: props.selected };
    map.setFeatureState(target, { selected: true });
    return () => {
      if (map.getSource(REGION_SOURCE)) map.setFeatureState(target, { selected: false });
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
      if (hovered) map.setFeatureState({ source: REGION_SOURCE, id: hovered }, { hover: false });
      hovered = code;
      if (code) map.setFeatureState({ source: REGION_SOURCE, id: code }, { hover: true });
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
    for (const layer of INTERACTIVE_REGION_LAYERS) {
      map.on('mousemove', layer, move);
      map.on('mouseleave', layer, leave);
      map.on('click', layer, click);
    }
    return () => {
      for (const layer of INTERACTIVE_REGION_LAYERS) {
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

function firstPointLayer(map: MapLibreMap): string | undefined {
  return map.getStyle().layers.find((l) => l.id.startsWith('punten-'))?.id;
}
