/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** De vraag: hoeveel fte, vanaf waar, met welke eisen en gewichten */
export type CandidateDemandInput = {
  /** Harde eis: alleen kandidaten in dit gebied (GeoJSON Polygon of MultiPolygon in WGS84, binnen Nederland); een locatie telt als haar punt erin ligt, een gemeente als ze het gebied overlapt [hoogstens 1.000 punten] */
  area?: import("geojson").Geometry | null | undefined;
  /** Gegevens voor bezetting en regionale behoefte */
  dataset?: Dataset;
  /** Aantal fte dat een plek zoekt [van -1.000.000.000 tot en met 1.000.000.000] */
  fte: number;
  /** Welke kandidaten (standaard beide) */
  include?: CandidateScope | null | undefined;
  /** Aantal kandidaten in het antwoord (standaard 20, hoogstens 200) [van 0 tot en met 2.147.483.647] */
  limit?: number | null | undefined;
  /** Harde eis: hoogstens zoveel km van de herkomst [van -1.000.000.000 tot en met 1.000.000.000] */
  maxDistanceFromOriginKm?: number | null | undefined;
  /** Harde eis: hoogstens zoveel km van een intercitystation [van -1.000.000.000 tot en met 1.000.000.000] */
  maxDistanceToIntercityKm?: number | null | undefined;
  /** Harde eis voor bestaande locaties: minstens zoveel vrije werkplekken [van 0 tot en met 2.147.483.647] */
  minFreeWorkplaces?: number | null | undefined;
  /** Herkomst als GeoJSON-punt (in plaats van een locatie) */
  originPoint?: import("geojson").Geometry | null | undefined;
  /** Huidige locatie (herkomst) [van 0 tot en met 2.147.483.647] */
  originSiteId?: number | null | undefined;
  /** Harde eis: buiten de Randstad */
  outsideRandstad?: boolean | null | undefined;
  /** Peildatum (standaard: de nieuwste van de dataset) [hoogstens 300 tekens] */
  peildatum?: string | null | undefined;
  /** Gevraagde kernkwaliteiten (tags uit regioprofielen) [hoogstens 500 items, elk hoogstens 300 tekens] */
  requiredQualities?: Array<string> | null | undefined;
  /** Gewichten per criterium */
  weights?: CriterionWeightsInput | null | undefined;
  /** Werkplekken per fte (standaard 0,7: de rijksnorm) [van -1.000.000.000 tot en met 1.000.000.000] */
  workplacesPerFte?: number | null | undefined;
};

/** Welke kandidaten: bestaande locaties met vrije capaciteit, gemeenten als nieuwe locatie, of beide */
export type CandidateScope =
  | 'beide'
  | 'bestaande_locaties'
  | 'gemeenten';

/** Soort locatiecasus (aanleiding voor een locatieadvies van BZK) */
export type CaseKind =
  /** Groei van een dienst */
  | 'groei'
  /** Krimp van een dienst */
  | 'krimp'
  /** Nieuw masterplan */
  | 'masterplan'
  /** Nieuwe dienst of eenheid */
  | 'nieuwe_dienst'
  /** Overig */
  | 'overig'
  /** Verzoek tot wijziging (VtW) op een masterplan */
  | 'vtw';

/** Een nieuw verzoek tot wijziging (createChangeRequest) */
export type ChangeRequestInput = {
  /** Besloten op */
  decidedOn?: string | null | undefined;
  /** Omschrijving [hoogstens 5.000 tekens] */
  description?: string | null | undefined;
  /** Het masterplanproject (sleutel) [van 0 tot en met 2.147.483.647] */
  projectId: number;
  /** Status */
  status?: ChangeRequestStatus;
  /** Ingediend op */
  submittedOn?: string | null | undefined;
  /** Titel [hoogstens 300 tekens] */
  title: string;
};

/** Wijzigingen aan een verzoek tot wijziging: alleen opgegeven velden veranderen */
export type ChangeRequestPatch = {
  /** Besloten op */
  decidedOn?: string | null | undefined;
  /** Omschrijving [hoogstens 5.000 tekens] */
  description?: string | null | undefined;
  /** Status */
  status?: ChangeRequestStatus | null | undefined;
  /** Ingediend op */
  submittedOn?: string | null | undefined;
  /** Titel [hoogstens 300 tekens] */
  title?: string | null | undefined;
};

/** Status van een verzoek tot wijziging (VtW) */
export type ChangeRequestStatus =
  | 'afgewezen'
  | 'goedgekeurd'
  | 'in_behandeling'
  | 'ingediend'
  | 'ingetrokken';

/** Gewichten per criterium (0–100, standaard 1); 0 schakelt een criterium uit */
export type CriterionWeightsInput = {
  /** Bereikbaarheid: afstand tot het dichtstbijzijnde intercitystation [van -1.000.000.000 tot en met 1.000.000.000] */
  accessibility?: number | null | undefined;
  /** Vrije capaciteit t.o.v. de benodigde werkplekken [van -1.000.000.000 tot en met 1.000.000.000] */
  capacityFit?: number | null | undefined;
  /** Kosten: bestaand rijksgebouw boven nieuwe huisvesting [van -1.000.000.000 tot en met 1.000.000.000] */
  cost?: number | null | undefined;
  /** Afstand tot de huidige locatie (medewerkers kunnen blijven) [van -1.000.000.000 tot en met 1.000.000.000] */
  distanceFromOrigin?: number | null | undefined;
  /** Aansluiting bij de kernkwaliteiten uit het regioprofiel [van -1.000.000.000 tot en met 1.000.000.000] */
  qualityMatch?: number | null | undefined;
  /** Regionale behoefte: ondervertegenwoordiging t.o.v. bevolking en achterblijvende groei [van -1.000.000.000 tot en met 1.000.000.000] */
  regionalNeed?: number | null | undefined;
};

/** Herkomst van de gegevens; gepubliceerde cijfers en fictieve voorbeelddata worden nooit gemengd */
export type Dataset =
  /** Fictieve voorbeelddata (gegenereerd, om de werking te tonen); geen echte cijfers */
  | 'demo'
  /** Gepubliceerde cijfers, elk met bron */
  | 'gepubliceerd';

/** Waarop een regiocijfer berust */
export type FteBasis =
  /** De som van leveringen per locatie of gemeente binnen de regio */
  | 'leveringen'
  /** Een cijfer dat voor precies deze regio is gepubliceerd (gaat voor) */
  | 'regiocijfer';

/** Een nieuwe locatiecasus (createLocationCase) */
export type LocationCaseInput = {
  /** Locatieadvies [hoogstens 5.000 tekens] */
  advice?: string | null | undefined;
  /** Vertrouwelijk */
  confidential?: boolean;
  /** Dataset */
  dataset?: Dataset;
  /** Besluit [hoogstens 5.000 tekens] */
  decision?: string | null | undefined;
  /** Regio van herkomst (CBS-code) [hoogstens 300 tekens] */
  fromRegionCode?: string | null | undefined;
  /** Locatie van herkomst (sleutel) [van 0 tot en met 2.147.483.647] */
  fromSiteId?: number | null | undefined;
  /** Verandering in fte: ≥ 0 bij groei of nieuwe dienst, ≤ 0 bij krimp [van -1.000.000.000 tot en met 1.000.000.000] */
  fteChange?: number | null | undefined;
  /** Verandering zoals de bron die schrijft [hoogstens 300 tekens] */
  fteChangeAsWritten?: string | null | undefined;
  /** Fte die in één stap verhuizen (een eenheid die vertrekt of komt), naast de netto verandering; 0 of meer [van -1.000.000.000 tot en met 1.000.000.000] */
  fteMoving?: number | null | undefined;
  /** Soort casus */
  kind: CaseKind;
  /** Soort zoals de bron die noemt [hoogstens 300 tekens] */
  kindAsWritten?: string | null | undefined;
  /** Toelichting [hoogstens 5.000 tekens] */
  note?: string | null | undefined;
  /** Organisatie (sleutel) [van 0 tot en met 2.147.483.647] */
  organisationId?: number | null | undefined;
  /** Naam van de organisatie [hoogstens 300 tekens] */
  organisationName?: string | null | undefined;
  /** Bron (URL) [hoogstens 2.000 tekens] */
  sourceUrl?: string | null | undefined;
  /** Status [hoogstens 300 tekens] */
  status: string;
  /** Titel [hoogstens 300 tekens] */
  title: string;
  /** Regio van bestemming (CBS-code) [hoogstens 300 tekens] */
  toRegionCode?: string | null | undefined;
  /** Locatie van bestemming (sleutel) [van 0 tot en met 2.147.483.647] */
  toSiteId?: number | null | undefined;
};

/** Wijzigingen aan een locatiecasus: alleen opgegeven velden veranderen */
export type LocationCasePatch = {
  /** Locatieadvies [hoogstens 5.000 tekens] */
  advice?: string | null | undefined;
  /** Vertrouwelijk */
  confidential?: boolean | null | undefined;
  /** Dataset */
  dataset?: Dataset | null | undefined;
  /** Besluit [hoogstens 5.000 tekens] */
  decision?: string | null | undefined;
  /** Regio van herkomst [hoogstens 300 tekens] */
  fromRegionCode?: string | null | undefined;
  /** Locatie van herkomst [van 0 tot en met 2.147.483.647] */
  fromSiteId?: number | null | undefined;
  /** Verandering in fte [van -1.000.000.000 tot en met 1.000.000.000] */
  fteChange?: number | null | undefined;
  /** Verandering zoals de bron die schrijft [hoogstens 300 tekens] */
  fteChangeAsWritten?: string | null | undefined;
  /** Fte die in één stap verhuizen (een eenheid die vertrekt of komt), naast de netto verandering; 0 of meer [van -1.000.000.000 tot en met 1.000.000.000] */
  fteMoving?: number | null | undefined;
  /** Soort casus */
  kind?: CaseKind | null | undefined;
  /** Soort zoals de bron die noemt [hoogstens 300 tekens] */
  kindAsWritten?: string | null | undefined;
  /** Toelichting [hoogstens 5.000 tekens] */
  note?: string | null | undefined;
  /** Organisatie (sleutel) [van 0 tot en met 2.147.483.647] */
  organisationId?: number | null | undefined;
  /** Naam van de organisatie [hoogstens 300 tekens] */
  organisationName?: string | null | undefined;
  /** Bron (URL) [hoogstens 2.000 tekens] */
  sourceUrl?: string | null | undefined;
  /** Status [hoogstens 300 tekens] */
  status?: string | null | undefined;
  /** Titel [hoogstens 300 tekens] */
  title?: string | null | undefined;
  /** Regio van bestemming [hoogstens 300 tekens] */
  toRegionCode?: string | null | undefined;
  /** Locatie van bestemming [van 0 tot en met 2.147.483.647] */
  toSiteId?: number | null | undefined;
};

/** Nauwkeurigheid van de ligging */
export type LocationPrecision =
  /** Op het adres (gegeocodeerd) */
  | 'adres'
  /** Alleen de gemeente is bekend: punt binnen de gemeente, geen verzonnen adres */
  | 'gemeente';

/** Een nieuw masterplanproject (createMasterplanProject) */
export type MasterplanProjectInput = {
  /** Plaats [hoogstens 300 tekens] */
  city?: string | null | undefined;
  /** Gepubliceerd of fictieve voorbeelddata */
  dataset?: Dataset;
  /** CBS-gemeentecode; leeg = afgeleid uit de ligging [hoogstens 300 tekens] */
  gemeenteCode?: string | null | undefined;
  /** Soort project */
  kind: ProjectKind;
  /** Soort zoals de bron het noemt [hoogstens 300 tekens] */
  kindAsWritten?: string | null | undefined;
  /** Ligging als GeoJSON Point in Nederland */
  location?: import("geojson").Geometry | null | undefined;
  /** Nauwkeurigheid van de ligging (verplicht bij een ligging) */
  locationPrecision?: LocationPrecision | null | undefined;
  /** Masterplan [hoogstens 300 tekens] */
  masterplan?: string | null | undefined;
  /** Naam [hoogstens 300 tekens] */
  name: string;
  /** Toelichting [hoogstens 5.000 tekens] */
  note?: string | null | undefined;
  /** Periode, bijv. "2024-2028" [hoogstens 300 tekens] */
  period?: string | null | undefined;
  /** Geplande werkplekken (0 of meer) [van 0 tot en met 2.147.483.647] */
  plannedWorkplaces?: number | null | undefined;
  /** Locatie (sleutel) waarop het project betrekking heeft [van 0 tot en met 2.147.483.647] */
  siteId?: number | null | undefined;
  /** Bron (URL) [hoogstens 2.000 tekens] */
  sourceUrl: string;
  /** Status [hoogstens 300 tekens] */
  status: string;
};

/** Wijzigingen aan een masterplanproject: alleen opgegeven velden veranderen */
export type MasterplanProjectPatch = {
  /** Plaats [hoogstens 300 tekens] */
  city?: string | null | undefined;
  /** Dataset */
  dataset?: Dataset | null | undefined;
  /** CBS-gemeentecode [hoogstens 300 tekens] */
  gemeenteCode?: string | null | undefined;
  /** Soort project */
  kind?: ProjectKind | null | undefined;
  /** Soort zoals de bron het noemt [hoogstens 300 tekens] */
  kindAsWritten?: string | null | undefined;
  /** Ligging (GeoJSON Point) */
  location?: import("geojson").Geometry | null | undefined;
  /** Nauwkeurigheid van de ligging */
  locationPrecision?: LocationPrecision | null | undefined;
  /** Masterplan [hoogstens 300 tekens] */
  masterplan?: string | null | undefined;
  /** Naam [hoogstens 300 tekens] */
  name?: string | null | undefined;
  /** Toelichting [hoogstens 5.000 tekens] */
  note?: string | null | undefined;
  /** Periode [hoogstens 300 tekens] */
  period?: string | null | undefined;
  /** Geplande werkplekken [van 0 tot en met 2.147.483.647] */
  plannedWorkplaces?: number | null | undefined;
  /** Locatie (sleutel) [van 0 tot en met 2.147.483.647] */
  siteId?: number | null | undefined;
  /** Bron (URL) [hoogstens 2.000 tekens] */
  sourceUrl?: string | null | undefined;
  /** Status [hoogstens 300 tekens] */
  status?: string | null | undefined;
};

/** Hoe precies de bron een cijfer geeft; vergelijkingen gebeuren op de precisie van het zwakste cijfer */
export type Precision =
  /** Een afgerond getal ("3 procent" = tussen 2,5 en 3,5 procent) */
  | 'afgerond'
  /** Woorden rond een getal ("ruim 9.300", "rond 2 procent"); geen exacte waarde */
  | 'benadering'
  /** Een exact getal (17.527 fte), of berekend uit exacte niveaus */
  | 'exact'
  /** Alleen de richting ("afname"), geen getal */
  | 'richting';

/** Soort masterplanproject (rijkskantoorhuisvesting) */
export type ProjectKind =
  /** Aankoop */
  | 'aankoop'
  /** Afstoot (verkoop of beëindiging huur) */
  | 'afstoot'
  /** Nieuwbouw */
  | 'nieuwbouw'
  /** Overig */
  | 'overig'
  /** Renovatie of verbouwing */
  | 'renovatie'
  /** Realisatie van een rijksontmoetingsplein */
  | 'rijksontmoetingsplein';

/** Regio-indeling van het CBS */
export type RegionKind =
  /** Arbeidsmarktregio (AMxx) */
  | 'arbeidsmarktregio'
  /** COROP-gebied (CRxx) */
  | 'corop'
  /** Gemeente (GMxxxx) */
  | 'gemeente'
  /** Provincie (PVxx) */
  | 'provincie';

/** Status van een rijksontmoetingsplein: open of gepland */
export type RopStatus =
  | 'gepland'
  | 'open';

/** Geplande casussen en projecten om toe te passen op een peildatum */
export type ScenarioInput = {
  /** Toe te passen locatiecasussen [hoogstens 500 items, elk van 0 tot en met 2.147.483.647] */
  caseIds?: Array<number>;
  /** Gepubliceerde cijfers of fictieve voorbeelddata */
  dataset?: Dataset;
  /** Basispeildatum, JJJJ-MM-DD [hoogstens 300 tekens] */
  peildatum: string;
  /** Toe te passen masterplanprojecten [hoogstens 500 items, elk van 0 tot en met 2.147.483.647] */
  projectIds?: Array<number>;
  /** Provinciecodes die als Randstad tellen [hoogstens 500 items, elk hoogstens 300 tekens] */
  randstad?: Array<string> | null | undefined;
  /** Werkplekken per fte voor de capaciteit van projecten (standaard 0,7, de rijkskantorennorm) [van -1.000.000.000 tot en met 1.000.000.000] */
  workplacesPerFte?: number | null | undefined;
};

/** Sector van de rijkswerkgelegenheid (de zes sectoren uit de jaarlijkse Kamerbrief) */
export type Sector =
  /** Defensie */
  | 'defensie'
  /** Gevangeniswezen (DJI) */
  | 'gevangeniswezen_dji'
  /** Ministeries */
  | 'ministeries'
  /** Nationale Politie */
  | 'nationale_politie'
  /** Rechtspraak */
  | 'rechtspraak'
  /** Zelfstandige bestuursorganen (zbo's) */
  | 'zbo';

/** Soort locatie */
export type SiteKind =
  /** Andere locatie (bijv. kazerne, rechtbank, penitentiaire inrichting) */
  | 'overig'
  /** Rijkskantoor (kantoorgebouw van de Rijksoverheid) */
  | 'rijkskantoor'
  /** Rijksontmoetingsplein (ROP, ook rijkshub): ontmoetings- en werkplek voor alle rijksambtenaren */
  | 'rijksontmoetingsplein';

/** Uitkomst van een beleidsmonitor */
export type Verdict =
  /** Onvoldoende gepubliceerde gegevens om te oordelen */
  | 'onvoldoende_gegevens'
  /** Voldoet aan de beleidsregel */
  | 'voldoet'
  /** Voldoet niet: gemarkeerd */
  | 'voldoet_niet';

export type DataNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type DataNoticesQuery = { serviceInfo: { dataNotices: Array<{ topic: string, level: string, message: string }> } };

export type CandidateItemFragment = { rank: number, kind: string, siteId: number | null, name: string, gemeenteName: string, isRandstad: boolean, location: import("geojson").Geometry, total: number, explanation: string, nearestStation: string, nearestStationM: number, nearestStationNote: string | null, freeWorkplaces: number | null, capacityNote: string | null, criteria: Array<{ criterion: string, label: string, score: number | null, weight: number, contribution: number, detail: string }> };

export type RankCandidatesQueryVariables = Exact<{
  demand: CandidateDemandInput;
}>;


export type RankCandidatesQuery = { rankCandidates: { totalCandidates: number, peildatum: string | null, candidates: Array<{ rank: number, kind: string, siteId: number | null, name: string, gemeenteName: string, isRandstad: boolean, location: import("geojson").Geometry, total: number, explanation: string, nearestStation: string, nearestStationM: number, nearestStationNote: string | null, freeWorkplaces: number | null, capacityNote: string | null, criteria: Array<{ criterion: string, label: string, score: number | null, weight: number, contribution: number, detail: string }> }> } };

export type OriginSitesQueryVariables = Exact<{
  dataset: Dataset;
}>;


export type OriginSitesQuery = { sites: { nodes: Array<{ id: number, name: string, city: string | null }> } };

export type RegionBoundariesQueryVariables = Exact<{
  kind: RegionKind;
  tolerance: number;
  first: number;
}>;


export type RegionBoundariesQuery = { regions: { totalCount: number, nodes: Array<{ id: number, code: string, name: string, geometry: import("geojson").Geometry }> } };

export type FteAggregateQueryVariables = Exact<{
  level: RegionKind;
  peildatum?: string | null | undefined;
  comparePeildatum?: string | null | undefined;
  sector?: Sector | null | undefined;
  organisationId?: number | null | undefined;
  dataset: Dataset;
}>;


export type FteAggregateQuery = { fteAggregate: { level: RegionKind, peildatum: string, comparePeildatum: string | null, isDemo: boolean, national: { sources: Array<string> }, regions: Array<{ code: string, name: string, basis: FteBasis | null, asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null }, shareOfNationalPct: { value: number | null, missingReason: string | null }, ftePer1000Inhabitants: { value: number | null, missingReason: string | null }, change: { absolute: { value: number | null, missingReason: string | null }, pct: { value: number | null, missingReason: string | null } }, growthVsNationalPctPoints: { value: number | null, missingReason: string | null } }> } };

export type PeildatumsQueryVariables = Exact<{
  dataset: Dataset;
}>;


export type PeildatumsQuery = { peildatums: Array<string> };

export type LevelPeildatumsQueryVariables = Exact<{
  dataset: Dataset;
  level: RegionKind;
}>;


export type LevelPeildatumsQuery = { peildatums: Array<string>, atLevel: Array<string>, demo: Array<string> };

export type MinistriesQueryVariables = Exact<{
  dataset: Dataset;
}>;


export type MinistriesQuery = { organisations: { nodes: Array<{ id: number, name: string, abbreviation: string | null, parentId: number | null, fteCounts: { totalCount: number, nodes: Array<{ peildatum: string }> } }> } };

export type DatedFigureFragment = { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } };

export type RegionBaseQueryVariables = Exact<{
  code: string;
}>;


export type RegionBaseQuery = { region: { id: number, code: string, name: string, kind: RegionKind, year: number, isRandstad: boolean, isGrensregio: boolean, source: string } };

export type RegionSectorsQueryVariables = Exact<{
  code: string;
  dataset: Dataset;
  peildatum: string;
}>;


export type RegionSectorsQuery = { region: { id: number, ministeries: { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } }, nationale_politie: { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } }, rechtspraak: { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } }, gevangeniswezen_dji: { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } }, defensie: { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } }, zbo: { asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null } } } };

export type RegionSitesQueryVariables = Exact<{
  code: string;
  dataset: Dataset;
}>;


export type RegionSitesQuery = { region: { id: number, sites: { totalCount: number, nodes: Array<{ id: number, kind: SiteKind, name: string, city: string | null, locationPrecision: LocationPrecision, sourceUrl: string, dataset: Dataset }> } } };

export type MonitorsQueryVariables = Exact<{
  fromPeildatum: string;
  toPeildatum: string;
  dataset: Dataset;
}>;


export type MonitorsQuery = { monitors: Array<{ id: string, title: string, fromPeildatum: string, toPeildatum: string, dataset: Dataset, verdict: Verdict, explanation: string, missing: Array<string>, sources: Array<string>, publishedStatements: Array<string>, figures: Array<{ label: string, regionCode: string | null, value: number | null, unit: string, basis: string, flagged: boolean }> }> };

export type MonitorFigureLineFragment = { label: string, regionCode: string | null, value: number | null, unit: string, basis: string, flagged: boolean };

export type OverviewForecastsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewForecastsQuery = { forecasts: Array<{ id: string, regionLabel: string, asWritten: string, precision: Precision, periodFrom: string | null, forecastYear: number | null, sourceUrl: string, sourceTitle: string | null }> };

export type OverviewFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewFiguresQuery = { national: { nodes: Array<{ id: number, peildatum: string, sector: Sector | null, organisationId: number | null, fte: number | null, fteAsWritten: string | null, sourceUrl: string, sourceTitle: string | null }> }, regional: { totalCount: number, nodes: Array<{ id: number, peildatum: string, sector: Sector | null, fte: number | null, fteAsWritten: string | null, regionCode: string | null, sourceUrl: string, region: { id: number, name: string, kind: RegionKind } | null }> } };

export type OverviewGrowthQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OverviewGrowthQuery = { nationalGrowth: { basis: string, growthFte: number | null, growthPercent: number | null, sources: Array<string>, discrepancies: Array<string> } };

export type OverviewRandstadQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OverviewRandstadQuery = { monitors: Array<{ id: string, title: string, publishedStatements: Array<string>, sources: Array<string> }> };

export type PlannerCaseFragment = { id: number, version: number, title: string, organisationName: string | null, kind: CaseKind, fteChange: number | null, fteChangeAsWritten: string | null, fromRegionCode: string | null, toRegionCode: string | null, status: string, advice: string | null, decision: string | null, confidential: boolean, adviceRequired: boolean | null, crossesProvinceBorder: boolean | null, sourceUrl: string | null, note: string | null, dataset: Dataset, fteMoving: number | null, fromRegion: { id: number, code: string, name: string, bbox: Array<number> } | null, toRegion: { id: number, code: string, name: string, bbox: Array<number> } | null };

export type PlannerProfileFragment = { id: number, version: number, regionCode: string, coreQualities: Array<string>, opportunities: string | null, receivedOn: string | null, source: string | null, region: { id: number, code: string, name: string, kind: RegionKind, bbox: Array<number> } | null };

export type PlannerProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerProfilesQuery = { regionProfiles: { totalCount: number, nodes: Array<{ id: number, version: number, regionCode: string, coreQualities: Array<string>, opportunities: string | null, receivedOn: string | null, source: string | null, region: { id: number, code: string, name: string, kind: RegionKind, bbox: Array<number> } | null }> } };

export type PlannerProjectFragment = { id: number, version: number, masterplan: string | null, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, sourceUrl: string, note: string | null, dataset: Dataset, location: import("geojson").Geometry | null, changeRequests: { totalCount: number, nodes: Array<{ id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null }> } };

export type PlannerChangeRequestFragment = { id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null };

export type RecordHistoryQueryVariables = Exact<{
  entity: string;
  entityId: string;
}>;


export type RecordHistoryQuery = { auditEntries: { totalCount: number, nodes: Array<{ id: string, actor: string, action: string, at: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type PlannerScenarioQueryVariables = Exact<{
  input: ScenarioInput;
}>;


export type PlannerScenarioQuery = { scenario: { peildatum: string, applied: Array<string>, notApplied: Array<string>, nationalBase: number | null, nationalProjected: number | null, nationalDeltaWorkplaces: number, nationalCapacityFte: number, workplacesPerFte: number, provinces: Array<{ code: string, name: string, baseFte: number | null, deltaFte: number, projectedFte: number | null, deltaWorkplaces: number, capacityFte: number }>, monitors: Array<{ id: string, title: string, verdict: Verdict, explanation: string }> } };

export type PlannerCasesQueryVariables = Exact<{
  dataset: Dataset;
}>;


export type PlannerCasesQuery = { locationCases: { nodes: Array<{ id: number, version: number, title: string, organisationName: string | null, kind: CaseKind, fteChange: number | null, fteChangeAsWritten: string | null, fromRegionCode: string | null, toRegionCode: string | null, status: string, advice: string | null, decision: string | null, confidential: boolean, adviceRequired: boolean | null, crossesProvinceBorder: boolean | null, sourceUrl: string | null, note: string | null, dataset: Dataset, fteMoving: number | null, fromRegion: { id: number, code: string, name: string, bbox: Array<number> } | null, toRegion: { id: number, code: string, name: string, bbox: Array<number> } | null }> } };

export type PlannerCaseQueryVariables = Exact<{
  id: number;
}>;


export type PlannerCaseQuery = { locationCase: { id: number, version: number, title: string, organisationName: string | null, kind: CaseKind, fteChange: number | null, fteChangeAsWritten: string | null, fromRegionCode: string | null, toRegionCode: string | null, status: string, advice: string | null, decision: string | null, confidential: boolean, adviceRequired: boolean | null, crossesProvinceBorder: boolean | null, sourceUrl: string | null, note: string | null, dataset: Dataset, fteMoving: number | null, fromRegion: { id: number, code: string, name: string, bbox: Array<number> } | null, toRegion: { id: number, code: string, name: string, bbox: Array<number> } | null } };

export type CreateLocationCaseMutationVariables = Exact<{
  input: LocationCaseInput;
}>;


export type CreateLocationCaseMutation = { createLocationCase: { id: number, version: number, title: string, organisationName: string | null, kind: CaseKind, fteChange: number | null, fteChangeAsWritten: string | null, fromRegionCode: string | null, toRegionCode: string | null, status: string, advice: string | null, decision: string | null, confidential: boolean, adviceRequired: boolean | null, crossesProvinceBorder: boolean | null, sourceUrl: string | null, note: string | null, dataset: Dataset, fteMoving: number | null, fromRegion: { id: number, code: string, name: string, bbox: Array<number> } | null, toRegion: { id: number, code: string, name: string, bbox: Array<number> } | null } };

export type UpdateLocationCaseMutationVariables = Exact<{
  id: number;
  version: number;
  patch: LocationCasePatch;
}>;


export type UpdateLocationCaseMutation = { updateLocationCase: { id: number, version: number, title: string, organisationName: string | null, kind: CaseKind, fteChange: number | null, fteChangeAsWritten: string | null, fromRegionCode: string | null, toRegionCode: string | null, status: string, advice: string | null, decision: string | null, confidential: boolean, adviceRequired: boolean | null, crossesProvinceBorder: boolean | null, sourceUrl: string | null, note: string | null, dataset: Dataset, fteMoving: number | null, fromRegion: { id: number, code: string, name: string, bbox: Array<number> } | null, toRegion: { id: number, code: string, name: string, bbox: Array<number> } | null } };

export type PlannerProjectsQueryVariables = Exact<{
  dataset: Dataset;
}>;


export type PlannerProjectsQuery = { masterplanProjects: { nodes: Array<{ id: number, version: number, masterplan: string | null, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, sourceUrl: string, note: string | null, dataset: Dataset, location: import("geojson").Geometry | null, changeRequests: { totalCount: number, nodes: Array<{ id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null }> } }> } };

export type PlannerProjectQueryVariables = Exact<{
  id: number;
}>;


export type PlannerProjectQuery = { masterplanProject: { id: number, version: number, masterplan: string | null, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, sourceUrl: string, note: string | null, dataset: Dataset, location: import("geojson").Geometry | null, changeRequests: { totalCount: number, nodes: Array<{ id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null }> } } };

export type CreateMasterplanProjectMutationVariables = Exact<{
  input: MasterplanProjectInput;
}>;


export type CreateMasterplanProjectMutation = { createMasterplanProject: { id: number, version: number, masterplan: string | null, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, sourceUrl: string, note: string | null, dataset: Dataset, location: import("geojson").Geometry | null, changeRequests: { totalCount: number, nodes: Array<{ id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null }> } } };

export type UpdateMasterplanProjectMutationVariables = Exact<{
  id: number;
  version: number;
  patch: MasterplanProjectPatch;
}>;


export type UpdateMasterplanProjectMutation = { updateMasterplanProject: { id: number, version: number, masterplan: string | null, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, sourceUrl: string, note: string | null, dataset: Dataset, location: import("geojson").Geometry | null, changeRequests: { totalCount: number, nodes: Array<{ id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null }> } } };

export type PlannerChangeRequestQueryVariables = Exact<{
  id: number;
}>;


export type PlannerChangeRequestQuery = { changeRequest: { id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null } };

export type CreateChangeRequestMutationVariables = Exact<{
  input: ChangeRequestInput;
}>;


export type CreateChangeRequestMutation = { createChangeRequest: { id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null } };

export type UpdateChangeRequestMutationVariables = Exact<{
  id: number;
  version: number;
  patch: ChangeRequestPatch;
}>;


export type UpdateChangeRequestMutation = { updateChangeRequest: { id: number, version: number, projectId: number, title: string, description: string | null, status: ChangeRequestStatus, submittedOn: string | null, decidedOn: string | null } };

export type RegionSearchQueryVariables = Exact<{
  search: string;
}>;


export type RegionSearchQuery = { regions: { nodes: Array<{ id: number, code: string, name: string, kind: RegionKind, bbox: Array<number> }> } };

export type MetricRowFragment = { code: string, name: string, basis: FteBasis | null, asWritten: string | null, sources: Array<string>, fte: { value: number | null, missingReason: string | null }, shareOfNationalPct: { value: number | null, missingReason: string | null }, ftePer1000Inhabitants: { value: number | null, missingReason: string | null }, change: { absolute: { value: number | null, missingReason: string | null }, pct: { value: number | null, missingReason: string | null } }, growthVsNationalPctPoints: { value: number | null, missingReason: string | null } };

export type RegionShapeFragment = { id: number, code: string, name: string, geometry: import("geojson").Geometry };

export type MapSitesQueryVariables = Exact<{
  kind: SiteKind;
  dataset: Dataset;
}>;


export type MapSitesQuery = { sites: { nodes: Array<{ id: number, kind: SiteKind, name: string, address: string | null, city: string | null, locationPrecision: LocationPrecision, ropStatus: RopStatus | null, ropOpenedOn: string | null, sourceUrl: string, dataset: Dataset, location: import("geojson").Geometry }> } };

export type MapMasterplanProjectsQueryVariables = Exact<{
  dataset: Dataset;
}>;


export type MapMasterplanProjectsQuery = { masterplanProjects: { nodes: Array<{ id: number, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, locationPrecision: LocationPrecision | null, sourceUrl: string, dataset: Dataset, location: import("geojson").Geometry | null }> } };

export type MapStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapStationsQuery = { stations: { nodes: Array<{ code: string, name: string, type: string, sourceUrl: string, location: import("geojson").Geometry }> } };

export type SitePointFragment = { id: number, kind: SiteKind, name: string, address: string | null, city: string | null, locationPrecision: LocationPrecision, ropStatus: RopStatus | null, ropOpenedOn: string | null, sourceUrl: string, dataset: Dataset, location: import("geojson").Geometry };

export type ProjectPointFragment = { id: number, name: string, city: string | null, kind: ProjectKind, status: string, period: string | null, plannedWorkplaces: number | null, locationPrecision: LocationPrecision | null, sourceUrl: string, dataset: Dataset, location: import("geojson").Geometry | null };

export type StationPointFragment = { code: string, name: string, type: string, sourceUrl: string, location: import("geojson").Geometry };

export const CandidateItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteName"}},{"kind":"Field","name":{"kind":"Name","value":"isRandstad"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStation"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStationM"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStationNote"}},{"kind":"Field","name":{"kind":"Name","value":"freeWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNote"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<CandidateItemFragment, unknown>;
export const DatedFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionFte"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fte"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asWritten"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]} as unknown as DocumentNode<DatedFigureFragment, unknown>;
export const MonitorFigureLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitorFigureLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitorFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}}]} as unknown as DocumentNode<MonitorFigureLineFragment, unknown>;
export const PlannerCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fteChange"}},{"kind":"Field","name":{"kind":"Name","value":"fteChangeAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"toRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"adviceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"crossesProvinceBorder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"fteMoving"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<PlannerCaseFragment, unknown>;
export const PlannerProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"coreQualities"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<PlannerProfileFragment, unknown>;
export const PlannerChangeRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]} as unknown as DocumentNode<PlannerChangeRequestFragment, unknown>;
export const PlannerProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"masterplan"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]} as unknown as DocumentNode<PlannerProjectFragment, unknown>;
export const MetricRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionFte"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"asWritten"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"fte"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfNationalPct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ftePer1000Inhabitants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absolute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"growthVsNationalPctPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}}]}}]} as unknown as DocumentNode<MetricRowFragment, unknown>;
export const RegionShapeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionShape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tolerance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tolerance"}}}]}]}}]} as unknown as DocumentNode<RegionShapeFragment, unknown>;
export const SitePointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitePoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"ropStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ropOpenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<SitePointFragment, unknown>;
export const ProjectPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<ProjectPointFragment, unknown>;
export const StationPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<StationPointFragment, unknown>;
export const DataNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DataNoticesQuery, DataNoticesQueryVariables>;
export const RankCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demand"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demand"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demand"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteName"}},{"kind":"Field","name":{"kind":"Name","value":"isRandstad"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStation"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStationM"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStationNote"}},{"kind":"Field","name":{"kind":"Name","value":"freeWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNote"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<RankCandidatesQuery, RankCandidatesQueryVariables>;
export const OriginSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OriginSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<OriginSitesQuery, OriginSitesQueryVariables>;
export const RegionBoundariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionBoundaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tolerance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionShape"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionShape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tolerance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tolerance"}}}]}]}}]} as unknown as DocumentNode<RegionBoundariesQuery, RegionBoundariesQueryVariables>;
export const FteAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FteAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comparePeildatum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fteAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"comparePeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comparePeildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"comparePeildatum"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"national"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionFte"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"asWritten"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"fte"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfNationalPct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ftePer1000Inhabitants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absolute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"growthVsNationalPctPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}}]}}]} as unknown as DocumentNode<FteAggregateQuery, FteAggregateQueryVariables>;
export const PeildatumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Peildatums"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peildatums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]}]}}]} as unknown as DocumentNode<PeildatumsQuery, PeildatumsQueryVariables>;
export const LevelPeildatumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LevelPeildatums"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peildatums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"atLevel"},"name":{"kind":"Name","value":"peildatums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"demo"},"name":{"kind":"Name","value":"peildatums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"EnumValue","value":"demo"}}]}]}}]} as unknown as DocumentNode<LevelPeildatumsQuery, LevelPeildatumsQueryVariables>;
export const MinistriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ministries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"ministeries"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"fteCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peildatum"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MinistriesQuery, MinistriesQueryVariables>;
export const RegionBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isRandstad"}},{"kind":"Field","name":{"kind":"Name","value":"isGrensregio"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<RegionBaseQuery, RegionBaseQueryVariables>;
export const RegionSectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionSectors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"ministeries"},"name":{"kind":"Name","value":"fte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"ministeries"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatedFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nationale_politie"},"name":{"kind":"Name","value":"fte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"nationale_politie"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatedFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rechtspraak"},"name":{"kind":"Name","value":"fte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"rechtspraak"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatedFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gevangeniswezen_dji"},"name":{"kind":"Name","value":"fte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"gevangeniswezen_dji"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatedFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"defensie"},"name":{"kind":"Name","value":"fte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"defensie"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatedFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"zbo"},"name":{"kind":"Name","value":"fte"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"zbo"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatedFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionFte"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fte"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asWritten"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]} as unknown as DocumentNode<RegionSectorsQuery, RegionSectorsQueryVariables>;
export const RegionSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionSitesQuery, RegionSitesQueryVariables>;
export const MonitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Monitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromPeildatum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toPeildatum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromPeildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toPeildatum"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromPeildatum"}},{"kind":"Field","name":{"kind":"Name","value":"toPeildatum"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"publishedStatements"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitorFigureLine"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitorFigureLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitorFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}}]} as unknown as DocumentNode<MonitorsQuery, MonitorsQueryVariables>;
export const OverviewForecastsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewForecasts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecasts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"asWritten"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"forecastYear"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}}]}}]}}]} as unknown as DocumentNode<OverviewForecastsQuery, OverviewForecastsQueryVariables>;
export const OverviewFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"national"},"name":{"kind":"Name","value":"fteCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"EnumValue","value":"gepubliceerd"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"nationaal"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"fteAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regional"},"name":{"kind":"Name","value":"fteCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"EnumValue","value":"gepubliceerd"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"regio"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"fteAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewFiguresQuery, OverviewFiguresQueryVariables>;
export const OverviewGrowthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewGrowth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalGrowth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"growthFte"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"}}]}}]}}]} as unknown as DocumentNode<OverviewGrowthQuery, OverviewGrowthQueryVariables>;
export const OverviewRandstadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewRandstad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPeildatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedStatements"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]} as unknown as DocumentNode<OverviewRandstadQuery, OverviewRandstadQueryVariables>;
export const PlannerProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"coreQualities"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<PlannerProfilesQuery, PlannerProfilesQueryVariables>;
export const RecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const PlannerScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"notApplied"}},{"kind":"Field","name":{"kind":"Name","value":"nationalBase"}},{"kind":"Field","name":{"kind":"Name","value":"nationalProjected"}},{"kind":"Field","name":{"kind":"Name","value":"nationalDeltaWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCapacityFte"}},{"kind":"Field","name":{"kind":"Name","value":"workplacesPerFte"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseFte"}},{"kind":"Field","name":{"kind":"Name","value":"deltaFte"}},{"kind":"Field","name":{"kind":"Name","value":"projectedFte"}},{"kind":"Field","name":{"kind":"Name","value":"deltaWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"capacityFte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerScenarioQuery, PlannerScenarioQueryVariables>;
export const PlannerCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeConfidential"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerCase"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fteChange"}},{"kind":"Field","name":{"kind":"Name","value":"fteChangeAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"toRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"adviceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"crossesProvinceBorder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"fteMoving"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<PlannerCasesQuery, PlannerCasesQueryVariables>;
export const PlannerCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fteChange"}},{"kind":"Field","name":{"kind":"Name","value":"fteChangeAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"toRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"adviceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"crossesProvinceBorder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"fteMoving"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<PlannerCaseQuery, PlannerCaseQueryVariables>;
export const CreateLocationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fteChange"}},{"kind":"Field","name":{"kind":"Name","value":"fteChangeAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"toRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"adviceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"crossesProvinceBorder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"fteMoving"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<CreateLocationCaseMutation, CreateLocationCaseMutationVariables>;
export const UpdateLocationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLocationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCasePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fteChange"}},{"kind":"Field","name":{"kind":"Name","value":"fteChangeAsWritten"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"toRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"adviceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"crossesProvinceBorder"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"fteMoving"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]} as unknown as DocumentNode<UpdateLocationCaseMutation, UpdateLocationCaseMutationVariables>;
export const PlannerProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterplanProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerProject"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"masterplan"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerProjectsQuery, PlannerProjectsQueryVariables>;
export const PlannerProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterplanProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"masterplan"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerProjectQuery, PlannerProjectQueryVariables>;
export const CreateMasterplanProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMasterplanProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMasterplanProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"masterplan"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMasterplanProjectMutation, CreateMasterplanProjectMutationVariables>;
export const UpdateMasterplanProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMasterplanProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProjectPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMasterplanProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"masterplan"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMasterplanProjectMutation, UpdateMasterplanProjectMutationVariables>;
export const PlannerChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]} as unknown as DocumentNode<PlannerChangeRequestQuery, PlannerChangeRequestQueryVariables>;
export const CreateChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]} as unknown as DocumentNode<CreateChangeRequestMutation, CreateChangeRequestMutationVariables>;
export const UpdateChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannerChangeRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannerChangeRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]} as unknown as DocumentNode<UpdateChangeRequestMutation, UpdateChangeRequestMutationVariables>;
export const RegionSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}}]}}]}}]}}]} as unknown as DocumentNode<RegionSearchQuery, RegionSearchQueryVariables>;
export const MapSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"kind"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SitePoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitePoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"ropStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ropOpenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MapSitesQuery, MapSitesQueryVariables>;
export const MapMasterplanProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapMasterplanProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterplanProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterplanProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkplaces"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MapMasterplanProjectsQuery, MapMasterplanProjectsQueryVariables>;
export const MapStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationPoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]} as unknown as DocumentNode<MapStationsQuery, MapStationsQueryVariables>;