/**
 * GraphQL inputs for sites. SiteInput implements Partial<SiteType>: a field can only be added
 * with the type it has on the Site it creates. The service maps each field to its column with a
 * `satisfies` map, so an input field without a column does not compile.
 */
import type { Geometry, Point } from 'geojson';
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import type { Dataset, LocationPrecision, RopStatus, Sector, SiteKind } from '../common/domain.js';
import { DatasetEnum, LocationPrecisionEnum, OrderDirection, RopStatusEnum, SectorEnum, SiteKindEnum, TenureEnum, type Tenure } from '../graphql/enums.js';
import { BBoxInput, NearbyInput } from '../graphql/geometry.input.js';
import { GeoJSONScalar } from '../graphql/geojson.scalar.js';
import type { SiteOrderField } from './site-search.queries.js';
import type { SiteType } from './site.type.js';

@InputType('SiteFilter', { description: 'Filters voor locaties; alle opgegeven filters gelden samen' })
export class SiteFilter {
  @Field(() => [SiteKindEnum], { nullable: true, description: 'Alleen deze soorten' })
  kinds?: SiteKind[];

  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Gepubliceerde gegevens (standaard) of fictieve voorbeelddata; nooit gemengd' })
  dataset: Dataset;

  @Field(() => String, { nullable: true, description: 'Naam of plaats bevat deze tekst (hoofdletterongevoelig)' })
  search?: string;

  @Field(() => String, { nullable: true, description: 'Alleen locaties met deze CBS-gemeentecode (GMxxxx)' })
  gemeenteCode?: string;

  @Field(() => Int, { nullable: true, description: 'Alleen locaties waar deze organisatie gehuisvest is' })
  organisationId?: number;

  @Field(() => SectorEnum, { nullable: true, description: 'Alleen locaties met een organisatie uit deze sector' })
  sector?: Sector;

  @Field(() => RopStatusEnum, { nullable: true, description: 'Alleen rijksontmoetingspleinen met deze status' })
  ropStatus?: RopStatus;

  @Field(() => NearbyInput, { nullable: true, description: 'In de buurt: binnen radiusM meter van een punt; vult distanceM en sorteert standaard op afstand' })
  nearby?: NearbyInput;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Snijdt dit GeoJSON-(Multi)Polygon (rand inbegrepen)' })
  intersects?: Geometry;

  @Field(() => BBoxInput, { nullable: true, description: 'Binnen dit begrenzingsvak (het kaartbeeld)' })
  bbox?: BBoxInput;

  @Field(() => String, { nullable: true, description: 'Binnen de regio met deze CBS-code (provincie, COROP, gemeente of arbeidsmarktregio), ruimtelijk bepaald' })
  withinRegion?: string;
}

export enum SiteOrderFieldEnum {
  DISTANCE = 'DISTANCE',
  NAME = 'NAME',
  CITY = 'CITY',
  KIND = 'KIND',
  WORKPLACES = 'WORKPLACES',
  ID = 'ID',
}
registerEnumType(SiteOrderFieldEnum, {
  name: 'SiteOrderField',
  description: 'Sorteersleutel voor locaties (altijd aangevuld met id, zodat pagina’s stabiel zijn)',
  valuesConfig: { DISTANCE: { description: 'Afstand tot het zoekpunt; alleen met filter.nearby' } },
});

@InputType('SiteOrder', { description: 'Sortering van locaties' })
export class SiteOrderInput {
  @Field(() => SiteOrderFieldEnum, { description: 'Sorteersleutel' })
  field: SiteOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Richting' })
  direction: OrderDirection;
}

@InputType('SiteInput', { description: 'Een nieuwe locatie (createSite)' })
export class SiteInput implements Partial<SiteType> {
  @Field(() => SiteKindEnum, { description: 'Soort locatie' })
  kind: SiteKind;

  @Field(() => String, { description: 'Naam (uniek binnen de plaats)' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Adres' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Plaats' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode; leeg = afgeleid uit de ligging' })
  gemeenteCode?: string | null;

  @Field(() => GeoJSONScalar, { description: 'Ligging als GeoJSON Point in Nederland (WGS84)' })
  location: Point;

  @Field(() => LocationPrecisionEnum, { description: 'Nauwkeurigheid van de ligging' })
  locationPrecision: LocationPrecision;

  @Field(() => Float, { nullable: true, description: 'Bruto vloeroppervlak in m² (0 of meer)' })
  grossFloorAreaM2?: number | null;

  @Field(() => Int, { nullable: true, description: 'Aantal werkplekken (0 of meer)' })
  workplaces?: number | null;

  @Field(() => TenureEnum, { nullable: true, description: 'Eigendom of huur' })
  tenure?: Tenure | null;

  @Field(() => String, { nullable: true, description: 'In gebruik sinds: JJJJ, JJJJ-MM of JJJJ-MM-DD' })
  inUseSince?: string | null;

  @Field(() => RopStatusEnum, { nullable: true, description: 'Verplicht bij een rijksontmoetingsplein, anders leeg' })
  ropStatus?: RopStatus | null;

  @Field(() => String, { nullable: true, description: 'Openingsdatum van een rijksontmoetingsplein: JJJJ, JJJJ-MM of JJJJ-MM-DD' })
  ropOpenedOn?: string | null;

  @Field(() => String, { description: 'Bron (URL); elke locatie heeft een bron' })
  sourceUrl: string;

  @Field(() => String, { nullable: true, description: 'Toelichting' })
  note?: string | null;

  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Gepubliceerd of fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => [Int], { nullable: true, description: 'Organisaties die hier gehuisvest zijn' })
  organisationIds?: number[] | null;
}

@InputType('SitePatch', { description: 'Wijzigingen aan een locatie (updateSite): alleen opgegeven velden veranderen; null maakt een veld leeg' })
export class SitePatch implements Partial<SiteInput> {
  @Field(() => SiteKindEnum, { nullable: true, description: 'Soort locatie' })
  kind?: SiteKind;

  @Field(() => String, { nullable: true, description: 'Naam' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Adres' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Plaats' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode' })
  gemeenteCode?: string | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Nieuwe ligging (GeoJSON Point)' })
  location?: Point;

  @Field(() => LocationPrecisionEnum, { nullable: true, description: 'Nauwkeurigheid van de ligging' })
  locationPrecision?: LocationPrecision;

  @Field(() => Float, { nullable: true, description: 'Bruto vloeroppervlak in m²' })
  grossFloorAreaM2?: number | null;

  @Field(() => Int, { nullable: true, description: 'Aantal werkplekken' })
  workplaces?: number | null;

  @Field(() => TenureEnum, { nullable: true, description: 'Eigendom of huur' })
  tenure?: Tenure | null;

  @Field(() => String, { nullable: true, description: 'In gebruik sinds' })
  inUseSince?: string | null;

  @Field(() => RopStatusEnum, { nullable: true, description: 'Status van een rijksontmoetingsplein' })
  ropStatus?: RopStatus | null;

  @Field(() => String, { nullable: true, description: 'Openingsdatum van een rijksontmoetingsplein' })
  ropOpenedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Bron (URL)' })
  sourceUrl?: string;

  @Field(() => String, { nullable: true, description: 'Toelichting' })
  note?: string | null;

  @Field(() => DatasetEnum, { nullable: true, description: 'Gepubliceerd of fictieve voorbeelddata' })
  dataset?: Dataset;

  @Field(() => [Int], { nullable: true, description: 'Vervangt de lijst gehuisveste organisaties' })
  organisationIds?: number[] | null;
}
