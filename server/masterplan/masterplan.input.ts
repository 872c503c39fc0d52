/**
 * Inputs for masterplan projects and change requests. Each input implements Partial of the type
 * it creates, and each patch Partial of its input, so names and types cannot drift apart.
 */
import type { Geometry, Point } from 'geojson';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import type { ChangeRequestStatus, Dataset, LocationPrecision, ProjectKind } from '../common/domain.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import { ChangeRequestStatusEnum, DatasetEnum, LocationPrecisionEnum, OrderDirection, ProjectKindEnum } from '../graphql/enums.js';
import { BBoxInput } from '../graphql/geometry.input.js';
import { GeoJSONScalar } from '../graphql/geojson.scalar.js';
import type { ProjectOrderField } from './masterplan.queries.js';
import type { ChangeRequestType, MasterplanProjectType } from './masterplan.type.js';

@InputType('MasterplanProjectFilter', { description: 'Filters voor masterplanprojecten; alle opgegeven filters gelden samen' })
export class MasterplanProjectFilter {
  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Gepubliceerd (standaard) of fictieve voorbeelddata' })
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
registerEnumType(ProjectOrderFieldEnum, { name: 'MasterplanProjectOrderField', description: 'Sorteersleutel voor masterplanprojecten (aangevuld met id)' });

@InputType('MasterplanProjectOrder', { description: 'Sortering van masterplanprojecten' })
export class MasterplanProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { defaultValue: ProjectOrderFieldEnum.NAME, description: 'Sorteersleutel' })
  field: ProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Richting' })
  direction: OrderDirection;
}

@InputType('MasterplanProjectInput', { description: 'Een nieuw masterplanproject (createMasterplanProject)' })
export class MasterplanProjectInput implements Partial<MasterplanProjectType> {
  @Field(() => String, { nullable: true, description: 'Masterplan' })
  masterplan?: string | null;

  @Field(() => String, { description: 'Naam' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'Locatie (sleutel) waarop het project betrekking heeft' })
  siteId?: number | null;

  @Field(() => String, { nullable: true, description: 'Plaats' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode; leeg = afgeleid uit de ligging' })
  gemeenteCode?: string | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Ligging als GeoJSON Point in Nederland' })
  location?: Point | null;

  @Field(() => LocationPrecisionEnum, { nullable: true, description: 'Nauwkeurigheid van de ligging (verplicht bij een ligging)' })
  locationPrecision?: LocationPrecision | null;

  @Field(() => ProjectKindEnum, { description: 'Soort project' })
  kind: ProjectKind;

  @Field(() => String, { nullable: true, description: 'Soort zoals de bron het noemt' })
  kindAsWritten?: string | null;

  @Field(() => String, { description: 'Status' })
  status: string;

  @Field(() => String, { nullable: true, description: 'Periode, bijv. "2024-2028"' })
  period?: string | null;

  @Field(() => Int, { nullable: true, description: 'Geplande werkplekken (0 of meer)' })
  plannedWorkplaces?: number | null;

  @Field(() => String, { description: 'Bron (URL)' })
  sourceUrl: string;

  @Field(() => String, { nullable: true, description: 'Toelichting' })
  note?: string | null;

  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Gepubliceerd of fictieve voorbeelddata' })
  dataset: Dataset;
}

@InputType('MasterplanProjectPatch', { description: 'Wijzigingen aan een masterplanproject: alleen opgegeven velden veranderen' })
export class MasterplanProjectPatch implements Partial<MasterplanProjectInput> {
  @Field(() => String, { nullable: true, description: 'Masterplan' }) masterplan?: string | null;
  @Field(() => String, { nullable: true, description: 'Naam' }) name?: string;
  @Field(() => Int, { nullable: true, description: 'Locatie (sleutel)' }) siteId?: number | null;
  @Field(() => String, { nullable: true, description: 'Plaats' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode' }) gemeenteCode?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true, description: 'Ligging (GeoJSON Point)' }) location?: Point | null;
  @Field(() => LocationPrecisionEnum, { nullable: true, description: 'Nauwkeurigheid van de ligging' }) locationPrecision?: LocationPrecision | null;
  @Field(() => ProjectKindEnum, { nullable: true, description: 'Soort project' }) kind?: ProjectKind;
  @Field(() => String, { nullable: true, description: 'Soort zoals de bron het noemt' }) kindAsWritten?: string | null;
  @Field(() => String, { nullable: true, description: 'Status' }) status?: string;
  @Field(() => String, { nullable: true, description: 'Periode' }) period?: string | null;
  @Field(() => Int, { nullable: true, description: 'Geplande werkplekken' }) plannedWorkplaces?: number | null;
  @Field(() => String, { nullable: true, description: 'Bron (URL)' }) sourceUrl?: string;
  @Field(() => String, { nullable: true, description: 'Toelichting' }) note?: string | null;
  @Field(() => DatasetEnum, { nullable: true, description: 'Dataset' }) dataset?: Dataset;
}

@InputType('ChangeRequestInput', { description: 'Een nieuw verzoek tot wijziging (createChangeRequest)' })
export class ChangeRequestInput implements Partial<ChangeRequestType> {
  @Field(() => Int, { description: 'Het masterplanproject (sleutel)' })
  projectId: number;

  @Field(() => String, { description: 'Titel' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Omschrijving' })
  description?: string | null;

  @Field(() => ChangeRequestStatusEnum, { defaultValue: 'ingediend', description: 'Status' })
  status: ChangeRequestStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ingediend op' })
  submittedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Besloten op' })
  decidedOn?: string | null;
}

@InputType('ChangeRequestPatch', { description: 'Wijzigingen aan een verzoek tot wijziging: alleen opgegeven velden veranderen' })
export class ChangeRequestPatch implements Partial<ChangeRequestInput> {
  @Field(() => String, { nullable: true, description: 'Titel' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Omschrijving' }) description?: string | null;
  @Field(() => ChangeRequestStatusEnum, { nullable: true, description: 'Status' }) status?: ChangeRequestStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Ingediend op' }) submittedOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Besloten op' }) decidedOn?: string | null;
}
