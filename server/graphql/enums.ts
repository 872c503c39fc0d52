/**
 * GraphQL enums for the domain vocabularies in common/domain.ts, so the schema, the database
 * CHECK constraints and the importers share one list of values. Descriptions carry the Dutch
 * terms the letters to parliament use.
 */
import { registerEnumType } from 'type-graphql';
import {
  CASE_KINDS,
  REGION_KINDS,
  CHANGE_REQUEST_STATUSES,
  DATASETS,
  FTE_SCOPES,
  LOCATION_PRECISIONS,
  PROJECT_KINDS,
  ROP_STATUSES,
  SECTORS,
  SECTOR_LABELS,
  SITE_KINDS,
  TENURES,
  type CaseKind,
  type RegionKind,
  type ChangeRequestStatus,
  type Dataset,
  type FteScope,
  type LocationPrecision,
  type ProjectKind,
  type RopStatus,
  type Sector,
  type SiteKind,
  type Tenure,
} from '../../common/domain.js';

/** `{ a: 'a', b: 'b' }` from a list of values: the shape type-graphql registers as an enum. */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const SectorEnum = enumOf<Sector>(SECTORS);
registerEnumType(SectorEnum, {
  name: 'Sector',
  description: 'Sector van de rijkswerkgelegenheid (de zes sectoren uit de jaarlijkse Kamerbrief)',
  valuesConfig: Object.fromEntries(SECTORS.map((s) => [s, { description: SECTOR_LABELS[s] }])),
});

export const DatasetEnum = enumOf<Dataset>(DATASETS);
registerEnumType(DatasetEnum, {
  name: 'Dataset',
  description: 'Herkomst van de gegevens; gepubliceerde cijfers en fictieve voorbeelddata worden nooit gemengd',
  valuesConfig: {
    gepubliceerd: { description: 'Gepubliceerde cijfers, elk met bron' },
    demo: { description: 'Fictieve voorbeelddata (gegenereerd, om de werking te tonen); geen echte cijfers' },
  },
});

export const SiteKindEnum = enumOf<SiteKind>(SITE_KINDS);
registerEnumType(SiteKindEnum, {
  name: 'SiteKind',
  description: 'Soort locatie',
  valuesConfig: {
    rijkskantoor: { description: 'Rijkskantoor (kantoorgebouw van de Rijksoverheid)' },
    rijksontmoetingsplein: {
      description: 'Rijksontmoetingsplein (ROP, ook rijkshub): ontmoetings- en werkplek voor alle rijksambtenaren',
    },
    overig: { description: 'Andere locatie (bijv. kazerne, rechtbank, penitentiaire inrichting)' },
  },
});

export const LocationPrecisionEnum = enumOf<LocationPrecision>(LOCATION_PRECISIONS);
registerEnumType(LocationPrecisionEnum, {
  name: 'LocationPrecision',
  description: 'Nauwkeurigheid van de ligging',
  valuesConfig: {
    adres: { description: 'Op het adres (gegeocodeerd)' },
    gemeente: { description: 'Alleen de gemeente is bekend: punt binnen de gemeente, geen verzonnen adres' },
  },
});

export const RopStatusEnum = enumOf<RopStatus>(ROP_STATUSES);
registerEnumType(RopStatusEnum, {
  name: 'RopStatus',
  description: 'Status van een rijksontmoetingsplein: open of gepland',
});

export const ProjectKindEnum = enumOf<ProjectKind>(PROJECT_KINDS);
registerEnumType(ProjectKindEnum, {
  name: 'ProjectKind',
  description: 'Soort masterplanproject (rijkskantoorhuisvesting)',
  valuesConfig: {
    nieuwbouw: { description: 'Nieuwbouw' },
    renovatie: { description: 'Renovatie of verbouwing' },
    afstoot: { description: 'Afstoot (verkoop of beëindiging huur)' },
    aankoop: { description: 'Aankoop' },
    rijksontmoetingsplein: { description: 'Realisatie van een rijksontmoetingsplein' },
    overig: { description: 'Overig' },
  },
});

export const ChangeRequestStatusEnum = enumOf<ChangeRequestStatus>(CHANGE_REQUEST_STATUSES);
registerEnumType(ChangeRequestStatusEnum, {
  name: 'ChangeRequestStatus',
  description: 'Status van een verzoek tot wijziging (VtW)',
});

export const CaseKindEnum = enumOf<CaseKind>(CASE_KINDS);
registerEnumType(CaseKindEnum, {
  name: 'CaseKind',
  description: 'Soort locatiecasus (aanleiding voor een locatieadvies van BZK)',
  valuesConfig: {
    groei: { description: 'Groei van een dienst' },
    krimp: { description: 'Krimp van een dienst' },
    nieuwe_dienst: { description: 'Nieuwe dienst of eenheid' },
    masterplan: { description: 'Nieuw masterplan' },
    vtw: { description: 'Verzoek tot wijziging (VtW) op een masterplan' },
    overig: { description: 'Overig' },
  },
});

export const FteScopeEnum = enumOf<FteScope>(FTE_SCOPES);
registerEnumType(FteScopeEnum, {
  name: 'FteScope',
  description: 'Waarvoor een fte-cijfer geldt',
  valuesConfig: {
    nationaal: { description: 'Landelijk totaal' },
    regio: { description: 'Een regio (provincie, COROP-gebied, gemeente of arbeidsmarktregio)' },
    locatie: { description: 'Eén locatie (levering per vestiging)' },
  },
});

export { TENURES, type Tenure };
export const TenureEnum = enumOf<Tenure>(TENURES);
registerEnumType(TenureEnum, {
  name: 'Tenure',
  description: 'Eigendomssituatie van een locatie: eigendom, huur of onbekend',
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sorteerrichting: oplopend (ASC) of aflopend (DESC)',
});

export const RegionKindEnum = enumOf<RegionKind>(REGION_KINDS);
registerEnumType(RegionKindEnum, {
  name: 'RegionKind',
  description: 'Regio-indeling van het CBS',
  valuesConfig: {
    provincie: { description: 'Provincie (PVxx)' },
    corop: { description: 'COROP-gebied (CRxx)' },
    gemeente: { description: 'Gemeente (GMxxxx)' },
    arbeidsmarktregio: { description: 'Arbeidsmarktregio (AMxx)' },
  },
});
