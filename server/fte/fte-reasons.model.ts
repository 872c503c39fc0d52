/**
 * The words the API uses when a figure is missing or derived, in one place so every answer says
 * it the same way. A missing figure is null with one of these reasons — never 0.
 */
import type { Dataset } from '../../common/domain.js';

export const DATASET_LABELS: Record<Dataset, string> = {
  gepubliceerd: 'gepubliceerde cijfers',
  demo: 'fictieve voorbeelddata',
};

export function noFigure(dataset: Dataset): string {
  return dataset === 'demo' ? 'geen cijfer in de fictieve voorbeelddata' : 'geen gepubliceerd cijfer';
}

export function approximationOnly(asWritten: string): string {
  return `alleen benadering gepubliceerd: ${asWritten}`;
}

export const REASONS = {
  noNationalTotal: (dataset: Dataset) => `${noFigure(dataset)} voor het landelijk totaal`,
  noOrganisationTotal: 'geen landelijk totaal per organisatie',
  nationalZero: 'landelijk totaal is 0',
  noPopulation: (peildatum: string) => `geen bevolkingscijfer (CBS) op ${peildatum}`,
  noEarlier: (peildatum: string) => `geen cijfer op de vergelijkingsdatum ${peildatum}`,
  noComparison: 'geen vergelijkingsdatum opgegeven (comparePeildatum)',
  earlierZero: 'cijfer op de vergelijkingsdatum is 0',
  incomplete: (missingCount: number, total: number) => `onvolledig: ${missingCount} van ${total} regio’s zonder cijfer`,
};
