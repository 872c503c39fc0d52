import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { Dataset } from '../../common/domain.js';
import { DatasetEnum } from '../graphql/enums.js';
import { AdviceOutcomeType } from '../advice/advice.type.js';
import { MonitorResultType } from '../monitors/monitor.type.js';

@InputType('ScenarioInput', { description: 'Geplande casussen en projecten om toe te passen op een peildatum' })
export class ScenarioInput {
  @Field(() => String, { description: 'Basispeildatum, JJJJ-MM-DD' })
  peildatum: string;

  @Field(() => DatasetEnum, {
    defaultValue: 'gepubliceerd',
    description: 'Gepubliceerde cijfers of fictieve voorbeelddata',
  })
  dataset: Dataset;

  @Field(() => [Int], { defaultValue: [], description: 'Toe te passen locatiecasussen' })
  caseIds: number[];

  @Field(() => [Int], { defaultValue: [], description: 'Toe te passen masterplanprojecten' })
  projectIds: number[];

  @Field(() => [String], { nullable: true, description: 'Provinciecodes die als Randstad tellen' })
  randstad?: string[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Werkplekken per fte voor de capaciteit van projecten (standaard 0,7, de rijkskantorennorm)',
  })
  workplacesPerFte?: number | null;
}

@ObjectType('ProvinceProjection', { description: 'Een provincie voor en na het scenario' })
export class ProvinceProjectionType {
  @Field(() => String, { description: 'CBS-code' })
  code: string;

  @Field(() => String, { description: 'Naam' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Fte op de basispeildatum (leeg: geen cijfer)' })
  baseFte: number | null;

  @Field(() => Float, { description: 'Verandering door het scenario (fte)' })
  deltaFte: number;

  @Field(() => Float, { nullable: true, description: 'Geprojecteerde fte (leeg: geen basiscijfer)' })
  projectedFte: number | null;

  @Field(() => Int, { description: 'Verandering in werkplekken door de gekozen projecten' })
  deltaWorkplaces: number;

  @Field(() => Float, {
    description:
      'Ruimte in fte die de werkplekkenverandering biedt (werkplekken / werkplekken per fte); verandert de fte-projectie niet',
  })
  capacityFte: number;
}

@ObjectType('ScenarioCaseAdvice', {
  description: 'De adviesregel op een casus in het scenario (dezelfde regel als locationAdvice)',
})
export class ScenarioCaseAdviceType {
  @Field(() => Int, { description: 'De casus' })
  caseId: number;

  @Field(() => String, { description: 'Titel van de casus' })
  title: string;

  @Field(() => AdviceOutcomeType, { description: 'Is locatieadvies van BZK nodig, en waarom' })
  advice: AdviceOutcomeType;
}

@ObjectType('ScenarioResult', { description: 'Geprojecteerde verdeling en de monitors daarop' })
export class ScenarioResultType {
  @Field(() => [ScenarioCaseAdviceType], { description: 'De adviesregel per gekozen casus' })
  caseAdvice: ScenarioCaseAdviceType[];

  @Field(() => String, { description: 'Basispeildatum' })
  peildatum: string;

  @Field(() => DatasetEnum, { description: 'Gebruikte gegevens' })
  dataset: Dataset;

  @Field(() => Float, { nullable: true, description: 'Landelijk totaal op de basispeildatum' })
  nationalBase: number | null;

  @Field(() => Float, { nullable: true, description: 'Geprojecteerd landelijk totaal' })
  nationalProjected: number | null;

  @Field(() => Int, { description: 'Verandering in werkplekken door de gekozen projecten, landelijk' })
  nationalDeltaWorkplaces: number;

  @Field(() => Float, { description: 'Ruimte in fte die de projecten landelijk toevoegen of weghalen' })
  nationalCapacityFte: number;

  @Field(() => Float, { description: 'Gebruikte norm: werkplekken per fte' })
  workplacesPerFte: number;

  @Field(() => [ProvinceProjectionType], { description: 'Per provincie' })
  provinces: ProvinceProjectionType[];

  @Field(() => [String], { description: 'Wat is toegepast' })
  applied: string[];

  @Field(() => [String], { description: 'Wat niet kon worden toegepast, en waarom' })
  notApplied: string[];

  @Field(() => [MonitorResultType], { description: 'De monitors van basispeildatum naar scenario' })
  monitors: MonitorResultType[];
}
