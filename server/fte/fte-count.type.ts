import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Dataset, FteScope, Sector } from '../../common/domain.js';
import { toNumber } from '../common/sql.js';
import { Figure, LocalDateScalar } from '../graphql/common.types.js';
import { Connection } from '../graphql/connection.js';
import { DatasetEnum, FteScopeEnum, SectorEnum } from '../graphql/enums.js';
import type { FteCountRow } from './fte-count.queries.js';
import { approximationOnly } from './fte-reasons.model.js';

@ObjectType('FteCount', {
  description:
    'Eén fte-cijfer (aantal voltijdbanen) op een peildatum (1 januari): landelijk, voor een regio of voor een locatie; ' +
    'voor alle sectoren, één sector of één organisatie. Met bron.',
})
export class FteCountType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => LocalDateScalar, { description: 'Peildatum (meestal 1 januari)' })
  peildatum: string;

  @Field(() => String, {
    description: 'stated: de bron noemt de peildatum; inferred: afgeleid uit de context (zie note)',
  })
  peildatumBasis: string;

  @Field(() => FteScopeEnum, { description: 'Waarvoor het cijfer geldt: nationaal, regio of locatie' })
  scope: FteScope;

  @Field(() => String, { nullable: true, description: 'CBS-code van de regio (bij scope regio)' })
  regionCode: string | null;

  @Field(() => Int, { nullable: true, description: 'Sleutel van de locatie (bij scope locatie)' })
  siteId: number | null;

  @Field(() => SectorEnum, { nullable: true, description: 'Sector; null = alle sectoren samen' })
  sector: Sector | null;

  @Field(() => Int, { nullable: true, description: 'Organisatie; null = niet per organisatie' })
  organisationId: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Aantal fte; null als de bron alleen een benadering gaf (zie fteAsWritten)',
  })
  fte: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Het cijfer zoals de bron het schrijft, bijv. "bijna 95.000" of "311.353 fte"',
  })
  fteAsWritten: string | null;

  @Field(() => Figure, { description: 'Het cijfer met reden als het ontbreekt ("alleen benadering gepubliceerd: …")' })
  figure: Figure;

  @Field(() => String, { description: 'Bron (URL)' })
  sourceUrl: string;

  @Field(() => String, { nullable: true, description: 'Titel van de bron' })
  sourceTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting, vaak met het citaat uit de bron' })
  note: string | null;

  @Field(() => DatasetEnum, { description: 'Gepubliceerd cijfer of fictieve voorbeelddata' })
  dataset: Dataset;

  importId: number | null;
}

export function toFteCount(row: FteCountRow): FteCountType {
  const fte = toNumber(row.fte);
  return {
    id: row.id,
    peildatum: row.peildatum,
    peildatumBasis: row.peildatum_basis,
    scope: row.scope,
    regionCode: row.region_code,
    siteId: row.site_id,
    sector: row.sector,
    organisationId: row.organisation_id,
    fte,
    fteAsWritten: row.fte_as_written,
    figure:
      fte !== null
        ? { value: fte, missingReason: null }
        : { value: null, missingReason: approximationOnly(row.fte_as_written ?? '') },
    sourceUrl: row.source_url,
    sourceTitle: row.source_title,
    note: row.note,
    dataset: row.dataset,
    importId: row.import_id,
  };
}

@ObjectType('FteCountConnection', { description: 'Een pagina fte-cijfers' })
export class FteCountConnection extends Connection(FteCountType, 'FteCount') {}
