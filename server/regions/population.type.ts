import { Field, ObjectType } from 'type-graphql';
import { Figure, LocalDateScalar } from '../graphql/common.types.js';

@ObjectType('Population', { description: 'Aantal inwoners (bevolking, CBS) van een regio op een peildatum' })
export class PopulationType {
  @Field(() => LocalDateScalar, { description: 'Peildatum (1 januari)' })
  peildatum: string;

  @Field(() => Figure, {
    description: 'Aantal inwoners; null met reden als het CBS-cijfer voor die datum niet geladen is',
  })
  inhabitants: Figure;

  @Field(() => String, { nullable: true, description: 'Bron (URL), meestal CBS StatLine' })
  sourceUrl: string | null;
}
