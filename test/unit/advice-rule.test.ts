import { describe, expect, it } from 'vitest';
import {
  adviceRequirement,
  evaluateAdvice,
  NO_GRENSREGIO_LIST,
  type AdviceCase,
  type PlaceFacts,
} from '../../server/advice/advice-rule.js';

const assen: PlaceFacts = { label: 'Assen', provincieCode: 'PV22', provincieName: 'Drenthe', isGrensregio: false };
const emmen: PlaceFacts = { label: 'Emmen', provincieCode: 'PV22', provincieName: 'Drenthe', isGrensregio: true };
const utrecht: PlaceFacts = { label: 'Utrecht', provincieCode: 'PV26', provincieName: 'Utrecht', isGrensregio: false };
const listed = (c: Omit<AdviceCase, 'grensregioListed'>): AdviceCase => ({ ...c, grensregioListed: true });

describe('location-advice rule', () => {
  it.each([
    ['groei', 100, 'ja'],
    ['groei', 99, 'nee'],
    ['krimp', -100, 'ja'],
    ['krimp', -99.5, 'nee'],
    ['nieuwe_dienst', 150, 'ja'],
    ['nieuwe_dienst', 40, 'nee'],
    ['masterplan', null, 'ja'],
    ['vtw', 5, 'ja'],
    ['groei', null, 'onbekend'],
    ['overig', null, 'onbekend'],
    ['overig', 600, 'ja'],
  ] as const)('%s of %s fte → advice %s', (kind, fteChange, expected) => {
    expect(evaluateAdvice(listed({ kind, fteChange, from: null, to: null })).adviceRequired).toBe(expected);
    expect(adviceRequirement(kind, fteChange).required).toBe(expected);
  });

  it('asks advice for a unit of 100 fte or more that moves, whatever the net change', () => {
    expect(adviceRequirement('overig', null, 600)).toEqual({
      required: 'ja',
      reasons: ['verplaatsing van 600 fte (drempel 100)'],
    });
    expect(adviceRequirement('overig', null, 40).required).toBe('nee');
  });

  it('names the threshold and the size in its reason', () => {
    const outcome = evaluateAdvice(listed({ kind: 'krimp', fteChange: -175, from: emmen, to: null }));
    expect(outcome.reasons).toEqual(['krimp van 175 fte (drempel 100)']);
    expect(outcome.explanation).toMatch(/^Locatieadvies van BZK is nodig: krimp van 175 fte/);
  });

  it('detects a move across a provincial border and says which; a missing side is unknown, not "nee"', () => {
    const outcome = evaluateAdvice(listed({ kind: 'groei', fteChange: 120, from: utrecht, to: assen }));
    expect(outcome.crossesProvincialBorder).toBe('ja');
    expect(outcome.explanation).toMatch(/Utrecht → Drenthe/);
    expect(
      evaluateAdvice(listed({ kind: 'groei', fteChange: 120, from: emmen, to: assen })).crossesProvincialBorder,
    ).toBe('nee');
    expect(
      evaluateAdvice(listed({ kind: 'groei', fteChange: 120, from: { ...utrecht, provincieCode: null }, to: assen }))
        .crossesProvincialBorder,
    ).toBe('onbekend');
    const oneSide = evaluateAdvice(listed({ kind: 'overig', fteChange: null, fteMoving: 600, from: assen, to: null }));
    expect(oneSide.crossesProvincialBorder).toBe('onbekend');
    expect(oneSide.explanation).toMatch(/provincie van bestemming ontbreekt/);
  });

  it('flags a grensregio on either side when a list is configured', () => {
    const outcome = evaluateAdvice(listed({ kind: 'groei', fteChange: 10, from: null, to: emmen }));
    expect(outcome.touchesGrensregio).toBe('ja');
    expect(outcome.explanation).toMatch(/grensregio \(Emmen\)/);
    expect(evaluateAdvice(listed({ kind: 'groei', fteChange: 10, from: utrecht, to: assen })).touchesGrensregio).toBe(
      'nee',
    );
    expect(evaluateAdvice(listed({ kind: 'groei', fteChange: 10, from: null, to: assen })).touchesGrensregio).toBe(
      'onbekend',
    );
  });

  it('never states "no grensregio" as a fact without a list, and says so', () => {
    const outcome = evaluateAdvice({ kind: 'groei', fteChange: 10, from: utrecht, to: assen, grensregioListed: false });
    expect(outcome.touchesGrensregio).toBe('onbekend');
    expect(outcome.grensregioList).toBe(NO_GRENSREGIO_LIST);
    expect(outcome.explanation).toContain("geen grensregio's ingesteld");
  });
});
