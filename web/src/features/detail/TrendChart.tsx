/**
 * A small SVG trend line of fte per reference date, with a y-axis of round values (from 0) and
 * labels of 13 units (the chart is never drawn narrower than 85 %, so at least 11 px on screen).
 * Missing years are gaps, not zeros; every point is also listed below the chart.
 */
import type { DatedFigure } from './FigureItem.js';
import { formatDate, formatFte } from '../../lib/format.js';

const W = 320;
const H = 170;
const LEFT = 56;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 26;
const FONT = 13;
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

export function TrendChart({ series }: { series: DatedFigure[] }) {
  const points = [...series]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((p) => ({ peildatum: p.key, fte: p.fte.value }));
  const known = points.filter((p) => p.fte !== null);
  if (known.length === 0) return <p className="rp-missing">geen gepubliceerd cijfer voor een reeks</p>;
  const ticks = axisTicks(Math.max(...known.map((p) => p.fte!)));
  const top = ticks[ticks.length - 1]!;
  const x = (i: number) =>
    LEFT + (points.length === 1 ? (W - LEFT - RIGHT) / 2 : (i * (W - LEFT - RIGHT)) / (points.length - 1));
  const y = (v: number) => H - BOTTOM - (v / (top || 1)) * (H - TOP - BOTTOM);
  const segments: string[] = [];
  let open = false;
  points.forEach((p, i) => {
    if (p.fte === null) return void (open = false);
    segments.push(`${open ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.fte).toFixed(1)}`);
    open = true;
  });
  const label = `Verloop fte: ${points.map((p) => `${formatDate(p.peildatum)} ${p.fte === null ? 'geen cijfer' : formatFte(p.fte)}`).join('; ')}`;
  return (
    <figure className="rp-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <g data-testid="trend-y-as" fill="#333">
          {ticks.map((t) => (
            <g key={t}>
              <line
                x1={LEFT - 4}
                x2={W - RIGHT}
                y1={y(t)}
                y2={y(t)}
                stroke={t === 0 ? '#333' : '#d0d0d0'}
                strokeWidth="1"
              />
              <text x={LEFT - 8} y={y(t)} fontSize={FONT} textAnchor="end" dominantBaseline="middle">
                {whole.format(t)}
              </text>
            </g>
          ))}
        </g>
        <path d={segments.join(' ')} fill="none" stroke="#154273" strokeWidth="2" />
        {points.map((p, i) =>
          p.fte === null ? null : <circle key={p.peildatum} cx={x(i)} cy={y(p.fte)} r="3.5" fill="#154273" />,
        )}
        {points.map((p, i) => (
          <text key={p.peildatum} x={x(i)} y={H - 6} fontSize={FONT} textAnchor="middle" fill="#333">
            {p.peildatum.slice(0, 4)}
          </text>
        ))}
      </svg>
      <figcaption className="rp-hint">fte per peildatum (1 januari); de as begint bij 0</figcaption>
    </figure>
  );
}

/** 0 and 3–5 round steps (1, 2 or 5 × 10ⁿ) up to at least max. */
export function axisTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks = [0];
  while (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}
