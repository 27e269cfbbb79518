import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@/api/types';
import { formatDate, todayIso } from '@/lib/dates';
import { timelinePercent } from '../timeline';

/** Selection (support start) → partial target (3 years) → full target (5 years), with today. */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const start = project.supportStart ?? `${project.selectionFy}-04-01`;
  const end =
    project.fullImplementationTarget > (project.supportPlannedEnd ?? '')
      ? project.fullImplementationTarget
      : project.supportPlannedEnd;
  const today = todayIso();
  const points = [
    { key: 'selection', label: t('timeline.selection'), date: start },
    { key: 'partial', label: t('timeline.partial'), date: project.partialImplementationTarget },
    { key: 'full', label: t('timeline.full'), date: project.fullImplementationTarget },
  ];
  if (project.supportPlannedEnd && project.supportPlannedEnd !== project.fullImplementationTarget)
    points.push({
      key: 'supportEnd',
      label: t('timeline.supportEnd'),
      date: project.supportPlannedEnd,
    });
  const todayAt = timelinePercent(start, end, today);

  return (
    <figure className="mt-4" data-testid="timeline">
      <figcaption className="sr-only">
        {t('timeline.caption', {
          start: formatDate(start, lang),
          end: formatDate(end, lang),
          today: formatDate(today, lang),
        })}
      </figcaption>
      <div
        className="relative mx-4 mt-10 mb-2 h-3 rounded-full bg-solid-gray-200"
        aria-hidden="true"
      >
        <div
          className="absolute inset-y-0 left-0 rounded-full bg-blue-700"
          style={{ width: `${todayAt}%` }}
        />
        {points.map((p) => (
          <span
            key={p.key}
            className="absolute top-1/2 size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-white bg-blue-1000"
            style={{ left: `${timelinePercent(start, end, p.date)}%` }}
          />
        ))}
        <span
          className="absolute -top-8 flex -translate-x-1/2 flex-col items-center"
          style={{ left: `${todayAt}%` }}
          data-testid="timeline-today"
        >
          <span className="rounded-4 bg-orange-900 px-1 text-dns-14B-130 text-white">
            {t('timeline.today')}
          </span>
          <span className="h-8 w-0.5 bg-orange-900" />
        </span>
      </div>
      <ol className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {points.map((p) => (
          <li
            key={p.key}
            className="border-l-4 border-blue-1000 pl-2"
            data-testid={`timeline-${p.key}`}
          >
            <span className="block text-dns-14B-130">{p.label}</span>
            <time dateTime={p.date}>{formatDate(p.date, lang)}</time>
          </li>
        ))}
      </ol>
    </figure>
  );
}
