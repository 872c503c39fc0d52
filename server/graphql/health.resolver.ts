import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Field, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { featuresServed, type ServiceFeature } from '../common/features.js';
import type { RequestContext } from './context.js';
import { ServiceFeatureEnum } from './enums.js';

@ObjectType('ServiceInfo', { description: 'Over deze dienst' })
class ServiceInfo {
  @Field(() => String, { description: 'Databasemodus: embedded (PGlite) of postgres' })
  databaseMode: string;

  @Field(() => String, { description: 'Versie van het API-schema' })
  apiVersion: string;

  @Field(() => [ServiceFeatureEnum], {
    description:
      'Optionele onderdelen die deze dienst aanbiedt (alle velden die ze nodig hebben bestaan). Werkt ook als introspectie uit staat, zoals in productie',
  })
  features: ServiceFeature[];
}

/** Whether the schema being executed has `Type.field`. */
export function schemaHasField(schema: GraphQLResolveInfo['schema'], coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName!);
  return !!type && 'getFields' in type && Object.hasOwn(type.getFields(), fieldName!);
}

@Resolver()
export class HealthResolver {
  @Query(() => ServiceInfo, { description: 'Informatie over deze dienst' })
  serviceInfo(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): ServiceInfo {
    return { databaseMode: ctx.databaseMode, apiVersion: '1', features: featuresServed((c) => schemaHasField(info.schema, c)) };
  }
}
