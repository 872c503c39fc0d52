/**
 * Inline checks before sending a project, pure; the server checks again and its field errors
 * (extensions.field) land on the same fields.
 */
import type { ProjectInput } from '../../data/planner.js';

export const PROJECT_FIELDS: (keyof ProjectInput)[] = ['name', 'city', 'kind', 'status', 'period', 'plannedWorkplaces', 'sourceUrl', 'note'];

export const PROJECT_FIELD_LABELS: Record<keyof ProjectInput, string> = {
  name: 'Naam', city: 'Plaats', kind: 'Soort', status: 'Status', period: 'Periode',
  plannedWorkplaces: 'Geplande werkplekken', sourceUrl: 'Bron (URL)', note: 'Toelichting',
};

export const PROJECT_KINDS = ['nieuwbouw', 'renovatie', 'afstoot', 'aankoop', 'rijksontmoetingsplein', 'overig'] as const;

export function validateProject(input: ProjectInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.name.trim()) errors.name = 'Vul een naam in.';
  if (!(PROJECT_KINDS as readonly string[]).includes(input.kind)) errors.kind = 'Kies een soort project.';
  if (!input.status.trim()) errors.status = 'Vul de status in.';
  if (input.plannedWorkplaces !== null && (!Number.isInteger(input.plannedWorkplaces) || input.plannedWorkplaces < 0)) {
    errors.plannedWorkplaces = 'Geef een heel aantal werkplekken van 0 of meer.';
  }
  if (!/^https?:\/\/\S+$/.test(input.sourceUrl.trim())) errors.sourceUrl = 'Geef de bron als webadres (https://…).';
  return errors;
}

export function toProjectInput(project: ProjectInput): ProjectInput {
  return {
    name: project.name, city: project.city, kind: project.kind, status: project.status, period: project.period,
    plannedWorkplaces: project.plannedWorkplaces, sourceUrl: project.sourceUrl, note: project.note,
  };
}
