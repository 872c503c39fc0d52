import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DatasetEnum, enumOf } from '../graphql/enums.js';
import type { Dataset, Precision } from '../../common/domain.js';
import { PrecisionEnum, PublishedStatementType } from '../statements/statement.type.js';

export const VerdictEnum = enumOf(['voldoet', 'voldoet_niet', 'onvoldoende_gegevens'] as const);
registerEnumType(VerdictEnum, {
  name: 'Verdict',
  description: 'Uitkomst van een beleidsmonitor',
  valuesConfig: {
    voldoet: { description: 'Voldoet aan de beleidsregel' },
    voldoet_niet: { description: 'Voldoet niet: gemarkeerd' },
    onvoldoende_gegevens: { description: 'Onvoldoende gepubliceerde gegevens om te oordelen' },
  },
});

@ObjectType('MonitorFigure', { description: 'Een cijfer waarop een monitor zijn oordeel baseert' })
export class MonitorFigureType {
  @Field(() => String, { description: 'Wat het cijfer is' })
  label: string;

  @Field(() => String, { nullable: true, description: 'CBS-code van de regio, als het cijfer bij een regio hoort' })
  regionCode: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'De waarde; leeg als het cijfer ontbreekt (nooit 0 voor ontbrekend)',
  })
  value: number | null;

  @Field(() => String, { description: 'Eenheid: fte, procent of procentpunt' })
  unit: string;

  @Field(() => String, {
    description: 'Herkomst: berekend (uit niveaus), gepubliceerd (een gepubliceerde verandering) of ontbreekt',
  })
  basis: string;

  @Field(() => Boolean, {
    description: 'Door de beleidsregel gemarkeerd (achterblijvend, negatief, ondervertegenwoordigd…)',
  })
  flagged: boolean;

  @Field(() => PrecisionEnum, {
    nullable: true,
    description: 'Precisie van het cijfer (exact als het uit niveaus is berekend); null als het ontbreekt',
  })
  precision?: Precision | null;

  @Field(() => String, {
    nullable: true,
    description: 'Zoals de bron het schrijft, voor een gepubliceerd cijfer ("rond 2 procent", "afname")',
  })
  asWritten?: string | null;
}

@ObjectType('MonitorResult', { description: 'Uitkomst van één beleidsmonitor over een periode' })
export class MonitorResultType {
  @Field(() => String, {
    description: 'Vaste sleutel: randstad_aandeel, de_vries, evenredigheid, drenthe, krimp_randstad_groei_buiten',
  })
  id: string;

  @Field(() => String, { description: 'Naam van de monitor' })
  title: string;

  @Field(() => String, { description: 'Begin van de periode (peildatum)' })
  fromPeildatum: string;

  @Field(() => String, { description: 'Eind van de periode (peildatum)' })
  toPeildatum: string;

  @Field(() => DatasetEnum, { description: 'Gebruikte gegevens: gepubliceerd of fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => VerdictEnum, { description: 'Oordeel' })
  verdict: keyof typeof VerdictEnum;

  @Field(() => String, { description: 'Het oordeel in woorden' })
  explanation: string;

  @Field(() => [MonitorFigureType], { description: 'De cijfers achter het oordeel' })
  figures: MonitorFigureType[];

  @Field(() => [String], { description: 'Wat ontbreekt om (volledig) te oordelen' })
  missing: string[];

  @Field(() => [String], { description: 'Bronnen (URL) van de gebruikte cijfers' })
  sources: string[];

  @Field(() => [String], { description: 'Gepubliceerde uitspraken over hetzelfde onderwerp, ter vergelijking' })
  publishedStatements: string[];
}

@ObjectType('NationalGrowth', { description: 'Landelijke groei van de rijkswerkgelegenheid tussen twee peildata' })
export class NationalGrowthType {
  @Field(() => Float, { nullable: true, description: 'Totaal op de begindatum (fte)' })
  fromFte: number | null;

  @Field(() => Float, { nullable: true, description: 'Totaal op de einddatum (fte)' })
  toFte: number | null;

  @Field(() => Float, { nullable: true, description: 'Groei in fte' })
  growthFte: number | null;

  @Field(() => Float, { nullable: true, description: 'Groei in procenten' })
  growthPercent: number | null;

  @Field(() => String, { description: 'berekend, gepubliceerd of ontbreekt' })
  basis: string;

  @Field(() => DatasetEnum, { description: 'Gebruikte gegevens: gepubliceerd of demo (fictieve voorbeelddata)' })
  dataset: Dataset;

  @Field(() => [String], { description: 'Bronnen' })
  sources: string[];

  @Field(() => PrecisionEnum, {
    nullable: true,
    description: 'Precisie van de groei (exact als berekend uit de totalen); null als die ontbreekt',
  })
  precision: Precision | null;

  @Field(() => String, {
    nullable: true,
    description: 'Zoals de bron de groei schrijft, als die uit een gepubliceerde uitspraak komt ("ruim 9.300 fte")',
  })
  asWritten: string | null;

  @Field(() => [PublishedStatementType], {
    description:
      'Alle gepubliceerde landelijke uitspraken over deze periode, ook als de groei uit de totalen is berekend',
  })
  published: PublishedStatementType[];

  @Field(() => [String], {
    description: 'Waar de gepubliceerde groei afwijkt van de groei uit de totalen: hoeveel en welke bronnen',
  })
  discrepancies: string[];
}
