import type { Point } from 'geojson';
import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { Geometry } from 'geojson';
import { Connection } from '../graphql/connection.js';
import { OrderDirection } from '../graphql/enums.js';
import { BBoxInput, NearbyInput } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { StationOrderField, StationRow } from './station.queries.js';

@ObjectType('Station', {
  description: 'Een treinstation (bron: Rijden de Treinen, CC0); gebruikt voor bereikbaarheid van locaties',
})
export class StationType {
  @Field(() => String, { description: 'Stationscode, bijv. GVC (Den Haag Centraal), ASN (Assen)' }) code: string;
  @Field(() => String, { description: 'Naam' }) name: string;
  @Field(() => String, {
    description: 'Soort station, bijv. megastation, knooppuntIntercitystation, intercitystation, stoptreinstation',
  })
  type: string;
  @Field(() => GeoJSONScalar, { description: 'Ligging als GeoJSON Point (WGS84)' }) location: Point;
  @Field(() => String, { description: 'Bron (URL)' }) sourceUrl: string;
  /** Distance to the search point of the query that found it: on StationEdge or NearbyStation, never on Station. */
  distanceM: number | null;
}

export function toStation(row: StationRow): StationType {
  return {
    code: row.code,
    name: row.name,
    type: row.type,
    location: JSON.parse(row.geojson) as Point,
    sourceUrl: row.source_url,
    distanceM: row.distance_m ?? null,
  };
}

const DISTANCE = 'Afstand in meter (WGS84-ellipsoïde) tot het zoekpunt van deze zoekvraag';

@ObjectType('StationEdge', {
  description: 'Een station met zijn cursor en, bij zoeken rond een punt, zijn afstand daartoe',
})
export class StationEdge {
  @Field(() => String, { description: 'Cursor om na dit item verder te lezen (argument after)' }) cursor: string;
  @Field(() => StationType, { description: 'Het station' }) node: StationType;
  @Field(() => Float, { nullable: true, description: `${DISTANCE}; alleen bij filter.nearby, anders null` }) distanceM:
    number | null;
}

@ObjectType('StationConnection', { description: 'Een pagina stations' })
export class StationConnection extends Connection(StationType, 'Station', StationEdge) {}

export const stationEdge = (station: StationType) => ({ distanceM: station.distanceM });

@ObjectType('NearbyStation', {
  description: 'Een station met zijn afstand tot het zoekpunt (of de locatie): die hoort bij de zoekvraag',
})
export class NearbyStation {
  @Field(() => Float, { description: DISTANCE }) distanceM: number;
  @Field(() => StationType, { description: 'Het station' }) station: StationType;
}

/** A nearest-station search always measures; a missing distance is a bug, never 0. */
export function toNearbyStation(station: StationType): NearbyStation {
  if (station.distanceM === null)
    throw new Error(`Station ${station.code} zonder afstand in een zoekvraag rond een punt`);
  return { distanceM: station.distanceM, station };
}

@InputType('StationFilter', { description: 'Filters voor stations; alle opgegeven filters gelden samen' })
export class StationFilter {
  @Field(() => [String], { nullable: true, description: 'Alleen deze stationscodes' }) codes?: string[];
  @Field(() => [String], { nullable: true, description: 'Alleen deze soorten (bijv. intercitystation)' })
  types?: string[];
  @Field(() => String, { nullable: true, description: 'Naam bevat deze tekst' }) search?: string;
  @Field(() => NearbyInput, {
    nullable: true,
    description: 'In de buurt: binnen radiusM meter van een punt; vult edges.distanceM',
  })
  nearby?: NearbyInput;
  @Field(() => GeoJSONScalar, { nullable: true, description: 'Snijdt dit GeoJSON-(Multi)Polygon' })
  intersects?: Geometry;
  @Field(() => BBoxInput, { nullable: true, description: 'Binnen dit begrenzingsvak' }) bbox?: BBoxInput;
  @Field(() => String, { nullable: true, description: 'Binnen de regio met deze CBS-code' }) withinRegion?: string;
}

export enum StationOrderFieldEnum {
  DISTANCE = 'DISTANCE',
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(StationOrderFieldEnum, {
  name: 'StationOrderField',
  description: 'Sorteersleutel voor stations (DISTANCE alleen met filter.nearby)',
});

@InputType('StationOrder', { description: 'Sortering van stations' })
export class StationOrderInput {
  @Field(() => StationOrderFieldEnum, { description: 'Sorteersleutel' }) field: StationOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Richting' }) direction: OrderDirection;
}
