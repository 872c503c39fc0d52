/** What createRegionProfile and updateRegionProfile take (the service reads these shapes). */
import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/common.types.js';
import type { RegionProfileType } from './profile.type.js';

@InputType('RegionProfileInput', { description: 'Een nieuw ontwikkelprofiel (createRegionProfile)' })
export class RegionProfileInput implements Partial<RegionProfileType> {
  @Field(() => String, { description: 'CBS-code van een bestaande regio' }) regionCode: string;
  @Field(() => [String], { defaultValue: [], description: 'Kernkwaliteiten (niet leeg, zonder dubbelingen)' })
  coreQualities: string[];
  @Field(() => String, { nullable: true, description: 'Kansen' }) opportunities?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Ontvangen op' }) receivedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Bron' }) source?: string | null;
}

@InputType('RegionProfilePatch', {
  description: 'Wijzigingen aan een ontwikkelprofiel: alleen opgegeven velden veranderen',
})
export class RegionProfilePatch implements Partial<RegionProfileInput> {
  @Field(() => String, { nullable: true, description: 'CBS-code' }) regionCode?: string;
  @Field(() => [String], { nullable: true, description: 'Kernkwaliteiten (vervangt de lijst)' })
  coreQualities?: string[];
  @Field(() => String, { nullable: true, description: 'Kansen' }) opportunities?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Ontvangen op' }) receivedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Bron' }) source?: string | null;
}
