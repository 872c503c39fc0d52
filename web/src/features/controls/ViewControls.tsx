/**
 * The view's choices: level, metric, reference date (slider), compare mode, sector, ministry,
 * dataset and classification. Native form controls, labelled, so keyboard and screen readers work.
 */
import { useId } from 'react';
import { updateView } from '../../state/useView.js';
import {
  LEVELS,
  LEVEL_LABELS,
  METRICS,
  METRIC_LABELS,
  SECTORS,
  SECTOR_LABELS,
  needsCompare,
  type View,
} from '../../state/view.js';
import { formatDate } from '../../lib/format.js';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../../map/classify.js';
import { useMinistries, type MinistryChoice } from './ministries.js';

interface Props {
  view: View;
  /** Reference dates with figures, newest first (empty while loading). */
  dates: string[];
  shownDate: string | null;
}

export function ViewControls({ view, dates, shownDate }: Props) {
  const id = useId();
  const ministries = useMinistries(view.dataset);
  const ascending = [...dates].reverse();
  const index = shownDate ? ascending.indexOf(shownDate) : -1;
  return (
    <form className="rp-controls" onSubmit={(e) => e.preventDefault()} aria-label="Kaartinstellingen">
      <Select
        id={`${id}-niveau`}
        label="Indeling"
        value={view.level}
        options={LEVELS.map((l) => [l, LEVEL_LABELS[l]])}
        onChange={(level) => updateView({ level: level as View['level'], selected: null })}
      />
      <Select
        id={`${id}-maat`}
        label="Maat"
        value={view.metric}
        options={METRICS.map((m) => [m, METRIC_LABELS[m]])}
        onChange={(metric) => updateView({ metric: metric as View['metric'] })}
      />
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`${id}-datum`}>
          Peildatum: <output htmlFor={`${id}-datum`}>{shownDate ? formatDate(shownDate) : 'geen cijfers'}</output>
        </label>
        <input
          id={`${id}-datum`}
          className="rp-slider"
          type="range"
          min={0}
          max={Math.max(0, ascending.length - 1)}
          step={1}
          value={Math.max(0, index)}
          disabled={ascending.length < 2}
          aria-valuetext={shownDate ? formatDate(shownDate) : 'geen cijfers'}
          onChange={(e) => updateView({ date: ascending[Number(e.target.value)] ?? null })}
        />
      </div>
      <Select
        id={`${id}-vergelijk`}
        label={needsCompare(view.metric) ? 'Vergelijken met (nodig voor deze maat)' : 'Vergelijken met'}
        value={view.compare ?? ''}
        options={[
          ['', 'niet vergelijken'],
          ...dates.filter((d) => d !== shownDate).map((d): [string, string] => [d, formatDate(d)]),
        ]}
        onChange={(compare) =>
          updateView({
            compare: compare || null,
            metric: compare && !needsCompare(view.metric) ? 'verandering' : view.metric,
          })
        }
      />
      <Select
        id={`${id}-sector`}
        label="Sector"
        value={view.sector ?? ''}
        options={[['', 'alle sectoren'], ...SECTORS.map((s): [string, string] => [s, SECTOR_LABELS[s]])]}
        onChange={(sector) => updateView({ sector: (sector || null) as View['sector'] })}
      />
      <MinistrySelect id={`${id}-ministerie`} view={view} ministries={ministries} />
      <Select
        id={`${id}-data`}
        label="Dataset"
        value={view.dataset}
        options={[
          ['gepubliceerd', 'Gepubliceerde cijfers'],
          ['demo', 'Fictieve voorbeelddata'],
        ]}
        onChange={(dataset) => updateView({ dataset: dataset as View['dataset'] })}
      />
      <fieldset className="utrecht-form-fieldset rp-inline">
        <legend className="utrecht-form-fieldset__legend">Klassenindeling</legend>
        <Select
          id={`${id}-indeling`}
          label="Methode"
          value={view.classMethod}
          options={CLASS_METHODS.map((m) => [m, m === 'kwantielen' ? 'Kwantielen' : 'Gelijke intervallen'])}
          onChange={(m) => updateView({ classMethod: m as ClassMethod })}
        />
        <Select
          id={`${id}-klassen`}
          label="Klassen"
          value={String(view.classes)}
          options={Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i): [string, string] => [
            String(MIN_CLASSES + i),
            String(MIN_CLASSES + i),
          ])}
          onChange={(n) => updateView({ classes: Number(n) })}
        />
      </fieldset>
    </form>
  );
}

/**
 * Honest about what the dataset holds: disabled with the reason when no ministry has figures in
 * it (the published figures are not per ministry before the 2025 delivery), else only the
 * ministries that have figures, each with its newest reference date.
 */
function MinistrySelect({ id, view, ministries }: { id: string; view: View; ministries: MinistryChoice[] | null }) {
  const none = ministries !== null && ministries.length === 0;
  const hint =
    ministries === null
      ? undefined
      : none
        ? view.dataset === 'gepubliceerd'
          ? 'Geen cijfers per ministerie in de gepubliceerde cijfers: die gaan per provincie en sector; per ministerie komen ze pas met de levering vanaf 2025.'
          : 'Geen cijfers per ministerie in deze dataset.'
        : `Alleen ministeries met cijfers in deze dataset (nieuwste peildatum: ${formatDate(
            ministries
              .map((m) => m.newest)
              .sort()
              .at(-1)!,
          )}).`;
  const options: [string, string][] = [
    ['', 'alle ministeries'],
    ...(ministries ?? []).map((m): [string, string] => [String(m.id), m.label]),
  ];
  // A ministry from a shared link that this dataset has no figures for is shown, not silently dropped.
  if (view.ministry !== null && !options.some(([v]) => v === String(view.ministry)))
    options.push([String(view.ministry), 'ministerie zonder cijfers in deze dataset']);
  return (
    <Select
      id={id}
      label="Ministerie"
      hint={hint}
      disabled={none && view.ministry === null}
      value={view.ministry === null ? '' : String(view.ministry)}
      options={options}
      onChange={(m) => updateView({ ministry: m ? Number(m) : null })}
    />
  );
}

interface SelectProps {
  id: string;
  label: string;
  hint?: string;
  disabled?: boolean;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}

export function Select({ id, label, hint, disabled, value, options, onChange }: SelectProps) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="rp-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
