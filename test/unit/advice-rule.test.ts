import { describe, expect, it } from 'vitest';
import { evaluateAdvice, type PlaceFacts } from '../../server/advice/advice-rule.js';

const assen: PlaceFacts = { label: 'Assen', provincieCode: 'PV22', provincieName: 'Drenthe', isGrensregio: false };
const emmen: PlaceFacts = { label: 'Emmen', provincieCode: 'PV22', provincieName: 'Drenthe', isGrensregio: true };
const utrecht: PlaceFacts = { label: 'Utrecht', provincieCode: 'PV26', provincieName: 'Utrecht', isGrensregio: false };

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
  ] as const)('%s of %s fte → advice %s', (kind, fteChange, expected) => {
    expect(evaluateAdvice({ kind, fteChange, from: null, to: null }).adviceRequired).toBe(expected);
  });

  it('names the threshold and the size in its reason', () => {
    const outcome = evaluateAdvice({ kind: 'krimp', fteChange: -175, from: emmen, to: null });
    expect(outcome.reasons).toEqual(['krimp van 175 fte (drempel 100)']);
    expect(outcome.explanation).toMatch(/^Locatieadvies van BZK is nodig: krimp van 175 fte/);
  });

  it('detects a move across a provincial border and says which', () => {
    const outcome = evaluateAdvice({ kind: 'groei', fteChange: 120, from: utrecht, to: assen });
    expect(outcome.crossesProvincialBorder).toBe('ja');
    expect(outcome.explanation).toMatch(/Utrecht → Drenthe/);
    expect(evaluateAdvice({ kind: 'groei', fteChange: 120, from: emmen, to: assen }).crossesProvincialBorder).toBe('nee');
    expect(evaluateAdvice({ kind: 'groei', fteChange: 120, from: { ...utrecht, provincieCode: null }, to: assen }).crossesProvincialBorder).toBe('onbekend');
  });

  it('flags a grensregio on either side', () => {
    const outcome = evaluateAdvice({ kind: 'groei', fteChange: 10, from: null, to: emmen });
    expect(outcome.touchesGrensregio).toBe(true);
    expect(outcome.explanation).toMatch(/grensregio \(Emmen\)/);
    expect(evaluateAdvice({ kind: 'groei', fteChange: 10, from: null, to: assen }).touchesGrensregio).toBe(false);
  });
});
