/**
 * A small SVG trend line of fte per reference date. Missing years are gaps, not zeros; every
 * point is also listed in the accessible table below the chart.
 */
import type { DatedFigure } from './FigureItem.js';
import { formatDate, formatFte } from '../../lib/format.js';

const W = 300;
const H = 120;
const PAD = 28;

export function TrendChart({ series }: { series: DatedFigure[] }) {
  const points = [...series].sort((a, b) => a.key.localeCompare(b.key)).map((p) => ({ peildatum: p.key, fte: p.fte.value }));
  const known = points.filter((p) => p.fte !== null);
  if (known.length === 0) return <p className="rp-missing">geen gepubliceerd cijfer voor een reeks</p>;
  const max = Math.max(...known.map((p) => p.fte!));
  const min = Math.min(0, ...known.map((p) => p.fte!));
  const x = (i: number) => PAD + (points.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => H - PAD / 2 - ((v - min) / (max - min || 1)) * (H - PAD);
  const segments: string[] = [];
  let open = false;
  points.forEach((p, i) => {
    if (p.fte === null) return void (open = false);
    segments.push(`${open ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.fte).toFixed(1)}`);
    open = true;
  });
  return (
    <figure className="rp-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Verloop fte: ${points.map((p) => `${formatDate(p.peildatum)} ${p.fte === null ? 'geen cijfer' : formatFte(p.fte)}`).join('; ')}`}>
        <path d={segments.join(' ')} fill="none" stroke="#154273" strokeWidth="2" />
        {points.map((p, i) => (p.fte === null ? null : <circle key={p.peildatum} cx={x(i)} cy={y(p.fte)} r="3.5" fill="#154273" />))}
        {points.map((p, i) => <text key={p.peildatum} x={x(i)} y={H - 2} fontSize="9" textAnchor="middle">{p.peildatum.slice(0, 4)}</text>)}
      </svg>
    </figure>
  );
}
