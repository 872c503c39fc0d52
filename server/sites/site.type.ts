import type { Point } from 'geojson';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Dataset, LocationPrecision, RopStatus, SiteKind } from '../../common/domain.js';
import { toNumber } from '../common/sql.js';
import { Connection } from '../graphql/connection.js';
import {
  DatasetEnum,
  LocationPrecisionEnum,
  RopStatusEnum,
  SiteKindEnum,
  TenureEnum,
  type Tenure,
} from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { SiteRow } from './site.queries.js';

/** Said with every site placed on its gemeente (several Den Haag offices share one such point). */
export const GEMEENTE_LEVEL_NOTE =
  'ligging alleen op gemeenteniveau bekend: het punt ligt ergens in de gemeente (gedeeld met andere locaties daar), ' +
  'niet op het adres; afstanden vanaf dit punt, zoals tot een station, zijn niet exact';

@ObjectType('Site', {
  description:
    'Een locatie waar het Rijk werkt: een rijkskantoor, een rijksontmoetingsplein (ROP) of een andere locatie. ' +
    'Een locatie waarvan alleen de gemeente bekend is, ligt op een punt in die gemeente (locationPrecision gemeente).',
})
export class SiteType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => SiteKindEnum, { description: 'Soort locatie (rijkskantoor, rijksontmoetingsplein, overig)' })
  kind: SiteKind;

  @Field(() => String, { description: 'Naam van de locatie' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Adres (straat en huisnummer, postcode) zoals de bron het geeft',
  })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Plaats' })
  city: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CBS-gemeentecode (GMxxxx) van de gemeente waarin de locatie ligt',
  })
  gemeenteCode: string | null;

  @Field(() => GeoJSONScalar, { description: 'Ligging als GeoJSON Point (WGS84 lengte/breedte)' })
  location: Point;

  @Field(() => LocationPrecisionEnum, { description: 'Nauwkeurigheid van de ligging (adres of alleen gemeente)' })
  locationPrecision: LocationPrecision;

  @Field(() => String, {
    nullable: true,
    description:
      'Kanttekening bij de ligging als die geen adres is: het punt en afstanden ervandaan (distanceM, nearestStations) zijn dan niet exact',
  })
  locationNote: string | null;

  @Field(() => Float, { nullable: true, description: 'Bruto vloeroppervlak (bvo) in m²' })
  grossFloorAreaM2: number | null;

  @Field(() => Int, { nullable: true, description: 'Aantal werkplekken' })
  workplaces: number | null;

  @Field(() => TenureEnum, { nullable: true, description: 'Eigendom of huur' })
  tenure: Tenure | null;

  @Field(() => String, {
    nullable: true,
    description: 'In gebruik sinds, zo precies als de bron: "2017", "2015-07" of "2016-09-29"',
  })
  inUseSince: string | null;

  @Field(() => RopStatusEnum, { nullable: true, description: 'Alleen bij een rijksontmoetingsplein: open of gepland' })
  ropStatus: RopStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Alleen bij een rijksontmoetingsplein: geopend op (zo precies als de bron)',
  })
  ropOpenedOn: string | null;

  @Field(() => String, { description: 'Bron (URL) van de gegevens over deze locatie' })
  sourceUrl: string;

  @Field(() => String, { nullable: true, description: 'Toelichting' })
  note: string | null;

  @Field(() => DatasetEnum, { description: 'Gepubliceerde gegevens of fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => Int, { description: 'Versie; geef deze mee bij updateSite (optimistische vergrendeling)' })
  version: number;

  /**
   * Distance to the search point of the query that found this site; not a field of Site (it
   * depends on that query's arguments): SiteEdge.distanceM and NearbySite.distanceM carry it.
   */
  distanceM: number | null;

  /** Provenance key, resolved by the importRun field. */
  importId: number | null;
}

export function toSite(row: SiteRow & { distance_m?: number | null }): SiteType {
  return {
    id: row.id,
    kind: row.kind as SiteKind,
    name: row.name,
    address: row.address,
    city: row.city,
    gemeenteCode: row.gemeente_code,
    // Absent when the selection did not ask for it (site.plan.ts): then nothing reads it.
    location: (row.geojson === undefined ? undefined : JSON.parse(row.geojson)) as Point,
    locationPrecision: row.location_precision as LocationPrecision,
    locationNote: row.location_precision === 'gemeente' ? GEMEENTE_LEVEL_NOTE : null,
    grossFloorAreaM2: toNumber(row.gross_floor_area_m2),
    workplaces: row.workplaces,
    tenure: row.tenure as Tenure | null,
    inUseSince: row.in_use_since,
    ropStatus: row.rop_status as RopStatus | null,
    ropOpenedOn: row.rop_opened_on,
    sourceUrl: row.source_url,
    note: row.note,
    dataset: row.dataset as Dataset,
    version: row.version,
    distanceM: row.distance_m ?? null,
    importId: row.import_id ?? null,
  };
}

const DISTANCE = 'Afstand in meter (over het aardoppervlak, WGS84-ellipsoïde) tot het zoekpunt van deze zoekvraag';

@ObjectType('SiteEdge', {
  description: 'Een locatie met haar cursor en, bij zoeken rond een punt, haar afstand daartoe',
})
export class SiteEdge {
  @Field(() => String, { description: 'Cursor om na dit item verder te lezen (argument after)' })
  cursor: string;

  @Field(() => SiteType, { description: 'De locatie' })
  node: SiteType;

  @Field(() => Float, { nullable: true, description: `${DISTANCE}; alleen bij filter.nearby, anders null` })
  distanceM: number | null;
}

@ObjectType('SiteConnection', { description: 'Een pagina locaties' })
export class SiteConnection extends Connection(SiteType, 'Site', SiteEdge) {}

/** What a site edge carries beside the node: the distance of this query. */
export const siteEdge = (site: SiteType) => ({ distanceM: site.distanceM });

@ObjectType('NearbySite', {
  description: 'Een locatie met haar afstand tot het zoekpunt: de afstand hoort bij de zoekvraag, niet bij de locatie',
})
export class NearbySite {
  @Field(() => Float, { description: DISTANCE })
  distanceM: number;

  @Field(() => SiteType, { description: 'De locatie' })
  site: SiteType;
}

/** A nearest-site search always measures; a missing distance is a bug, never 0. */
export function toNearbySite(site: SiteType): NearbySite {
  if (site.distanceM === null) throw new Error(`Locatie ${site.id} zonder afstand in een zoekvraag rond een punt`);
  return { distanceM: site.distanceM, site };
}
