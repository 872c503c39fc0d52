/**
 * Inputs for masterplan projects and change requests. Each input implements Partial of the type
 * it creates, and each patch Partial of its input, so names and types cannot drift apart.
 */
import type { Point } from 'geojson';
import { Field, InputType, Int } from 'type-graphql';
import type { ChangeRequestStatus, Dataset, LocationPrecision, ProjectKind } from '../../common/domain.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import { ChangeRequestStatusEnum, DatasetEnum, LocationPrecisionEnum, ProjectKindEnum } from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { ChangeRequestType, MasterplanProjectType } from './masterplan.type.js';

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

  @Field(() => LocationPrecisionEnum, {
    nullable: true,
    description: 'Nauwkeurigheid van de ligging (verplicht bij een ligging)',
  })
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

@InputType('MasterplanProjectPatch', {
  description: 'Wijzigingen aan een masterplanproject: alleen opgegeven velden veranderen',
})
export class MasterplanProjectPatch implements Partial<MasterplanProjectInput> {
  @Field(() => String, { nullable: true, description: 'Masterplan' }) masterplan?: string | null;
  @Field(() => String, { nullable: true, description: 'Naam' }) name?: string;
  @Field(() => Int, { nullable: true, description: 'Locatie (sleutel)' }) siteId?: number | null;
  @Field(() => String, { nullable: true, description: 'Plaats' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode' }) gemeenteCode?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true, description: 'Ligging (GeoJSON Point)' }) location?: Point | null;
  @Field(() => LocationPrecisionEnum, { nullable: true, description: 'Nauwkeurigheid van de ligging' })
  locationPrecision?: LocationPrecision | null;
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

@InputType('ChangeRequestPatch', {
  description: 'Wijzigingen aan een verzoek tot wijziging: alleen opgegeven velden veranderen',
})
export class ChangeRequestPatch implements Partial<ChangeRequestInput> {
  @Field(() => String, { nullable: true, description: 'Titel' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Omschrijving' }) description?: string | null;
  @Field(() => ChangeRequestStatusEnum, { nullable: true, description: 'Status' }) status?: ChangeRequestStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Ingediend op' }) submittedOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Besloten op' }) decidedOn?: string | null;
}
