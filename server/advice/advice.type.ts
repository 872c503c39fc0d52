import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { CaseKind, Dataset } from '../../common/domain.js';
import { CaseKindEnum, DatasetEnum } from '../graphql/enums.js';

@ObjectType('AdviceOutcome', { description: 'Uitkomst van de adviesregel: is locatieadvies van BZK nodig, en waarom' })
export class AdviceOutcomeType {
  @Field(() => String, { description: 'ja, nee of onbekend (als de omvang in fte ontbreekt)' })
  adviceRequired: string;

  @Field(() => DatasetEnum, { description: 'De dataset van de casus en haar locaties; demo = fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => String, { description: 'Gaat de verandering over een provinciegrens: ja, nee of onbekend' })
  crossesProvincialBorder: string;

  @Field(() => String, {
    description:
      "Raakt de verandering een grensregio (voormalig krimpgebied): ja, nee of onbekend (ook als er geen grensregio's zijn ingesteld)",
  })
  touchesGrensregio: string;

  @Field(() => String, {
    description: `Herkomst van de lijst grensregio's, of "geen grensregio's ingesteld" (de bronnen geven geen lijst)`,
  })
  grensregioList: string;

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

  @Field(() => Float, {
    nullable: true,
    description: 'Fte die in één stap verhuizen (een eenheid die vertrekt of komt), 0 of meer',
  })
  fteMoving?: number | null;

  @Field(() => DatasetEnum, {
    defaultValue: 'gepubliceerd',
    description: 'Dataset van de casus; locaties uit de andere dataset worden geweigerd',
  })
  dataset: Dataset;

  @Field(() => String, { nullable: true, description: 'Regio van herkomst (CBS-code)' })
  fromRegionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Regio van bestemming (CBS-code)' })
  toRegionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Locatie van herkomst' })
  fromSiteId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Locatie van bestemming' })
  toSiteId?: number | null;
}
