/**
 * Who am I: the identity the request's token proves, so a client can check a token before it
 * says "signed in" (issue 18, finding 4). An unknown token never reaches this resolver: the
 * request is refused UNAUTHENTICATED before execution; no token answers the anonymous viewer.
 */
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';

@ObjectType('Viewer', { description: 'Wie deze vraag stelt: de identiteit die het meegestuurde token bewijst' })
export class ViewerType {
  @Field(() => String, { description: 'Naam van het token of de gebruiker ("anoniem" zonder token)' }) name: string;
  @Field(() => String, { description: 'Rol: anonymous, viewer, planner of admin' }) role: string;
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, {
    description: 'Wie vraagt: naam en rol van het meegestuurde token (controle bij aanmelden)',
  })
  viewer(@Ctx() ctx: RequestContext): ViewerType {
    return { name: ctx.viewer.id, role: ctx.viewer.role };
  }
}
