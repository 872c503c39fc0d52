import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { Dataset } from '../../common/domain.js';
import { DatasetEnum, enumOf } from '../graphql/enums.js';
import { GeoJSONScalar } from '../spatial/geojson.scalar.js';
import type { Weights } from './ranking.js';

export const CandidateScopeEnum = enumOf(['beide', 'bestaande_locaties', 'gemeenten'] as const);
registerEnumType(CandidateScopeEnum, {
  name: 'CandidateScope',
  description: 'Welke kandidaten: bestaande locaties met vrije capaciteit, gemeenten als nieuwe locatie, of beide',
});

@InputType('CriterionWeightsInput', {
  description: 'Gewichten per criterium (0–100, standaard 1); 0 schakelt een criterium uit',
})
export class CriterionWeightsInput implements Partial<Weights> {
  @Field(() => Float, {
    nullable: true,
    description: 'Regionale behoefte: ondervertegenwoordiging t.o.v. bevolking en achterblijvende groei',
  })
  regionalNeed?: number;

  @Field(() => Float, { nullable: true, description: 'Aansluiting bij de kernkwaliteiten uit het regioprofiel' })
  qualityMatch?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Bereikbaarheid: afstand tot het dichtstbijzijnde intercitystation',
  })
  accessibility?: number;

  @Field(() => Float, { nullable: true, description: 'Afstand tot de huidige locatie (medewerkers kunnen blijven)' })
  distanceFromOrigin?: number;

  @Field(() => Float, { nullable: true, description: 'Vrije capaciteit t.o.v. de benodigde werkplekken' })
  capacityFit?: number;

  @Field(() => Float, { nullable: true, description: 'Kosten: bestaand rijksgebouw boven nieuwe huisvesting' })
  cost?: number;
}

@InputType('CandidateDemandInput', { description: 'De vraag: hoeveel fte, vanaf waar, met welke eisen en gewichten' })
export class CandidateDemandInput {
  @Field(() => Float, { description: 'Aantal fte dat een plek zoekt' })
  fte: number;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description:
      'Harde eis: alleen kandidaten in dit gebied (GeoJSON Polygon of MultiPolygon in WGS84, binnen Nederland); ' +
      'een locatie telt als haar punt erin ligt, een gemeente als ze het gebied overlapt',
  })
  area?: Geometry | null;

  @Field(() => Int, { nullable: true, description: 'Huidige locatie (herkomst)' })
  originSiteId?: number | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Herkomst als GeoJSON-punt (in plaats van een locatie)' })
  originPoint?: Geometry | null;

  @Field(() => [String], { nullable: true, description: 'Gevraagde kernkwaliteiten (tags uit regioprofielen)' })
  requiredQualities?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Harde eis: buiten de Randstad' })
  outsideRandstad?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Harde eis: hoogstens zoveel km van de herkomst' })
  maxDistanceFromOriginKm?: number | null;

  @Field(() => Float, { nullable: true, description: 'Harde eis: hoogstens zoveel km van een intercitystation' })
  maxDistanceToIntercityKm?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Harde eis voor bestaande locaties: minstens zoveel vrije werkplekken',
  })
  minFreeWorkplaces?: number | null;

  @Field(() => CriterionWeightsInput, { nullable: true, description: 'Gewichten per criterium' })
  weights?: CriterionWeightsInput | null;

  @Field(() => DatasetEnum, {
    defaultValue: 'gepubliceerd',
    description: 'Gegevens voor bezetting en regionale behoefte',
  })
  dataset: Dataset;

  @Field(() => String, { nullable: true, description: 'Peildatum (standaard: de nieuwste van de dataset)' })
  peildatum?: string | null;

  @Field(() => CandidateScopeEnum, { nullable: true, description: 'Welke kandidaten (standaard beide)' })
  include?: keyof typeof CandidateScopeEnum | null;

  @Field(() => Int, { nullable: true, description: 'Aantal kandidaten in het antwoord (standaard 20, hoogstens 200)' })
  limit?: number | null;

  @Field(() => Float, { nullable: true, description: 'Werkplekken per fte (standaard 0,7: de rijksnorm)' })
  workplacesPerFte?: number | null;
}
