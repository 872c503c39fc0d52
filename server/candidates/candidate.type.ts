import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { Dataset, LocationPrecision } from '../../common/domain.js';
import { DatasetEnum, LocationPrecisionEnum } from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';

@ObjectType('CriterionScore', { description: 'Score van een kandidaat op één criterium' })
export class CriterionScoreType {
  @Field(() => String, {
    description: 'Criterium: regionalNeed, qualityMatch, accessibility, distanceFromOrigin, capacityFit, cost',
  })
  criterion: string;

  @Field(() => String, { description: 'Naam van het criterium in het Nederlands' })
  label: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Score 0–1 (1 = best); leeg als het criterium niet van toepassing is',
  })
  score: number | null;

  @Field(() => Float, { description: 'Gebruikt gewicht' })
  weight: number;

  @Field(() => Float, { description: 'Bijdrage aan de totaalscore (gewicht × score / som van gewichten)' })
  contribution: number;

  @Field(() => String, { description: 'Toelichting' })
  detail: string;
}

@ObjectType('Candidate', { description: 'Een kandidaat-locatie met zijn scores en uitleg' })
export class CandidateType {
  @Field(() => Int, { description: 'Plaats in de rangschikking (1 = best)' })
  rank: number;

  @Field(() => String, { description: 'bestaande_locatie of gemeente (nieuwe locatie)' })
  kind: string;

  @Field(() => Int, { nullable: true, description: 'De bestaande locatie' })
  siteId: number | null;

  @Field(() => String, { description: 'Naam' })
  name: string;

  @Field(() => String, { description: 'Gemeente (CBS-code)' })
  gemeenteCode: string;

  @Field(() => String, { description: 'Naam van de gemeente' })
  gemeenteName: string;

  @Field(() => String, { nullable: true, description: 'Provincie (CBS-code)' })
  provincieCode: string | null;

  @Field(() => Boolean, { description: 'Ligt in de Randstad' })
  isRandstad: boolean;

  @Field(() => GeoJSONScalar, { description: 'Punt van de kandidaat (voor een gemeente: een punt binnen de gemeente)' })
  location: Geometry;

  @Field(() => Float, { description: 'Totaalscore 0–1' })
  total: number;

  @Field(() => [CriterionScoreType], { description: 'Scores per criterium' })
  criteria: CriterionScoreType[];

  @Field(() => [String], { description: 'Criteria die deze plaats vooral bepalen' })
  decisive: string[];

  @Field(() => String, { description: 'Uitleg in woorden' })
  explanation: string;

  @Field(() => LocationPrecisionEnum, {
    description:
      'Nauwkeurigheid van het punt: adres, of gemeente (een locatie zonder gevonden adres, of een gemeente als nieuwe locatie)',
  })
  locationPrecision: LocationPrecision;

  @Field(() => Float, { nullable: true, description: 'Afstand tot de herkomst in meter' })
  distanceFromOriginM: number | null;

  @Field(() => String, { description: 'Dichtstbijzijnde intercitystation' })
  nearestStation: string;

  @Field(() => Float, {
    description: 'Afstand tot dat station in meter, gemeten vanaf location (zie nearestStationNote)',
  })
  nearestStationM: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Kanttekening bij de stationsafstand als het punt geen adres is; een bestaande locatie op gemeenteniveau wordt dan niet op bereikbaarheid gescoord',
  })
  nearestStationNote: string | null;

  @Field(() => Int, { nullable: true, description: 'Werkplekken (bestaande locatie)' })
  workplaces: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Bezette fte op de peildatum (bestaande locatie); leeg als de bezetting onbekend is',
  })
  occupiedFte: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Vrije werkplekken (bestaande locatie); leeg als de bezetting onbekend is, nooit als vrij geteld',
  })
  freeWorkplaces: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      '"bezetting onbekend" voor een bestaande locatie zonder fte op de peildatum; dan niet op capaciteit gescoord',
  })
  capacityNote: string | null;
}

@ObjectType('CandidateRanking', { description: 'Gerangschikte kandidaat-locaties voor een vraag' })
export class CandidateRankingType {
  @Field(() => DatasetEnum, { description: 'Gebruikte gegevens; demo = fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => String, { nullable: true, description: 'Gebruikte peildatum' })
  peildatum: string | null;

  @Field(() => Int, { description: 'Aantal kandidaten dat aan alle harde eisen voldoet' })
  totalCandidates: number;

  @Field(() => [CandidateType], { description: 'De beste kandidaten, best eerst' })
  candidates: CandidateType[];
}
