/**
 * Candidate search panel: origin (map point, existing site from the list, drawn area, radius), fte,
 * core qualities, constraints and weights; ranked candidates with their explanations. Changing a
 * weight after a search re-ranks immediately.
 */
import { useEffect, useId } from 'react';
import { useCandidates, useOriginSites } from './ranking.js';
import { usePeildatums } from '../choropleth/figures.js';
import type { View } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { CRITERIA, CRITERION_LABELS, draftProblems, type OriginMode } from './draft.js';
import { dispatchDraft, followSearchInUrl, submitDraft, useDraft } from './store.js';
import { CandidateList } from './CandidateList.js';

const MODES: [OriginMode, string][] = [
  ['punt', 'Punt op de kaart'],
  ['locatie', 'Bestaande locatie uit lijst'],
  ['gebied', 'Gebied tekenen'],
  ['straal', 'Straal om punt'],
];

export function CandidatePanel({ view }: { view: View }) {
  const id = useId();
  const { draft, submitted } = useDraft();
  useEffect(() => followSearchInUrl(view.search), [view.search]);
  const peildatum = view.date ?? usePeildatums(view.dataset)?.[0] ?? null;
  const result = useCandidates(submitted ?? draft, submitted !== null, { dataset: view.dataset, peildatum });
  const origins = useOriginSites(view.dataset, draft.mode === 'locatie');
  const problems = draftProblems(draft);
  const canRun = Object.keys(problems).length === 0;
  return (
    <section className="rp-panel" aria-labelledby={`${id}-titel`} data-testid="kandidatenpaneel">
      <h2 id={`${id}-titel`} className="rp-h2">
        Kandidaat-locaties zoeken
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (canRun) submitDraft();
        }}
        noValidate
      >
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Vanaf waar</legend>
          {MODES.map(([mode, label]) => (
            <label key={mode} className="rp-radio">
              <input
                type="radio"
                name={`${id}-modus`}
                value={mode}
                checked={draft.mode === mode}
                onChange={() => dispatchDraft({ type: 'mode', mode })}
              />{' '}
              {label}
            </label>
          ))}
          {draft.mode === 'locatie' && (
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-locatie`}>
                Huidige locatie
              </label>
              <select
                id={`${id}-locatie`}
                className="utrecht-select utrecht-select--html-select"
                value={draft.originSiteId ?? ''}
                onChange={(e) => dispatchDraft({ type: 'site', id: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">— kies —</option>
                {[...origins]
                  .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                      {s.city ? `, ${s.city}` : ''}
                    </option>
                  ))}
              </select>
            </div>
          )}
          {draft.mode === 'gebied' && (
            <p className="rp-hint">
              {draft.area ? 'Gebied getekend.' : `${draft.drawing.length} punten geklikt.`}{' '}
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                disabled={draft.drawing.length < 3}
                onClick={() => dispatchDraft({ type: 'closePolygon' })}
              >
                Gebied sluiten
              </button>
            </p>
          )}
          {draft.mode === 'straal' && (
            <NumberField
              id={`${id}-straal`}
              label="Straal (km)"
              value={draft.radiusKm}
              error={problems.radiusKm}
              onChange={(radiusKm) => dispatchDraft({ type: 'set', patch: { radiusKm } })}
            />
          )}
          {draft.origin && (
            <p className="rp-hint">
              Vertrekpunt: {draft.origin.coordinates[1]!.toFixed(4)} N, {draft.origin.coordinates[0]!.toFixed(4)} O
            </p>
          )}
          {problems.origin && (
            <p className="utrecht-form-field-error-message" id={`${id}-origin-fout`}>
              {problems.origin}
            </p>
          )}
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => dispatchDraft({ type: 'clearShape' })}
          >
            Keuze wissen
          </button>
        </fieldset>
        <NumberField
          id={`${id}-fte`}
          label="Omvang (fte)"
          value={draft.fte}
          error={problems.fte}
          onChange={(fte) => dispatchDraft({ type: 'set', patch: { fte: fte ?? 0 } })}
        />
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-kk`}>
            Gewenste kernkwaliteiten (komma's ertussen)
          </label>
          <input
            id={`${id}-kk`}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={draft.coreQualities.join(', ')}
            onChange={(e) =>
              dispatchDraft({
                type: 'set',
                patch: {
                  coreQualities: e.target.value
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                },
              })
            }
          />
        </div>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Randvoorwaarden</legend>
          <label className="rp-radio">
            <input
              type="checkbox"
              checked={draft.outsideRandstad}
              onChange={(e) => dispatchDraft({ type: 'set', patch: { outsideRandstad: e.target.checked } })}
            />{' '}
            Alleen buiten de Randstad
          </label>
          <NumberField
            id={`${id}-station`}
            label="Hoogstens zo ver van een intercitystation (km, leeg = geen eis)"
            value={draft.maxStationDistanceKm}
            onChange={(maxStationDistanceKm) => dispatchDraft({ type: 'set', patch: { maxStationDistanceKm } })}
          />
        </fieldset>
        <fieldset className="utrecht-form-fieldset" data-testid="gewichten">
          <legend className="utrecht-form-fieldset__legend">Gewichten (0–5)</legend>
          {CRITERIA.map((c) => (
            <div key={c} className="utrecht-form-field rp-weight">
              <label className="utrecht-form-label" htmlFor={`${id}-w-${c}`}>
                {CRITERION_LABELS[c]}
              </label>
              <input
                id={`${id}-w-${c}`}
                type="range"
                min={0}
                max={5}
                step={1}
                value={draft.weights[c]}
                data-criterium={c}
                onChange={(e) => dispatchDraft({ type: 'weight', criterion: c, weight: Number(e.target.value) })}
              />
              <output htmlFor={`${id}-w-${c}`}>{draft.weights[c]}</output>
            </div>
          ))}
          {problems.weights && <p className="utrecht-form-field-error-message">{problems.weights}</p>}
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={!canRun}>
          Zoeken
        </button>
      </form>
      {result.error && <Notice kind="error">{result.error}</Notice>}
      {result.candidates && (
        <CandidateList
          candidates={result.candidates}
          total={result.total}
          inArea={(submitted ?? draft).mode === 'gebied' && (submitted ?? draft).area !== null}
          loading={result.loading}
          demo={view.dataset === 'demo'}
        />
      )}
    </section>
  );
}

function NumberField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: number | null;
  error?: string;
  onChange: (v: number | null) => void;
}) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="number"
        inputMode="decimal"
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      />
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </p>
      )}
    </div>
  );
}
