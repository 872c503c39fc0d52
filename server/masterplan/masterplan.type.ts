import type { Point } from 'geojson';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ChangeRequestStatus, Dataset, LocationPrecision, ProjectKind } from '../../common/domain.js';
import { LocalDateScalar } from '../graphql/common.types.js';
import { Connection } from '../graphql/connection.js';
import { ChangeRequestStatusEnum, DatasetEnum, LocationPrecisionEnum, ProjectKindEnum } from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { ChangeRequestRow, ProjectRow } from './masterplan.queries.js';

@ObjectType('MasterplanProject', {
  description:
    'Een project in een masterplan rijkskantoorhuisvesting (masterplanproject): nieuwbouw, renovatie, afstoot, aankoop of een rijksontmoetingsplein',
})
export class MasterplanProjectType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => String, {
    nullable: true,
    description: 'Het masterplan (per regio), bijv. "Masterplan kantoorhuisvesting Den Haag"',
  })
  masterplan: string | null;

  @Field(() => String, { description: 'Naam van het project' })
  name: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Locatie (rijkskantoor) waarop het project betrekking heeft, als sleutel',
  })
  siteId: number | null;

  @Field(() => String, { nullable: true, description: 'Plaats' })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode (GMxxxx)' })
  gemeenteCode: string | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Ligging als GeoJSON Point (WGS84), als bekend' })
  location: Point | null;

  @Field(() => LocationPrecisionEnum, { nullable: true, description: 'Nauwkeurigheid van de ligging' })
  locationPrecision: LocationPrecision | null;

  @Field(() => ProjectKindEnum, { description: 'Soort project' })
  kind: ProjectKind;

  @Field(() => String, { nullable: true, description: 'Soort zoals de bron het noemt, bijv. "renovatie (PPS/DBFMO)"' })
  kindAsWritten: string | null;

  @Field(() => String, { description: 'Status zoals de bron die geeft, bijv. "gerealiseerd", "in voorbereiding"' })
  status: string;

  @Field(() => String, { nullable: true, description: 'Periode zoals de bron die geeft, bijv. "2024-2028"' })
  period: string | null;

  @Field(() => Int, { nullable: true, description: 'Geplande werkplekken' })
  plannedWorkplaces: number | null;

  @Field(() => String, { description: 'Bron (URL)' })
  sourceUrl: string;

  @Field(() => String, { nullable: true, description: 'Toelichting' })
  note: string | null;

  @Field(() => DatasetEnum, { description: 'Gepubliceerd of fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => Int, { description: 'Versie; geef deze mee bij updateMasterplanProject (optimistische vergrendeling)' })
  version: number;
}

export function toProject(row: ProjectRow): MasterplanProjectType {
  return {
    id: row.id,
    masterplan: row.masterplan,
    name: row.name,
    siteId: row.site_id,
    city: row.city,
    gemeenteCode: row.gemeente_code,
    location: row.geojson ? (JSON.parse(row.geojson) as Point) : null,
    locationPrecision: row.location_precision as LocationPrecision | null,
    kind: row.kind,
    kindAsWritten: row.kind_as_written,
    status: row.status,
    period: row.period,
    plannedWorkplaces: row.planned_workplaces,
    sourceUrl: row.source_url,
    note: row.note,
    dataset: row.dataset,
    version: row.version,
  };
}

@ObjectType('MasterplanProjectConnection', { description: 'Een pagina masterplanprojecten' })
export class MasterplanProjectConnection extends Connection(MasterplanProjectType, 'MasterplanProject') {}

@ObjectType('ChangeRequest', {
  description: 'Een verzoek tot wijziging (VtW) op een masterplanproject; BZK geeft bij elke VtW locatieadvies',
})
export class ChangeRequestType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => Int, { description: 'Het masterplanproject, als sleutel' })
  projectId: number;

  @Field(() => String, { description: 'Titel' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Omschrijving van de gevraagde wijziging' })
  description: string | null;

  @Field(() => ChangeRequestStatusEnum, { description: 'Status' })
  status: ChangeRequestStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ingediend op' })
  submittedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Besloten op (niet vóór de indiening)' })
  decidedOn: string | null;

  @Field(() => Int, { description: 'Versie; geef deze mee bij updateChangeRequest' })
  version: number;
}

export function toChangeRequest(row: ChangeRequestRow): ChangeRequestType {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    description: row.description,
    status: row.status,
    submittedOn: row.submitted_on,
    decidedOn: row.decided_on,
    version: row.version,
  };
}

@ObjectType('ChangeRequestConnection', { description: 'Een pagina verzoeken tot wijziging' })
export class ChangeRequestConnection extends Connection(ChangeRequestType, 'ChangeRequest') {}
