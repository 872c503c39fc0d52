/**
 * A region's fte (Region.fte), batched per request: the field's DataLoader, and the same figures
 * planned for a whole region list (issue 19). When a list's nodes read `fte` (the map's lists,
 * the polygon search), the page's figures come from the per-data-version aggregate
 * (fte-aggregate.service.ts) in one call and are set on each region as a planned value
 * (graphql/planned.ts): no resolver call, promise or loader per region. fteOfRegions serves both.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import { requestDataVersion, type RequestContext } from '../graphql/context.js';
import { nodeFieldArgs } from '../graphql/look-ahead.js';
import { loaderFor } from '../graphql/loaders.js';
import { setPlanned } from '../graphql/planned.js';
import { fteAggregate } from '../fte/fte-aggregate.service.js';
import type { RegionFteType } from '../fte/fte-aggregate.type.js';

/** The arguments of Region.fte, defaults applied. */
export interface RegionFteArgsValues {
  peildatum: string;
  dataset: Dataset;
  sector?: Sector | null;
  organisationId?: number | null;
  comparePeildatum?: string | null;
}

/** fte of many regions (any kinds) by code: one aggregate per level, from the per-version cache. */
export async function fteOfRegions(
  ctx: RequestContext,
  args: RegionFteArgsValues,
  regions: readonly { kind: RegionKind; code: string }[],
): Promise<Map<string, RegionFteType>> {
  const byCode = new Map<string, RegionFteType>();
  for (const level of new Set(regions.map((r) => r.kind))) {
    const codes = regions.filter((r) => r.kind === level).map((r) => r.code);
    const aggregate = await fteAggregate(ctx.db, { ...args, level, codes }, { version: requestDataVersion(ctx) });
    for (const row of aggregate.regions) byCode.set(row.code, row);
  }
  return byCode;
}

/** The field's loader: all regions asking with the same arguments cost one aggregate per level. */
export function regionFteLoader(ctx: RequestContext, args: RegionFteArgsValues) {
  const key = `region.fte:${args.peildatum}|${args.dataset}|${args.sector ?? ''}|${args.organisationId ?? ''}|${args.comparePeildatum ?? ''}`;
  return loaderFor<{ kind: RegionKind; code: string }, RegionFteType>(ctx, key, async (regions) => {
    const byCode = await fteOfRegions(ctx, args, regions);
    return regions.map((r) => byCode.get(r.code) ?? new Error(`geen fte-rij voor ${r.code}`));
  });
}

/** The fte arguments when a list's nodes select `fte` (all with the same arguments), else undefined. */
export function planRegionFte(info: GraphQLResolveInfo): RegionFteArgsValues | undefined {
  return nodeFieldArgs(info, 'Region', 'fte') as RegionFteArgsValues | undefined;
}

/**
 * Reads the page's fte and sets it on each region. Any failure (arguments the aggregate
 * refuses) leaves the regions unplanned: the field resolvers then run and report it per
 * field, as without a plan.
 */
export async function setPlannedFte(
  ctx: RequestContext,
  args: RegionFteArgsValues,
  regions: readonly { kind: RegionKind; code: string }[],
): Promise<void> {
  let byCode: Map<string, RegionFteType>;
  try {
    byCode = await fteOfRegions(ctx, args, regions);
  } catch {
    return;
  }
  for (const region of regions) {
    const figure = byCode.get(region.code);
    if (figure) setPlanned(region, 'fte', figure);
  }
}
