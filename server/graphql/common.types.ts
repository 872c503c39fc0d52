/**
 * Small shared output types and scalars: a source reference, a figure that can be missing with
 * a reason (never a silent zero), and the date scalars with Dutch descriptions.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';

/** A real calendar date as YYYY-MM-DD (2024-02-30 is refused), with a Dutch message. */
function localDate(value: unknown): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  const valid = date !== undefined && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value as string);
  if (!valid)
    throw new GraphQLError(`Ongeldige datum ${JSON.stringify(value)}: verwacht JJJJ-MM-DD, bijv. 2024-01-01`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value as string;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'Kalenderdatum als tekst JJJJ-MM-DD (ISO 8601), bijv. een peildatum "2024-01-01"',
  serialize: localDate,
  parseValue: localDate,
  parseLiteral: (ast) => localDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  description: 'Tijdstip als ISO 8601-tekst met tijdzone, bijv. "2026-11-20T10:15:00.000Z"',
});

export const JSONObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'Een JSON-object (gebruikt voor de toestand vóór en na een wijziging in het auditlog)',
});

@ObjectType('SourceRef', { description: 'Bron van een cijfer (bronvermelding): adres en, waar bekend, titel' })
export class SourceRef {
  @Field(() => String, { description: 'Adres (URL) van de bron' })
  url: string;

  @Field(() => String, { nullable: true, description: 'Titel van de bron, bijv. "Kamerstuk 31490 nr. 347"' })
  title: string | null;
}

@ObjectType('Figure', {
  description:
    'Een cijfer dat kan ontbreken. Ontbreekt het, dan is value null en zegt missingReason waarom ' +
    '("geen gepubliceerd cijfer", "alleen benadering gepubliceerd: bijna 95.000"); een ontbrekend cijfer is nooit 0.',
})
export class Figure {
  @Field(() => Float, { nullable: true, description: 'De waarde, of null als er geen (exact) cijfer is' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Waarom de waarde ontbreekt; null als er een waarde is' })
  missingReason: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Alleen bij een gepubliceerde uitspraak in plaats van een berekening: exact, afgerond, benadering of richting',
  })
  precision?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Alleen bij een gepubliceerde uitspraak: zoals de bron het schrijft ("3 procent", "afname")',
  })
  asWritten?: string | null;
}

export { known, missing } from '../common/figure.js';
