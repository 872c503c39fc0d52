/** Filter and order arguments for the list of masterplan projects. */
import type { Geometry } from 'geojson';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import type { Dataset, ProjectKind } from '../../common/domain.js';
import { DatasetEnum, OrderDirection, ProjectKindEnum } from '../graphql/enums.js';
import { BBoxInput } from '../spatial/geometry.input.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { ProjectOrderField } from './masterplan.queries.js';

@InputType('MasterplanProjectFilter', {
  description: 'Filters voor masterplanprojecten; alle opgegeven filters gelden samen',
})
export class MasterplanProjectFilter {
  @Field(() => DatasetEnum, {
    defaultValue: 'gepubliceerd',
    description: 'Gepubliceerd (standaard) of fictieve voorbeelddata',
  })
  dataset: Dataset;

  @Field(() => String, { nullable: true, description: 'Alleen projecten van dit masterplan (exacte naam)' })
  masterplan?: string;

  @Field(() => [ProjectKindEnum], { nullable: true, description: 'Alleen deze soorten' })
  kinds?: ProjectKind[];

  @Field(() => String, { nullable: true, description: 'Alleen deze status (exact)' })
  status?: string;

  @Field(() => String, { nullable: true, description: 'Alleen in deze gemeente (GMxxxx)' })
  gemeenteCode?: string;

  @Field(() => Int, { nullable: true, description: 'Alleen projecten op deze locatie' })
  siteId?: number;

  @Field(() => String, { nullable: true, description: 'Naam, plaats of masterplan bevat deze tekst' })
  search?: string;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Ligging snijdt dit GeoJSON-(Multi)Polygon' })
  intersects?: Geometry;

  @Field(() => BBoxInput, { nullable: true, description: 'Ligging binnen dit begrenzingsvak' })
  bbox?: BBoxInput;

  @Field(() => String, { nullable: true, description: 'Ligging binnen de regio met deze CBS-code' })
  withinRegion?: string;
}

export enum ProjectOrderFieldEnum {
  NAME = 'NAME',
  MASTERPLAN = 'MASTERPLAN',
  KIND = 'KIND',
  STATUS = 'STATUS',
  ID = 'ID',
}
registerEnumType(ProjectOrderFieldEnum, {
  name: 'MasterplanProjectOrderField',
  description: 'Sorteersleutel voor masterplanprojecten (aangevuld met id)',
});

@InputType('MasterplanProjectOrder', { description: 'Sortering van masterplanprojecten' })
export class MasterplanProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { defaultValue: ProjectOrderFieldEnum.NAME, description: 'Sorteersleutel' })
  field: ProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Richting' })
  direction: OrderDirection;
}
