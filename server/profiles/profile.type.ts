import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/common.types.js';
import { Connection } from '../graphql/connection.js';
import type { ProfileRow } from './profile.queries.js';

@ObjectType('RegionProfile', {
  description:
    'Ontwikkelprofiel van een regio: de kernkwaliteiten en kansen die de regio aanlevert, waarop locatiekeuzes worden afgestemd',
})
export class RegionProfileType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => String, { description: 'CBS-code van de regio' })
  regionCode: string;

  @Field(() => [String], { description: 'Kernkwaliteiten, bijv. "logistiek", "energietransitie"' })
  coreQualities: string[];

  @Field(() => String, { nullable: true, description: 'Kansen voor rijkswerkgelegenheid volgens de regio' })
  opportunities: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ontvangen op' })
  receivedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Bron (document of URL)' })
  source: string | null;

  @Field(() => Int, { description: 'Versie; geef deze mee bij updateRegionProfile' })
  version: number;
}

export function toProfile(row: ProfileRow): RegionProfileType {
  return {
    id: row.id,
    regionCode: row.region_code,
    coreQualities: row.core_qualities,
    opportunities: row.opportunities,
    receivedOn: row.received_on,
    source: row.source,
    version: row.version,
  };
}

@ObjectType('RegionProfileConnection', { description: 'Een pagina ontwikkelprofielen' })
export class RegionProfileConnection extends Connection(RegionProfileType, 'RegionProfile') {}
