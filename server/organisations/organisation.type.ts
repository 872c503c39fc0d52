import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Dataset, Sector } from '../../common/domain.js';
import { Connection } from '../graphql/connection.js';
import { DatasetEnum, OrderDirection, SectorEnum } from '../graphql/enums.js';
import type { OrganisationOrderField, OrganisationRow } from './organisation.queries.js';

@ObjectType('Organisation', {
  description: 'Een rijksorganisatie (organisatie): ministerie, uitvoeringsdienst, agentschap of zbo',
})
export class OrganisationType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => String, { description: 'Naam, bijv. "Belastingdienst"' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Afkorting, bijv. "DJI"' })
  abbreviation: string | null;

  @Field(() => SectorEnum, { description: 'Sector van de rijkswerkgelegenheid' })
  sector: Sector;

  @Field(() => Int, { nullable: true, description: 'Moederorganisatie (meestal het ministerie), als sleutel' })
  parentId: number | null;

  @Field(() => String, { nullable: true, description: 'Bron van de gegevens' })
  source: string | null;

  @Field(() => DatasetEnum, {
    description:
      'gepubliceerd (een echte organisatie) of demo (fictieve voorbeelddata); één lijst kan beide bevatten, dit veld onderscheidt ze',
  })
  dataset: Dataset;

  @Field(() => Int, { description: 'Versie (voor optimistische vergrendeling)' })
  version: number;
}

export function toOrganisation(row: OrganisationRow): OrganisationType {
  return {
    id: row.id,
    name: row.name,
    abbreviation: row.abbreviation,
    sector: row.sector,
    parentId: row.parent_id,
    source: row.source,
    dataset: row.dataset,
    version: row.version,
  };
}

@ObjectType('OrganisationConnection', { description: 'Een pagina organisaties' })
export class OrganisationConnection extends Connection(OrganisationType, 'Organisation') {}

export enum OrganisationOrderFieldEnum {
  NAME = 'NAME',
  SECTOR = 'SECTOR',
  ID = 'ID',
}
registerEnumType(OrganisationOrderFieldEnum, {
  name: 'OrganisationOrderField',
  description: 'Sorteersleutel voor organisaties (altijd aangevuld met id)',
});

@InputType('OrganisationOrder', { description: 'Sortering van organisaties' })
export class OrganisationOrder {
  @Field(() => OrganisationOrderFieldEnum, {
    defaultValue: OrganisationOrderFieldEnum.NAME,
    description: 'Sorteersleutel',
  })
  field: OrganisationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Richting' })
  direction: OrderDirection;
}

@InputType('OrganisationFilter', { description: 'Filters voor organisaties; alle opgegeven filters gelden samen' })
export class OrganisationFilter {
  @Field(() => SectorEnum, { nullable: true, description: 'Alleen deze sector' })
  sector?: Sector;

  @Field(() => String, { nullable: true, description: 'Naam of afkorting bevat deze tekst (hoofdletterongevoelig)' })
  search?: string;

  @Field(() => Int, { nullable: true, description: 'Alleen onderdelen van deze moederorganisatie' })
  parentId?: number;
}
