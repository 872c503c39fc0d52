import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { CaseKind, Dataset } from '../../common/domain.js';
import { toNumber } from '../common/sql.js';
import { Connection } from '../graphql/connection.js';
import { CaseKindEnum, DatasetEnum } from '../graphql/enums.js';
import { ADVICE_THRESHOLD_FTE, adviceRequirement } from '../advice/advice.public.js';
import type { CaseRow } from './case.queries.js';

@ObjectType('LocationCase', {
  description:
    'Een locatiecasus: een dienst die groeit, krimpt, start of verhuist, waarover BZK locatieadvies geeft. ' +
    'Vertrouwelijke casussen zijn alleen zichtbaar voor planners en beheerders.',
})
export class LocationCaseType {
  @Field(() => Int, { description: 'Vaste sleutel' }) id: number;
  @Field(() => String, { description: 'Titel' }) title: string;
  @Field(() => Int, { nullable: true, description: 'Organisatie (sleutel), als bekend' }) organisationId: number | null;
  @Field(() => String, { nullable: true, description: 'Naam van de organisatie zoals de bron die geeft' })
  organisationName: string | null;
  @Field(() => CaseKindEnum, { description: 'Soort casus' }) kind: CaseKind;
  @Field(() => String, { nullable: true, description: 'Soort zoals de bron die noemt' }) kindAsWritten: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Verandering in fte: positief bij groei, negatief bij krimp; null als de bron geen getal geeft',
  })
  fteChange: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Verandering zoals de bron die schrijft, bijv. "-600 (vertrek …)"',
  })
  fteChangeAsWritten: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Fte die in één stap verhuizen (een eenheid die vertrekt of komt), naast de netto verandering; null als de bron dat niet noemt',
  })
  fteMoving: number | null;
  @Field(() => String, { nullable: true, description: 'Regio van herkomst (CBS-code)' }) fromRegionCode: string | null;
  @Field(() => String, { nullable: true, description: 'Regio van bestemming (CBS-code)' }) toRegionCode: string | null;
  @Field(() => Int, { nullable: true, description: 'Locatie van herkomst (sleutel)' }) fromSiteId: number | null;
  @Field(() => Int, { nullable: true, description: 'Locatie van bestemming (sleutel)' }) toSiteId: number | null;
  @Field(() => String, { description: 'Status, bijv. "in behandeling", "besloten"' }) status: string;
  @Field(() => String, { nullable: true, description: 'Locatieadvies van BZK' }) advice: string | null;
  @Field(() => String, { nullable: true, description: 'Besluit' }) decision: string | null;
  @Field(() => Boolean, { description: 'Vertrouwelijk: alleen voor planners en beheerders' }) confidential: boolean;
  @Field(() => String, { nullable: true, description: 'Bron (URL)' }) sourceUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Toelichting' }) note: string | null;
  @Field(() => DatasetEnum, { description: 'Gepubliceerd of fictieve voorbeelddata' }) dataset: Dataset;
  @Field(() => Int, { description: 'Versie; geef deze mee bij updateLocationCase' }) version: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      `Vraagt deze casus locatieadvies van BZK? Ja bij groei, krimp of verplaatsing van ${ADVICE_THRESHOLD_FTE} fte of meer, een nieuwe ` +
      `dienst van ${ADVICE_THRESHOLD_FTE} fte of meer, een masterplan of een VtW; null (onbekend) als het aantal fte onbekend is. ` +
      'Dezelfde regel als locationAdvice en evaluateAdvice; adviceOutcome geeft ook grens, grensregio en uitleg',
  })
  adviceRequired: boolean | null;
}

/** The advice rule's answer as a nullable boolean: ja → true, nee → false, onbekend → null. */
export function adviceRequired(kind: CaseKind, fteChange: number | null, fteMoving: number | null): boolean | null {
  const { required } = adviceRequirement(kind, fteChange, fteMoving);
  return required === 'onbekend' ? null : required === 'ja';
}

export function toCase(row: CaseRow): LocationCaseType {
  const fteChange = toNumber(row.fte_change);
  const fteMoving = toNumber(row.fte_moving);
  return {
    id: row.id,
    title: row.title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    kind: row.kind,
    kindAsWritten: row.kind_as_written,
    fteChange,
    fteChangeAsWritten: row.fte_change_as_written,
    fteMoving,
    fromRegionCode: row.from_region_code,
    toRegionCode: row.to_region_code,
    fromSiteId: row.from_site_id,
    toSiteId: row.to_site_id,
    status: row.status,
    advice: row.advice,
    decision: row.decision,
    confidential: row.confidential,
    sourceUrl: row.source_url,
    note: row.note,
    dataset: row.dataset,
    version: row.version,
    adviceRequired: adviceRequired(row.kind, fteChange, fteMoving),
  };
}

@ObjectType('LocationCaseConnection', { description: 'Een pagina locatiecasussen' })
export class LocationCaseConnection extends Connection(LocationCaseType, 'LocationCase') {}
