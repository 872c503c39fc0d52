/** GraphQL types of the published-statement model (published-statement.ts). */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PRECISIONS, type Precision } from '../../common/domain.js';
import { enumOf } from '../graphql/enums.js';
import type { StatementKind } from './published-statement.model.js';

export const PrecisionEnum = enumOf<Precision>(PRECISIONS);
registerEnumType(PrecisionEnum, {
  name: 'Precision',
  description: 'Hoe precies de bron een cijfer geeft; vergelijkingen gebeuren op de precisie van het zwakste cijfer',
  valuesConfig: {
    exact: { description: 'Een exact getal (17.527 fte), of berekend uit exacte niveaus' },
    afgerond: { description: 'Een afgerond getal ("3 procent" = tussen 2,5 en 3,5 procent)' },
    benadering: { description: 'Woorden rond een getal ("ruim 9.300", "rond 2 procent"); geen exacte waarde' },
    richting: { description: 'Alleen de richting ("afname"), geen getal' },
  },
});

export const STATEMENT_KINDS = ['verandering', 'prognose', 'context'] as const;
export const StatementKindEnum = enumOf<StatementKind>(STATEMENT_KINDS);
registerEnumType(StatementKindEnum, {
  name: 'StatementKind',
  description: 'Soort gepubliceerde uitspraak',
  valuesConfig: {
    verandering: { description: 'Groei of krimp over een periode (1 januari tot 1 januari)' },
    prognose: { description: 'Een prognose vanaf een basispeildatum tot een prognosejaar' },
    context: {
      description: 'Een feit dat niet op de tijdas hoort (geen peildatum, afgerond, andere definitie of geen fte)',
    },
  },
});

@ObjectType('PublishedStatement', {
  description:
    'Een gepubliceerd cijfer of een gepubliceerde uitspraak, zoals de bron het geeft: waarde of alleen woorden, precisie, eenheid, ' +
    'periode of datum, bron met titel en datum, het citaat, en — waar bronnen elkaar tegenspreken — de andere uitspraak.',
})
export class PublishedStatementType {
  @Field(() => String, { description: 'Sleutel: soort en rij ("verandering:12")' })
  id: string;

  @Field(() => StatementKindEnum, { description: 'Verandering, prognose of context' })
  kind: StatementKind;

  @Field(() => String, {
    nullable: true,
    description: 'CBS-code van de regio; null = Nederland of een groep zonder code',
  })
  regionCode: string | null;

  @Field(() => String, { description: 'Regio zoals de bron haar noemt' })
  regionLabel: string;

  @Field(() => String, { nullable: true, description: 'Sector; null = alle sectoren' })
  sector: string | null;

  @Field(() => String, { description: 'Technische sleutel van de maat (voor code, niet voor weergave)' })
  metric: string;

  @Field(() => Float, {
    nullable: true,
    description: 'De waarde; null als de bron alleen woorden of een richting geeft (nooit 0 voor ontbrekend)',
  })
  value: number | null;

  @Field(() => String, { description: 'Zoals de bron het schrijft ("ruim 9.300 fte", "afname")' })
  asWritten: string;

  @Field(() => PrecisionEnum, { description: 'Precisie van het cijfer' })
  precision: Precision;

  @Field(() => String, { nullable: true, description: 'Eenheid: fte, voltijdsbanen, procent, richting…' })
  unit: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Begin van de periode (verandering) of basispeildatum (prognose), JJJJ-MM-DD',
  })
  periodFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Eind van de periode (verandering), JJJJ-MM-DD' })
  periodTo: string | null;

  @Field(() => Int, { nullable: true, description: 'Prognosejaar (prognose)' })
  forecastYear: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Periode of datum: stated (in de bron), inferred (afgeleid) of not stated',
  })
  dateBasis: string | null;

  @Field(() => String, { nullable: true, description: 'Datum in de woorden van de bron, waar er geen periode is' })
  dateAsWritten: string | null;

  @Field(() => String, {
    description: 'Bron: URL, of document:<bestand> voor de overheidsdocumenten naast de repository',
  })
  sourceUrl: string;

  @Field(() => String, { nullable: true, description: 'Titel van de bron' })
  sourceTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Datum van de bron' })
  sourceDate: string | null;

  @Field(() => String, { nullable: true, description: 'Het citaat uit de bron' })
  quote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Waar een andere bron iets anders zegt: wat en waar (beide worden getoond)',
  })
  conflict: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting bij de overname' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Waarom dit feit niet op de tijdas staat (context)' })
  whyNotOnTimeAxis: string | null;
}
