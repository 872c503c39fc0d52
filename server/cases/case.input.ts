/** Inputs for location cases; each implements Partial of what it feeds, so they cannot drift. */
import { Field, Float, InputType, Int } from 'type-graphql';
import type { CaseKind, Dataset } from '../../common/domain.js';
import { CaseKindEnum, DatasetEnum } from '../graphql/enums.js';
import type { LocationCaseType } from './case.type.js';

@InputType('LocationCaseFilter', { description: 'Filters voor locatiecasussen' })
export class LocationCaseFilter {
  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Dataset' }) dataset: Dataset;
  @Field(() => Boolean, { defaultValue: false, description: 'Ook vertrouwelijke casussen (alleen met de rol planner)' })
  includeConfidential: boolean;
  @Field(() => [CaseKindEnum], { nullable: true, description: 'Alleen deze soorten' }) kinds?: CaseKind[];
  @Field(() => String, { nullable: true, description: 'Alleen deze status (exact)' }) status?: string;
  @Field(() => String, { nullable: true, description: 'Regio van herkomst of bestemming (CBS-code)' })
  regionCode?: string;
  @Field(() => Int, { nullable: true, description: 'Organisatie (sleutel)' }) organisationId?: number;
  @Field(() => String, { nullable: true, description: 'Titel of organisatienaam bevat deze tekst' }) search?: string;
}

@InputType('LocationCaseInput', { description: 'Een nieuwe locatiecasus (createLocationCase)' })
export class LocationCaseInput implements Partial<LocationCaseType> {
  @Field(() => String, { description: 'Titel' }) title: string;
  @Field(() => Int, { nullable: true, description: 'Organisatie (sleutel)' }) organisationId?: number | null;
  @Field(() => String, { nullable: true, description: 'Naam van de organisatie' }) organisationName?: string | null;
  @Field(() => CaseKindEnum, { description: 'Soort casus' }) kind: CaseKind;
  @Field(() => String, { nullable: true, description: 'Soort zoals de bron die noemt' }) kindAsWritten?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Verandering in fte: ≥ 0 bij groei of nieuwe dienst, ≤ 0 bij krimp',
  })
  fteChange?: number | null;
  @Field(() => String, { nullable: true, description: 'Verandering zoals de bron die schrijft' }) fteChangeAsWritten?:
    string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Fte die in één stap verhuizen (een eenheid die vertrekt of komt), naast de netto verandering; 0 of meer',
  })
  fteMoving?: number | null;
  @Field(() => String, { nullable: true, description: 'Regio van herkomst (CBS-code)' }) fromRegionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Regio van bestemming (CBS-code)' }) toRegionCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Locatie van herkomst (sleutel)' }) fromSiteId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Locatie van bestemming (sleutel)' }) toSiteId?: number | null;
  @Field(() => String, { description: 'Status' }) status: string;
  @Field(() => String, { nullable: true, description: 'Locatieadvies' }) advice?: string | null;
  @Field(() => String, { nullable: true, description: 'Besluit' }) decision?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Vertrouwelijk' }) confidential: boolean;
  @Field(() => String, { nullable: true, description: 'Bron (URL)' }) sourceUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Toelichting' }) note?: string | null;
  @Field(() => DatasetEnum, { defaultValue: 'gepubliceerd', description: 'Dataset' }) dataset: Dataset;
}

@InputType('LocationCasePatch', { description: 'Wijzigingen aan een locatiecasus: alleen opgegeven velden veranderen' })
export class LocationCasePatch implements Partial<LocationCaseInput> {
  @Field(() => String, { nullable: true, description: 'Titel' }) title?: string;
  @Field(() => Int, { nullable: true, description: 'Organisatie (sleutel)' }) organisationId?: number | null;
  @Field(() => String, { nullable: true, description: 'Naam van de organisatie' }) organisationName?: string | null;
  @Field(() => CaseKindEnum, { nullable: true, description: 'Soort casus' }) kind?: CaseKind;
  @Field(() => String, { nullable: true, description: 'Soort zoals de bron die noemt' }) kindAsWritten?: string | null;
  @Field(() => Float, { nullable: true, description: 'Verandering in fte' }) fteChange?: number | null;
  @Field(() => String, { nullable: true, description: 'Verandering zoals de bron die schrijft' }) fteChangeAsWritten?:
    string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Fte die in één stap verhuizen (een eenheid die vertrekt of komt), naast de netto verandering; 0 of meer',
  })
  fteMoving?: number | null;
  @Field(() => String, { nullable: true, description: 'Regio van herkomst' }) fromRegionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Regio van bestemming' }) toRegionCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Locatie van herkomst' }) fromSiteId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Locatie van bestemming' }) toSiteId?: number | null;
  @Field(() => String, { nullable: true, description: 'Status' }) status?: string;
  @Field(() => String, { nullable: true, description: 'Locatieadvies' }) advice?: string | null;
  @Field(() => String, { nullable: true, description: 'Besluit' }) decision?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Vertrouwelijk' }) confidential?: boolean;
  @Field(() => String, { nullable: true, description: 'Bron (URL)' }) sourceUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Toelichting' }) note?: string | null;
  @Field(() => DatasetEnum, { nullable: true, description: 'Dataset' }) dataset?: Dataset;
}
