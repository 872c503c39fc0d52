import { describe, expect, it } from 'vitest';
import { toFormErrors } from '../../web/src/features/planner/form-errors.js';
import {
  CASE_FORM,
  CHANGE_REQUEST_FORM,
  changedFields,
  isWebSource,
  pickValues,
  PROJECT_FORM,
  validateForm,
  type FormValues,
} from '../../web/src/features/planner/fields.js';
import { adviceExplanation } from '../../web/src/features/planner/advice.js';

const valid: FormValues = {
  name: 'Rijkskantoor X',
  masterplan: null,
  city: 'Assen',
  kind: 'renovatie',
  status: 'gepland',
  period: '2025-2027',
  plannedWorkplaces: 300,
  sourceUrl: 'https://bron.example/x',
  note: null,
};

describe('planner forms (web)', () => {
  it('puts server errors on their field, strips input./patch. prefixes, and recognises a conflict', () => {
    const form = toFormErrors([
      { message: 'Naam is verplicht', extensions: { code: 'BAD_USER_INPUT', field: 'patch.name' } },
      { message: 'Onbekende gemeentecode', extensions: { code: 'BAD_USER_INPUT', field: 'gemeenteCode' } },
      {
        message: 'Project 4 is intussen gewijzigd',
        extensions: { code: 'CONFLICT', currentVersion: 3, yourVersion: 2 },
      },
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
    expect(changedFields(PROJECT_FORM, valid, { ...valid, status: 'in uitvoering' })).toEqual(['status']);
  });

  it('takes only the edited fields from a record, missing ones as null', () => {
    const values = pickValues(CHANGE_REQUEST_FORM, {
      id: 4,
      version: 2,
      title: 'Extra verdieping',
      status: 'ingediend',
      projectId: 9,
    });
    expect(values).toEqual({
      title: 'Extra verdieping',
      description: null,
      status: 'ingediend',
      submittedOn: null,
      decidedOn: null,
    });
  });

  it('checks a project inline before sending', () => {
    expect(validateForm(PROJECT_FORM, valid)).toEqual({});
    const errors = validateForm(PROJECT_FORM, {
      ...valid,
      name: ' ',
      kind: 'kasteel',
      plannedWorkplaces: -1,
      sourceUrl: 'geen url',
    });
    expect(Object.keys(errors).sort()).toEqual(['kind', 'name', 'plannedWorkplaces', 'sourceUrl']);
    expect(errors.name).toBe('Naam is verplicht.');
  });

  it('checks region codes of a case and the order of change-request dates', () => {
    const base = pickValues(CASE_FORM, { title: 'Groei dienst', kind: 'groei', status: 'in behandeling' });
    expect(validateForm(CASE_FORM, base)).toEqual({});
    expect(Object.keys(validateForm(CASE_FORM, { ...base, toRegionCode: 'Drenthe', fteChange: Number.NaN }))).toEqual([
      'fteChange',
      'toRegionCode',
    ]);
    const vtw = {
      title: 'x',
      description: null,
      status: 'goedgekeurd',
      submittedOn: '2025-03-01',
      decidedOn: '2025-02-01',
    };
    expect(validateForm(CHANGE_REQUEST_FORM, vtw)).toEqual({
      decidedOn: 'Besloten op kan niet vóór ingediend op liggen.',
    });
  });

  it('explains the advice rule outcome in words', () => {
    expect(
      adviceExplanation({ kind: 'groei', fteChange: 250, adviceRequired: true, crossesProvinceBorder: true }),
    ).toBe(
      'advies nodig: verandering van 250 fte (drempel 100 fte); verplaatsing over een provinciegrens: bijzondere aandacht',
    );
    expect(
      adviceExplanation({ kind: 'krimp', fteChange: -40, adviceRequired: false, crossesProvinceBorder: null }),
    ).toBe('geen advies nodig: verandering onder 100 fte');
    expect(
      adviceExplanation({ kind: 'vtw', fteChange: null, adviceRequired: true, crossesProvinceBorder: false }),
    ).toBe('advies nodig: elk verzoek tot wijziging');
    expect(
      adviceExplanation({ kind: 'groei', fteChange: null, adviceRequired: null, crossesProvinceBorder: null }),
    ).toMatch(/^onbekend/);
  });
});

describe('demonstration records in the planner forms (issue 18, finding 4)', () => {
  const demo: FormValues = { ...valid, sourceUrl: 'urn:rijkspresentie:fictieve-voorbeelddata' };

  it('accepts the demonstration source on a demo record only', () => {
    expect(validateForm(PROJECT_FORM, demo, { dataset: 'demo' })).toEqual({});
    expect(Object.keys(validateForm(PROJECT_FORM, demo, { dataset: 'gepubliceerd' }))).toEqual(['sourceUrl']);
    expect(
      Object.keys(validateForm(PROJECT_FORM, { ...demo, sourceUrl: 'urn:iets:anders' }, { dataset: 'demo' })),
    ).toEqual(['sourceUrl']);
  });

  it('accepts a government document cited by file name, as the seeds cite it, and nothing like a path', () => {
    const cited = { ...valid, sourceUrl: 'document:drenthe_nota.txt' };
    expect(validateForm(PROJECT_FORM, cited, { dataset: 'gepubliceerd' })).toEqual({});
    expect(
      Object.keys(
        validateForm(PROJECT_FORM, { ...cited, sourceUrl: 'document:../geheim' }, { dataset: 'gepubliceerd' }),
      ),
    ).toEqual(['sourceUrl']);
  });

  it('links only sources a browser can open', () => {
    expect(isWebSource('https://www.rijksoverheid.nl/x')).toBe(true);
    expect(isWebSource('urn:rijkspresentie:fictieve-voorbeelddata')).toBe(false);
    expect(isWebSource(null)).toBe(false);
  });
});
