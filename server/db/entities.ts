/** Every TypeORM entity and migration, listed explicitly so compiled and test runs see the same set. */
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { LocationCase } from '../cases/location-case.entity.js';
import { Forecast, FteCount, PublishedChange } from '../fte/fte-count.entity.js';
import { ImportRun } from '../tables/import-run.entity.js';
import { ChangeRequest, MasterplanProject } from '../masterplan/masterplan-project.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RegionProfile } from '../profiles/region-profile.entity.js';
import { Population, Region } from '../regions/region.entity.js';
import { Site } from '../sites/site.entity.js';
import { Station } from '../stations/station.entity.js';
import { EnablePostgis1763800000000 } from './migrations/1763800000000-EnablePostgis.js';
import { Domain1763800000001 } from './migrations/1763800000001-Domain.js';
import { DataSupport1763800001000 } from './migrations/1763800001000-DataSupport.js';
import { DataVersion1763800003000 } from './migrations/1763800003000-DataVersion.js';
import { TileFunctions1763800003001 } from './migrations/1763800003001-TileFunctions.js';
import { IntercityStationIndex1763800004000 } from './migrations/1763800004000-IntercityStationIndex.js';
import { TileFunctionsPlpgsql1763800009100 } from './migrations/1763800009100-TileFunctionsPlpgsql.js';
import { ReadPathIndexes1763800009200 } from './migrations/1763800009200-ReadPathIndexes.js';
import { VisibleCases1763800010400 } from './migrations/1763800010400-VisibleCases.js';
import { DatasetIntegrity1763800014600 } from './migrations/1763800014600-DatasetIntegrity.js';
import { ConfidentialCasesUnversioned1763800014700 } from './migrations/1763800014700-ConfidentialCasesUnversioned.js';
import { PublishedPrecision1763800015000 } from './migrations/1763800015000-PublishedPrecision.js';
import { CaseFteMoving1763800015100 } from './migrations/1763800015100-CaseFteMoving.js';
import { NearestIntercityMaintained1763800016100 } from './migrations/1763800016100-NearestIntercityMaintained.js';
import { SiteRegionMembership1763800016200 } from './migrations/1763800016200-SiteRegionMembership.js';
import { FteRegionTotals1763800016250 } from './migrations/1763800016250-FteRegionTotals.js';
import { SiteOccupancy1763800016300 } from './migrations/1763800016300-SiteOccupancy.js';

export const ENTITIES = [
  ImportRun,
  Region,
  Population,
  Organisation,
  Site,
  Station,
  FteCount,
  PublishedChange,
  Forecast,
  MasterplanProject,
  ChangeRequest,
  RegionProfile,
  LocationCase,
  AuditEntry,
];

export const MIGRATIONS = [
  EnablePostgis1763800000000,
  Domain1763800000001,
  DataSupport1763800001000,
  DataVersion1763800003000,
  TileFunctions1763800003001,
  IntercityStationIndex1763800004000,
  TileFunctionsPlpgsql1763800009100,
  ReadPathIndexes1763800009200,
  VisibleCases1763800010400,
  DatasetIntegrity1763800014600,
  ConfidentialCasesUnversioned1763800014700,
  PublishedPrecision1763800015000,
  CaseFteMoving1763800015100,
  NearestIntercityMaintained1763800016100,
  SiteRegionMembership1763800016200,
  FteRegionTotals1763800016250,
  SiteOccupancy1763800016300,
];
