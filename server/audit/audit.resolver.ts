import { Args, ArgsType, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeScalar, JSONObjectScalar } from '../graphql/common.types.js';
import { Connection, PageArgs, toConnection, toPage } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { searchAudit, type AuditRow } from './audit.queries.js';

@ObjectType('AuditEntry', {
  description: 'Een regel in het auditlog: wie wat wanneer wijzigde, met de toestand ervoor en erna',
})
export class AuditEntryType {
  @Field(() => ID, { description: 'Vaste sleutel' }) id: string;
  @Field(() => String, { description: 'Wie (naam van het token of de gebruiker)' }) actor: string;
  @Field(() => String, { description: 'Handeling: create, update, delete of import' }) action: string;
  @Field(() => String, {
    description: 'Soort gegeven, bijv. site, masterplan_project, change_request, region_profile, location_case',
  })
  entity: string;
  @Field(() => String, { description: 'Sleutel van het gegeven' }) entityId: string;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'Toestand vóór de wijziging (null bij aanmaken)' })
  before: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'Toestand na de wijziging' }) after: Record<
    string,
    unknown
  > | null;
  @Field(() => DateTimeScalar, { description: 'Tijdstip' }) at: Date;
}

function toAudit(row: AuditRow): AuditEntryType {
  return {
    id: row.id,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    at: row.at,
  };
}

@ObjectType('AuditEntryConnection', { description: 'Een pagina auditregels' })
class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Alleen deze soort gegeven' }) entity?: string;
  @Field(() => String, { nullable: true, description: 'Alleen dit gegeven (sleutel)' }) entityId?: string;
  @Field(() => String, { nullable: true, description: 'Alleen wijzigingen door deze persoon of dit token' })
  actor?: string;
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized('planner')
  @Query(() => AuditEntryConnection, { description: 'Het auditlog, nieuwste eerst (rol planner)' })
  async auditEntries(
    @Args(() => AuditArgs) args: AuditArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEntryConnection> {
    const page = toPage(args);
    const { rows, total } = await searchAudit(
      ctx.db,
      { entity: args.entity, entityId: args.entityId, actor: args.actor },
      page,
    );
    return toConnection(rows.map(toAudit), total, page);
  }
}
