import { describe, expect, it } from 'vitest';
import { changedFields, toFormErrors } from '../../web/src/data/errors.js';
import { validateProject } from '../../web/src/features/planner/validate.js';
import { adviceExplanation } from '../../web/src/features/planner/advice.js';
import type { ProjectInput } from '../../web/src/data/planner.js';

const valid: ProjectInput = { name: 'Rijkskantoor X', city: 'Assen', kind: 'renovatie', status: 'gepland', period: '2025-2027', plannedWorkplaces: 300, sourceUrl: 'https://bron.example/x', note: null };

describe('planner forms (web)', () => {
  it('puts server errors on their field, strips input./patch. prefixes, and recognises a conflict', () => {
    const form = toFormErrors([
      { message: 'Naam is verplicht', extensions: { code: 'BAD_USER_INPUT', field: 'patch.name' } },
      { message: 'Onbekende gemeentecode', extensions: { code: 'BAD_USER_INPUT', field: 'gemeenteCode' } },
      { message: 'Project 4 is intussen gewijzigd', extensions: { code: 'CONFLICT', currentVersion: 3, yourVersion: 2 } },
    ]);
    expect(form.fields).toEqual({ name: 'Naam is verplicht', gemeenteCode: 'Onbekende gemeentecode' });
    expect(form.conflict).toEqual({ currentVersion: 3, message: 'Project 4 is intussen gewijzigd' });
    expect(form.general).toBeNull();
  });

  it('turns authentication errors and field-less errors into one general message', () => {
    const form = toFormErrors([{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }, { message: 'Interne fout' }]);
    expect(form.general).toMatch(/niet \(meer\) aangemeld.*Interne fout/);
    expect(form.fields).toEqual({});
  });

  it('lists the fields that differ between my version and the current one', () => {
    expect(changedFields(valid, { ...valid, status: 'in uitvoering', note: null }, ['name', 'status', 'note'])).toEqual(['status']);
  });

  it('checks a project inline before sending', () => {
    expect(validateProject(valid)).toEqual({});
    const errors = validateProject({ ...valid, name: ' ', kind: 'kasteel', plannedWorkplaces: -1, sourceUrl: 'geen url' });
    expect(Object.keys(errors).sort()).toEqual(['kind', 'name', 'plannedWorkplaces', 'sourceUrl']);
  });

  it('explains the advice rule outcome in words', () => {
    expect(adviceExplanation({ kind: 'groei', fteChange: 250, adviceRequired: true, crossesProvinceBorder: true })).toBe(
      'advies nodig: verandering van 250 fte (drempel 100 fte); verplaatsing over een provinciegrens: bijzondere aandacht',
    );
    expect(adviceExplanation({ kind: 'krimp', fteChange: -40, adviceRequired: false, crossesProvinceBorder: null })).toBe('geen advies nodig: verandering onder 100 fte');
    expect(adviceExplanation({ kind: 'vtw', fteChange: null, adviceRequired: true, crossesProvinceBorder: false })).toBe('advies nodig: elk verzoek tot wijziging');
    expect(adviceExplanation({ kind: 'groei', fteChange: null, adviceRequired: null, crossesProvinceBorder: null })).toMatch(/^onbekend/);
  });
});
