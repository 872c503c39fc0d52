/**
 * GraphQL inputs for sites. SiteInput implements Partial<SiteType>: a field can only be added
 * with the type it has on the Site it creates. The service maps each field to its column with a
 * `satisfies` map, so an input field without a column does not compile.
 */
import type { Point } from 'geojson';
import { Field, Float, InputType, Int } from 'type-graphql';
import type { Dataset, LocationPrecision, RopStatus, SiteKind } from '../../common/domain.js';
import {
  DatasetEnum,
  LocationPrecisionEnum,
  RopStatusEnum,
  SiteKindEnum,
  TenureEnum,
  type Tenure,
} from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { SiteType } from './site.type.js';

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

  @Field(() => String, {
    nullable: true,
    description: 'Openingsdatum van een rijksontmoetingsplein: JJJJ, JJJJ-MM of JJJJ-MM-DD',
  })
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

@InputType('SitePatch', {
  description: 'Wijzigingen aan een locatie (updateSite): alleen opgegeven velden veranderen; null maakt een veld leeg',
})
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
