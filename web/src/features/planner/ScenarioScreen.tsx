/**
 * Scenarios: choose location cases and masterplan projects, apply them to a reference date and
 * see the projected spread per province and the policy monitors beside today's (API: scenario,
 * monitors). Only the cases the API returns to this viewer can be chosen (issue 18, finding 2).
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { Verdict } from '../../gql/graphql.js';
import type { Dataset } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { usePeildatums } from '../choropleth/figures.js';
import { MONITORS } from '../monitors/MonitorsPanel.js';
import { formatDate } from '../../lib/format.js';
import { useCases } from './CaseList.js';
import { useProjects } from './ProjectsSection.js';

export const SCENARIO = graphql(`
  query PlannerScenario($input: ScenarioInput!) {
    scenario(input: $input) {
      peildatum
      applied
      notApplied
      nationalBase
      nationalProjected
      nationalDeltaWorkplaces
      nationalCapacityFte
      workplacesPerFte
      provinces {
        code
        name
        baseFte
        deltaFte
        projectedFte
        deltaWorkplaces
        capacityFte
      }
      monitors {
        id
        title
        verdict
        explanation
      }
    }
  }
`);

const VERDICTS: Record<Verdict, string> = {
  voldoet: '✔ voldoet',
  voldoet_niet: '✖ voldoet niet',
  onvoldoende_gegevens: '? onvoldoende gegevens',
};
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const show = (n: number | null | undefined) =>
  n === null || n === undefined ? 'geen gepubliceerd cijfer' : number.format(n);
const signed = (n: number) => `${n > 0 ? '+' : ''}${number.format(n)}`;

export function ScenarioScreen({ dataset }: { dataset: Dataset }) {
  const { cases } = useCases(dataset);
  const { projects } = useProjects(dataset);
  const dates = usePeildatums(dataset) ?? [];
  const [caseIds, setCaseIds] = useState<number[]>([]);
  const [projectIds, setProjectIds] = useState<number[]>([]);
  const [run, setRun] = useState<{ caseIds: number[]; projectIds: number[] } | null>(null);
  const peildatum = dates[0] ?? null;
  const previous = dates[1] ?? null;
  const toggle = (list: number[], id: number) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const scenario = useQuery(SCENARIO, {
    variables: { input: { peildatum: peildatum ?? '', dataset, ...(run ?? { caseIds: [], projectIds: [] }) } },
    skip: !run || !peildatum,
  });
  const today = useQuery(MONITORS, {
    variables: { fromPeildatum: previous ?? '', toPeildatum: peildatum ?? '', dataset },
    skip: !run || !previous || !peildatum,
  });
  const result = scenario.data?.scenario;
  const todayById = new Map((today.data?.monitors ?? []).map((m) => [m.id, m]));
  return (
    <section aria-labelledby="scenario-titel" data-testid="scenario-scherm">
      <h3 id="scenario-titel" className="rp-h3">
        Scenario doorrekenen
      </h3>
      {dataset === 'demo' && <DemoLabel />}
      {!peildatum && (
        <Notice kind="warning">
          Deze dataset heeft geen peildatum met cijfers; een scenario kan niet worden doorgerekend.
        </Notice>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setRun({ caseIds, projectIds });
        }}
      >
        <p className="rp-hint">
          Basis: de cijfers van {formatDate(peildatum)}. Casussen verplaatsen fte; projecten veranderen werkplekken
          (ruimte, geen fte).
        </p>
        <div className="rp-scenario-choices">
          <fieldset className="utrecht-form-fieldset" data-testid="scenario-casussen">
            <legend className="utrecht-form-fieldset__legend">Casussen ({caseIds.length} gekozen)</legend>
            {cases.map((c) => (
              <label key={c.id} className="rp-radio">
                <input
                  type="checkbox"
                  checked={caseIds.includes(c.id)}
                  onChange={() => setCaseIds((l) => toggle(l, c.id))}
                />{' '}
                {c.title}
                {c.fteChange !== null ? ` (${signed(c.fteChange)} fte)` : ''}
              </label>
            ))}
          </fieldset>
          <fieldset className="utrecht-form-fieldset" data-testid="scenario-projecten">
            <legend className="utrecht-form-fieldset__legend">Masterplanprojecten ({projectIds.length} gekozen)</legend>
            {projects.map((p) => (
              <label key={p.id} className="rp-radio">
                <input
                  type="checkbox"
                  checked={projectIds.includes(p.id)}
                  onChange={() => setProjectIds((l) => toggle(l, p.id))}
                />{' '}
                {p.name}
                {p.plannedWorkplaces !== null && p.plannedWorkplaces !== undefined
                  ? ` (${p.plannedWorkplaces} werkplekken)`
                  : ''}
              </label>
            ))}
          </fieldset>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={!peildatum}>
          Doorrekenen
        </button>
      </form>
      {scenario.error && <Notice kind="error">{scenario.error.message}</Notice>}
      {scenario.loading && !result && <p role="status">Scenario doorrekenen…</p>}
      {result && (
        <div data-testid="scenario-uitkomst">
          <p role="status">
            Landelijk: {show(result.nationalBase)} fte → {show(result.nationalProjected)} fte; werkplekken{' '}
            {signed(result.nationalDeltaWorkplaces)} (ruimte voor {number.format(result.nationalCapacityFte)} fte bij{' '}
            {decimal.format(result.workplacesPerFte)} werkplek per fte).
          </p>
          {result.notApplied.length > 0 && (
            <Notice kind="warning">Niet toegepast: {result.notApplied.join('; ')}</Notice>
          )}
          <div className="rp-table-scroll">
            <table className="utrecht-table rp-table" data-testid="scenario-provincies">
              <caption className="utrecht-table__caption">Geprojecteerde spreiding per provincie</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {['Provincie', 'Nu (fte)', 'Verandering (fte)', 'Scenario (fte)', 'Werkplekken', 'Ruimte (fte)'].map(
                    (h) => (
                      <th key={h} scope="col" className="utrecht-table__header-cell">
                        {h}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {result.provinces.map((p) => (
                  <tr key={p.code} className="utrecht-table__row" data-code={p.code}>
                    <th scope="row" className="utrecht-table__header-cell">
                      {p.name}
                    </th>
                    <td className="utrecht-table__cell">{show(p.baseFte)}</td>
                    <td className="utrecht-table__cell" data-kolom="delta">
                      {signed(p.deltaFte)}
                    </td>
                    <td className="utrecht-table__cell">{show(p.projectedFte)}</td>
                    <td className="utrecht-table__cell">{signed(p.deltaWorkplaces)}</td>
                    <td className="utrecht-table__cell">{number.format(p.capacityFte)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="rp-table-scroll">
            <table className="utrecht-table rp-table" data-testid="scenario-monitors">
              <caption className="utrecht-table__caption">
                Monitors: vandaag ({formatDate(previous)} → {formatDate(peildatum)}) en met dit scenario
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {['Monitor', 'Vandaag', 'Met scenario', 'Toelichting scenario'].map((h) => (
                    <th key={h} scope="col" className="utrecht-table__header-cell">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {result.monitors.map((m) => {
                  const now = todayById.get(m.id);
                  return (
                    <tr key={m.id} className="utrecht-table__row" data-monitor={m.id}>
                      <th scope="row" className="utrecht-table__header-cell">
                        {m.title}
                      </th>
                      <td className="utrecht-table__cell">
                        {now ? VERDICTS[now.verdict] : previous ? 'laden…' : 'geen eerdere peildatum'}
                      </td>
                      <td className="utrecht-table__cell">{VERDICTS[m.verdict]}</td>
                      <td className="utrecht-table__cell">{m.explanation}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
