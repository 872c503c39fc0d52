/** The filter and order arguments of every site list (sites, Region.sites, Organisation.sites, nearestSites). */
import type { Geometry } from 'geojson';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../graphql/connection.js';
import type { Dataset, RopStatus, Sector, SiteKind } from '../../common/domain.js';
import { DatasetEnum, OrderDirection, RopStatusEnum, SectorEnum, SiteKindEnum } from '../graphql/enums.js';
import { BBoxInput, NearbyInput } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { SiteOrderField } from './site-search.queries.js';

@InputType('SiteFilter', { description: 'Filters voor locaties; alle opgegeven filters gelden samen' })
export class SiteFilter {
  @Field(() => [SiteKindEnum], { nullable: true, description: 'Alleen deze soorten' })
  kinds?: SiteKind[];

  @Field(() => DatasetEnum, {
    defaultValue: 'gepubliceerd',
    description: 'Gepubliceerde gegevens (standaard) of fictieve voorbeelddata; nooit gemengd',
  })
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

  @Field(() => NearbyInput, {
    nullable: true,
    description:
      'In de buurt: binnen radiusM meter van een punt; vult edges.distanceM en sorteert standaard op afstand',
  })
  nearby?: NearbyInput;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Snijdt dit GeoJSON-(Multi)Polygon (rand inbegrepen)' })
  intersects?: Geometry;

  @Field(() => BBoxInput, { nullable: true, description: 'Binnen dit begrenzingsvak (het kaartbeeld)' })
  bbox?: BBoxInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Binnen de regio met deze CBS-code (provincie, COROP, gemeente of arbeidsmarktregio), ruimtelijk bepaald',
  })
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

@ArgsType()
export class SitesArgs extends PageArgs {
  @Field(() => SiteFilter, {
    nullable: true,
    description: 'Filters (ook ruimtelijk: nearby, intersects, bbox, withinRegion)',
  })
  filter?: SiteFilter;

  @Field(() => SiteOrderInput, {
    nullable: true,
    description: 'Sortering; standaard op afstand bij filter.nearby, anders op naam',
  })
  orderBy?: SiteOrderInput;
}
