import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '@/lib/dates';
import type { Milestone } from '../types';

const STATUS_COLOUR: Record<string, string> = {
  ON_TRACK: '#197a4b',
  DELAYED: '#c25400',
  ACTION_NEEDED: '#ce0000',
};

const dayOf = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

const valid = (s?: string): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Milestones as a Gantt-style chart: planned bar (outline) and actual bar (status colour). */
export function MilestoneTimeline({ milestones }: { milestones: readonly Milestone[] }) {
  const { t, i18n } = useTranslation();
  const rows = milestones.filter((m) =>
    [m.plannedStart, m.plannedEnd, m.actualStart, m.actualEnd].some(valid),
  );
  const dates = rows
    .flatMap((m) => [m.plannedStart, m.plannedEnd, m.actualStart, m.actualEnd])
    .filter(valid)
    .map(dayOf);
  if (rows.length === 0 || dates.length === 0)
    return <p className="text-solid-gray-700">{t('reports.progress.timelineEmpty')}</p>;
  const min = Math.min(...dates);
  const max = Math.max(...dates, min + 30);
  const width = 640;
  const label = 180;
  const rowH = 28;
  const minIso = new Date(min * 86_400_000).toISOString().slice(0, 10);
  const maxIso = new Date(max * 86_400_000).toISOString().slice(0, 10);
  const x = (iso: string) => label + ((dayOf(iso) - min) / (max - min)) * (width - label - 10);
  const today = todayIso();
  const bar = (from?: string, to?: string, openEnded = false) => {
    if (!valid(from)) return null;
    const a = x(from);
    // An actual period still running reaches today (within the chart).
    const end = valid(to)
      ? to
      : openEnded && today > from
        ? today < maxIso
          ? today
          : maxIso
        : null;
    const b = end ? x(end) : a + 4;
    return { x: a, w: Math.max(4, b - a) };
  };
  return (
    <figure className="mt-2" data-testid="milestone-timeline">
      <svg
        role="img"
        aria-labelledby="timeline-title"
        viewBox={`0 0 ${width} ${rows.length * rowH + 30}`}
        className="w-full max-w-3xl border border-solid-gray-420 bg-white"
      >
        <title id="timeline-title">{t('reports.progress.timeline')}</title>
        {rows.map((m, i) => {
          const planned = bar(m.plannedStart ?? m.plannedEnd, m.plannedEnd);
          const actual = bar(m.actualStart ?? m.actualEnd, m.actualEnd, true);
          const y = i * rowH + 6;
          return (
            <g key={i} data-testid="timeline-row">
              <text x={4} y={y + 15} fontSize="12" fill="#1a1a1a">
                {(m.name ?? '').slice(0, 14)}
              </text>
              {planned && (
                <rect
                  x={planned.x}
                  y={y + 2}
                  width={planned.w}
                  height={8}
                  fill="#e8f1fe"
                  stroke="#0031d8"
                />
              )}
              {actual && (
                <rect
                  x={actual.x}
                  y={y + 12}
                  width={actual.w}
                  height={8}
                  fill={STATUS_COLOUR[m.status ?? ''] ?? '#626264'}
                />
              )}
            </g>
          );
        })}
        <text x={label} y={rows.length * rowH + 24} fontSize="11" fill="#1a1a1a">
          {formatDate(minIso, i18n.language)}
        </text>
        <text
          x={width - 10}
          y={rows.length * rowH + 24}
          fontSize="11"
          textAnchor="end"
          fill="#1a1a1a"
        >
          {formatDate(maxIso, i18n.language)}
        </text>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-dns-14N-130">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-2 w-6 border border-blue-900 bg-blue-50"
          />
          {t('reports.progress.timelineLegendPlanned')}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2 w-6 bg-green-900" />
          {t('reports.progress.timelineLegendActual')}（{t('reports.milestoneStatus.ON_TRACK')}）
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2 w-6 bg-orange-900" />
          {t('reports.milestoneStatus.DELAYED')}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2 w-6 bg-red-900" />
          {t('reports.milestoneStatus.ACTION_NEEDED')}
        </span>
      </figcaption>
    </figure>
  );
}
