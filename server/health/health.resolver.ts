import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import { listNotices } from '../regions/data-notice.queries.js';
import type { RequestContext } from '../graphql/context.js';

@ObjectType('DataNotice', {
  description:
    'Een mededeling over de geladen data, bijvoorbeeld grove reservegrenzen omdat de CBS-bestanden ontbraken',
})
class DataNoticeType {
  @Field(() => String, { description: 'Onderwerp (één mededeling per onderwerp), bijvoorbeeld grenzen' })
  topic: string;

  @Field(() => String, { description: 'info of waarschuwing' })
  level: string;

  @Field(() => String, { description: 'De mededeling, in het Nederlands' })
  message: string;
}

@ObjectType('ServiceInfo', { description: 'Over deze dienst' })
class ServiceInfo {
  @Field(() => String, { description: 'Databasemodus: embedded (PGlite) of postgres' })
  databaseMode: string;

  @Field(() => String, { description: 'Versie van het API-schema' })
  apiVersion: string;
}

@Resolver(() => ServiceInfo)
export class HealthResolver {
  @Query(() => ServiceInfo, { description: 'Informatie over deze dienst' })
  serviceInfo(@Ctx() ctx: RequestContext): ServiceInfo {
    return { databaseMode: ctx.databaseMode, apiVersion: '1' };
  }

  // Same notices as /health, so a client that only speaks GraphQL (and the map) can warn its users.
  @FieldResolver(() => [DataNoticeType], {
    description: 'Mededelingen over de geladen data, waarschuwingen eerst; leeg als er niets te melden is',
  })
  async dataNotices(@Ctx() ctx: RequestContext): Promise<DataNoticeType[]> {
    return listNotices(ctx.db);
  }
}
