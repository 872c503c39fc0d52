/**
 * Turns a database constraint violation into a typed error the user can act on. Validation runs
 * before every write, so these are the races and the rules only the database can see (a name
 * taken a moment ago). Constraint names map to a field and a Dutch message; the database's own
 * text never reaches a client.
 */
import { DATASET_CONSTRAINTS } from './dataset-rules.js';
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

/** The known constraint an error broke (given messages first, then the dataset rules), if any. */
export function brokenConstraint(
  error: unknown,
  messages: Record<string, ConstraintMessage> = {},
): ConstraintMessage | undefined {
  const driver = driverError(error);
  const name = driver?.constraint;
  if (!name || !(driver.code === '23505' || driver.code === '23514' || driver.code === '23503')) return undefined;
  const known = Object.hasOwn(messages, name) ? messages : DATASET_CONSTRAINTS;
  return Object.hasOwn(known, name) ? known[name] : undefined;
}

/**
 * Rethrows a known constraint violation as a ValidationError; anything else unchanged. The
 * dataset rules (dataset-rules.ts) hold for every table, so every caller knows them too.
 */
export function translateConstraint(error: unknown, messages: Record<string, ConstraintMessage>): never {
  const known = brokenConstraint(error, messages);
  if (known) throw new ValidationError(known.field, known.message);
  throw error;
}
