/**
 * Row-level problems in a delivery: line (as a spreadsheet shows it; header = 1), column and
 * reason in Dutch. An import with any of them writes nothing, unless the caller accepts the
 * valid rows explicitly (--accept-valid); the report always lists every problem.
 */
export interface RowError {
  line: number;
  column: string;
  reason: string;
}

export class ImportRejectedError extends Error {
  constructor(
    readonly file: string,
    readonly errors: RowError[],
    readonly rowsTotal: number,
  ) {
    super(`${file}: ${errors.length} fout(en) in ${rowsTotal} rijen; er is niets geschreven`);
    this.name = 'ImportRejectedError';
  }
}

/** Collects errors per row; a row with any error is left out of the records. */
export class RowErrorCollector {
  readonly errors: RowError[] = [];

  add(line: number, column: string, reason: string): void {
    this.errors.push({ line, column, reason });
  }

  /** Runs a parse step; a thrown FieldError becomes a row error and yields undefined. */
  field<T>(line: number, column: string, parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (error instanceof FieldError) {
        this.add(line, column, error.message);
        return undefined;
      }
      throw error;
    }
  }

  sorted(): RowError[] {
    return [...this.errors].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
  }
}

export class FieldError extends Error {}

export function formatRowError(error: RowError): string {
  return `regel ${error.line}, kolom ${error.column}: ${error.reason}`;
}
