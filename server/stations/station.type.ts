import type { Point } from 'geojson';
import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { Geometry } from 'geojson';
import { Connection } from '../graphql/connection.js';
import { OrderDirection } from '../graphql/enums.js';
import { BBoxInput, NearbyInput } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { StationOrderField, StationRow } from './station.queries.js';

@ObjectType('Station', { description: 'Een treinstation (bron: Rijden de Treinen, CC0); gebruikt voor bereikbaarheid van locaties' })
export class StationType {
  @Field(() => String, { description: 'Stationscode, bijv. GVC (Den Haag Centraal), ASN (Assen)' }) code: string;
  @Field(() => String, { description: 'Naam' }) name: string;
  @Field(() => String, { description: 'Soort station, bijv. megastation, knooppuntIntercitystation, intercitystation, stoptreinstation' }) type: string;
  @Field(() => GeoJSONScalar, { description: 'Ligging als GeoJSON Point (WGS84)' }) location: Point;
  @Field(() => String, { description: 'Bron (URL)' }) sourceUrl: string;
  @Field(() => Float, { nullable: true, description: 'Afstand in meter (WGS84-ellipsoïde) tot het zoekpunt; alleen bij nearby of nearestStations' }) distanceM: number | null;
}

export function toStation(row: StationRow): StationType {
  return { code: row.code, name: row.name, type: row.type, location: JSON.parse(row.geojson) as Point, sourceUrl: row.source_url, distanceM: row.distance_m ?? null };
}

@ObjectType('StationConnection', { description: 'Een pagina stations' })
export class StationConnection extends Connection(StationType, 'Station') {}

@InputType('StationFilter', { description: 'Filters voor stations; alle opgegeven filters gelden samen' })
export class StationFilter {
  @Field(() => [String], { nullable: true, description: 'Alleen deze stationscodes' }) codes?: string[];
  @Field(() => [String], { nullable: true, description: 'Alleen deze soorten (bijv. intercitystation)' }) types?: string[];
  @Field(() => String, { nullable: true, description: 'Naam bevat deze tekst' }) search?: string;
  @Field(() => NearbyInput, { nullable: true, description: 'In de buurt: binnen radiusM meter van een punt; vult distanceM' }) nearby?: NearbyInput;
  @Field(() => GeoJSONScalar, { nullable: true, description: 'Snijdt dit GeoJSON-(Multi)Polygon' }) intersects?: Geometry;
  @Field(() => BBoxInput, { nullable: true, description: 'Binnen dit begrenzingsvak' }) bbox?: BBoxInput;
  @Field(() => String, { nullable: true, description: 'Binnen de regio met deze CBS-code' }) withinRegion?: string;
}

export enum StationOrderFieldEnum {
  DISTANCE = 'DISTANCE',
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(StationOrderFieldEnum, { name: 'StationOrderField', description: 'Sorteersleutel voor stations (DISTANCE alleen met filter.nearby)' });

@InputType('StationOrder', { description: 'Sortering van stations' })
export class StationOrderInput {
  @Field(() => StationOrderFieldEnum, { description: 'Sorteersleutel' }) field: StationOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Richting' }) direction: OrderDirection;
}
