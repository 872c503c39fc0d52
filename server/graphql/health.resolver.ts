import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';

@ObjectType('ServiceInfo', { description: 'Over deze dienst' })
class ServiceInfo {
  @Field(() => String, { description: 'Databasemodus: embedded (PGlite) of postgres' })
  databaseMode: string;

  @Field(() => String, { description: 'Versie van het API-schema' })
  apiVersion: string;
}

@Resolver()
export class HealthResolver {
  @Query(() => ServiceInfo, { description: 'Informatie over deze dienst' })
  serviceInfo(@Ctx() ctx: RequestContext): ServiceInfo {
    return { databaseMode: ctx.databaseMode, apiVersion: '1' };
  }
}
