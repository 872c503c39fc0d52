import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { CaseKind } from '../../common/domain.js';
import { CaseKindEnum } from '../graphql/enums.js';

@ObjectType('AdviceOutcome', { description: 'Uitkomst van de adviesregel: is locatieadvies van BZK nodig, en waarom' })
export class AdviceOutcomeType {
  @Field(() => String, { description: 'ja, nee of onbekend (als de omvang in fte ontbreekt)' })
  adviceRequired: string;

  @Field(() => String, { description: 'Gaat de verandering over een provinciegrens: ja, nee of onbekend' })
  crossesProvincialBorder: string;

  @Field(() => Boolean, { description: 'Raakt de verandering een grensregio (voormalig krimpgebied)' })
  touchesGrensregio: boolean;

  @Field(() => [String], { description: 'Redenen waarom advies nodig is' })
  reasons: string[];

  @Field(() => String, { description: 'De uitkomst in woorden' })
  explanation: string;
}

@InputType('AdviceInput', { description: 'Een (nog niet opgeslagen) casus om de adviesregel op toe te passen' })
export class AdviceInput {
  @Field(() => CaseKindEnum, { description: 'Soort casus' })
  kind: CaseKind;

  @Field(() => Float, { nullable: true, description: 'Verandering in fte: positief voor groei, negatief voor krimp' })
  fteChange?: number | null;

  @Field(() => String, { nullable: true, description: 'Regio van herkomst (CBS-code)' })
  fromRegionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Regio van bestemming (CBS-code)' })
  toRegionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Locatie van herkomst' })
  fromSiteId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Locatie van bestemming' })
  toSiteId?: number | null;
}
