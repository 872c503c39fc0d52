/**
 * Turns a database constraint violation into a typed error the user can act on. Validation runs
 * before every write, so these are the races and the rules only the database can see (a name
 * taken a moment ago). Constraint names map to a field and a Dutch message; the database's own
 * text never reaches a client.
 */
import { ValidationError } from './errors.js';

export interface ConstraintMessage {
  field: string;
  message: string;
}

interface DriverError {
  code?: string;
  constraint?: string;
}

function driverError(error: unknown): DriverError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  return typeof candidate === 'object' && candidate !== null ? (candidate as DriverError) : undefined;
}

/** Rethrows a known constraint violation as a ValidationError; anything else unchanged. */
export function translateConstraint(error: unknown, messages: Record<string, ConstraintMessage>): never {
  const driver = driverError(error);
  const known = driver?.constraint ? messages[driver.constraint] : undefined;
  if (known && (driver?.code === '23505' || driver?.code === '23514' || driver?.code === '23503')) {
    throw new ValidationError(known.field, known.message);
  }
  throw error;
}
