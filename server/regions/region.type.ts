import { Field, Int, ObjectType } from 'type-graphql';
import type { RegionKind } from '../../common/domain.js';
import { RegionKindEnum } from '../graphql/enums.js';
import { Connection } from '../graphql/connection.js';
import type { RegionRow } from './region.queries.js';

@ObjectType('Region', {
  description: 'Een regio (provincie, COROP-gebied, gemeente of arbeidsmarktregio) in de indeling van één jaar',
})
export class RegionType {
  @Field(() => Int, { description: 'Vaste sleutel van deze regio in deze indeling' })
  id: number;

  @Field(() => RegionKindEnum, { description: 'Soort regio' })
  kind: RegionKind;

  @Field(() => String, { description: 'CBS-code (statcode), bijv. PV22, CR01, GM0106, AM18' })
  code: string;

  @Field(() => String, { description: 'Naam volgens het CBS (statnaam)' })
  name: string;

  @Field(() => Int, { description: 'Jaar van de gebiedsindeling' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Provincie waarin de regio ligt (ruimtelijk afgeleid)' })
  provincieCode: string | null;

  @Field(() => String, { nullable: true, description: 'COROP-gebied waarin de regio ligt (ruimtelijk afgeleid)' })
  coropCode: string | null;

  @Field(() => String, { nullable: true, description: 'Arbeidsmarktregio waarin de regio ligt (ruimtelijk afgeleid)' })
  arbeidsmarktregioCode: string | null;

  @Field(() => Boolean, {
    description:
      'Ligt in de Randstad volgens de ingestelde definitie (standaard: Noord-Holland, Zuid-Holland, Utrecht)',
  })
  isRandstad: boolean;

  @Field(() => Boolean, { description: 'Grensregio volgens de ingestelde lijst' })
  isGrensregio: boolean;

  @Field(() => String, { description: 'Bron van de grens' })
  source: string;
}

export function toRegion(row: RegionRow): RegionType {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    year: row.year,
    provincieCode: row.provincie_code,
    coropCode: row.corop_code,
    arbeidsmarktregioCode: row.arbeidsmarktregio_code,
    isRandstad: row.is_randstad,
    isGrensregio: row.is_grensregio,
    source: row.source,
  };
}

@ObjectType('RegionConnection', { description: 'Een pagina regio’s' })
export class RegionConnection extends Connection(RegionType, 'Region') {}
