import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import { Figure, LocalDateScalar, SourceRef } from '../graphql/common.types.js';
import { DatasetEnum, SectorEnum } from '../graphql/enums.js';
import { RegionKindEnum } from '../graphql/enums.js';
import type * as Model from './fte-aggregate.model.js';

export enum FteBasis {
  regiocijfer = 'regiocijfer',
  leveringen = 'leveringen',
}
registerEnumType(FteBasis, {
  name: 'FteBasis',
  description: 'Waarop een regiocijfer berust',
  valuesConfig: {
    regiocijfer: { description: 'Een cijfer dat voor precies deze regio is gepubliceerd (gaat voor)' },
    leveringen: { description: 'De som van leveringen per locatie of gemeente binnen de regio' },
  },
});

@ObjectType('FteChange', { description: 'Verandering (groei of krimp) sinds de vergelijkingsdatum' })
export class FteChange implements Model.FteChange {
  @Field(() => Figure, { description: 'Het cijfer op de vergelijkingsdatum (comparePeildatum)' })
  previous: Figure;

  @Field(() => Figure, { description: 'Verandering in fte (nu min toen)' })
  absolute: Figure;

  @Field(() => Figure, { description: 'Verandering in procenten van het cijfer op de vergelijkingsdatum' })
  pct: Figure;
}

@ObjectType('NationalFte', { description: 'Landelijk totaal rijkswerkgelegenheid op de peildatum' })
export class NationalFte implements Model.NationalFte {
  @Field(() => Figure, { description: 'Landelijk totaal in fte' })
  fte: Figure;

  @Field(() => String, { nullable: true, description: 'Zoals de bron het schrijft als er alleen een benadering is' })
  asWritten: string | null;

  @Field(() => Int, { nullable: true, description: 'Inwoners van Nederland (CBS) op de peildatum, als gepubliceerd' })
  inhabitants: number | null;

  @Field(() => Figure, { description: 'Fte per 1.000 inwoners' })
  ftePer1000Inhabitants: Figure;

  @Field(() => FteChange, { description: 'Landelijke groei sinds de vergelijkingsdatum' })
  change: FteChange;

  @Field(() => [String], { description: 'Bronnen (URL) van het landelijk totaal' })
  sources: string[];
}

@ObjectType('RegionFte', {
  description: 'Rijkswerkgelegenheid in één regio op de peildatum, met aandeel, dichtheid en groei',
})
export class RegionFteType implements Model.RegionFteFigures {
  /** The region row, resolved by the region field. */
  regionId: number;

  @Field(() => String, { description: 'CBS-code van de regio' })
  code: string;

  @Field(() => String, { description: 'Naam van de regio' })
  name: string;

  @Field(() => Boolean, { description: 'Ligt in de Randstad (ingestelde definitie)' })
  isRandstad: boolean;

  @Field(() => DatasetEnum, { description: 'Gebruikte gegevens: gepubliceerd of demo (fictieve voorbeelddata)' })
  dataset: Dataset;

  @Field(() => Figure, {
    description: 'Fte in de regio; null met reden als er geen (exact) cijfer is — nooit 0 voor ontbrekend',
  })
  fte: Figure;

  @Field(() => FteBasis, { nullable: true, description: 'Gepubliceerd regiocijfer of som van leveringen' })
  basis: Model.FteBasisValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'Zoals de bron het schrijft als er alleen een benadering is (bijv. "bijna 95.000")',
  })
  asWritten: string | null;

  @Field(() => [String], { description: 'Bronnen (URL) van dit cijfer' })
  sources: string[];

  @Field(() => Figure, { description: 'Aandeel in het landelijk totaal, in procenten' })
  shareOfNationalPct: Figure;

  @Field(() => Int, { nullable: true, description: 'Inwoners (CBS) op de peildatum, als gepubliceerd' })
  inhabitants: number | null;

  @Field(() => Figure, { description: 'Fte per 1.000 inwoners' })
  ftePer1000Inhabitants: Figure;

  @Field(() => FteChange, { description: 'Groei of krimp sinds de vergelijkingsdatum' })
  change: FteChange;

  @Field(() => Figure, {
    description: 'Groei van de regio min de landelijke groei, in procentpunten (negatief = blijft achter)',
  })
  growthVsNationalPctPoints: Figure;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Blijft de groei achter bij de landelijke groei (motie-De Vries)? null als dat niet te bepalen is',
  })
  lagsNationalGrowth: boolean | null;
}

@ObjectType('FteGroup', { description: 'Een groep regio’s opgeteld (Randstad of de rest van Nederland)' })
export class FteGroup implements Model.FteGroup {
  @Field(() => String, { description: 'Naam van de groep' })
  label: string;

  @Field(() => [String], { description: 'CBS-codes van de regio’s in de groep' })
  codes: string[];

  @Field(() => Figure, { description: 'Som in fte; null als een regio in de groep geen cijfer heeft (onvolledig)' })
  fte: Figure;

  @Field(() => Figure, { description: 'Aandeel in het landelijk totaal, in procenten' })
  shareOfNationalPct: Figure;

  @Field(() => FteChange, { description: 'Groei sinds de vergelijkingsdatum' })
  change: FteChange;
}

@ObjectType('FteAggregate', {
  description:
    'Rijkswerkgelegenheid per regio (provincie, COROP-gebied, gemeente of arbeidsmarktregio) op een peildatum, per sector of organisatie, ' +
    'met aandeel in het landelijk totaal, fte per 1.000 inwoners, groei tegenover de landelijke groei en Randstad tegenover de rest. ' +
    'Zegt altijd of het om gepubliceerde cijfers of fictieve voorbeelddata gaat, en noemt de bronnen.',
})
export class FteAggregateType implements Model.FteAggregate {
  @Field(() => RegionKindEnum, { description: 'Regioniveau' })
  level: RegionKind;

  @Field(() => LocalDateScalar, { description: 'Peildatum' })
  peildatum: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Vergelijkingsdatum voor groei' })
  comparePeildatum: string | null;

  @Field(() => DatasetEnum, { description: 'Dataset waaruit alle cijfers komen (nooit gemengd)' })
  dataset: Dataset;

  @Field(() => String, { description: '"gepubliceerde cijfers" of "fictieve voorbeelddata"' })
  datasetLabel: string;

  @Field(() => Boolean, { description: 'Waar als dit fictieve voorbeelddata zijn (geen echte cijfers)' })
  isDemo: boolean;

  @Field(() => SectorEnum, { nullable: true, description: 'Sector; null = alle sectoren' })
  sector: Sector | null;

  @Field(() => Int, { nullable: true, description: 'Organisatie; null = alle organisaties' })
  organisationId: number | null;

  @Field(() => NationalFte, { description: 'Landelijk totaal' })
  national: NationalFte;

  @Field(() => [RegionFteType], { description: 'Eén rij per regio van het niveau (nieuwste indeling), op code' })
  regions: RegionFteType[];

  @Field(() => FteGroup, {
    description: 'De regio’s in de Randstad samen (alleen de gevraagde codes, als codes is opgegeven)',
  })
  randstad: FteGroup;

  @Field(() => FteGroup, {
    description: 'De regio’s buiten de Randstad samen (alleen de gevraagde codes, als codes is opgegeven)',
  })
  outsideRandstad: FteGroup;

  /** Resolved on demand (a thenable) so that queries without `sources` skip the titles lookup. */
  @Field(() => [SourceRef], { description: 'Alle bronnen van de cijfers in dit antwoord (fte en bevolking)' })
  sources: SourceRef[] | PromiseLike<SourceRef[]>;
}
