import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '@/api/types';
import { fiscalYearLabel } from '@/lib/fiscalYear';
import { organisationName } from '@/lib/organisation';
import { cx } from '@/components/ui/cx';
import type { SortField } from '../constants';
import { sortDirection } from '../searchParams';
import { HealthBadge } from './HealthBadge';
import { StatusChip } from './StatusChip';
import { TechnologyChips } from './TechnologyChips';

export type ProjectTableProps = {
  items: readonly ProjectSummary[];
  caption: string;
  sort: string | undefined;
  onSort: (field: SortField) => void;
};

function SortableHeader({
  field,
  label,
  sort,
  onSort,
  align = 'left',
}: {
  align?: 'left' | 'right';
  field: SortField;
  label: string;
  sort: string | undefined;
  onSort: (field: SortField) => void;
}) {
  const { t } = useTranslation();
  const direction = sortDirection(sort, field);
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '⇅';
  return (
    <th
      scope="col"
      aria-sort={direction}
      className={cx('px-3 py-2 align-bottom', align === 'right' ? 'text-right' : 'text-left')}
    >
      <button
        type="button"
        onClick={() => onSort(field)}
        className="inline-flex items-center gap-1 text-std-16B-170 text-blue-1000 underline underline-offset-[3px] hover:decoration-[3px]"
        title={t('projects.sortBy', { column: label })}
        data-testid={`sort-${field}`}
      >
        {label}
        <span aria-hidden="true" className="text-dns-14N-130">
          {arrow}
        </span>
      </button>
    </th>
  );
}

export function ProjectTable({ items, caption, sort, onSort }: ProjectTableProps) {
  const { t, i18n } = useTranslation();
  const header = (field: SortField, align: 'left' | 'right' = 'left') => (
    <SortableHeader
      align={align}
      field={field}
      label={t(`projects.columns.${field}`)}
      sort={sort}
      onSort={onSort}
    />
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="project-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b-2 border-solid-gray-800 bg-solid-gray-50">
          <tr>
            {header('selectionFy')}
            {header('number', 'right')}
            {header('title')}
            <th scope="col" className="px-3 py-2 align-bottom text-std-16B-170">
              {t('projects.columns.applicants')}
            </th>
            <th scope="col" className="px-3 py-2 align-bottom text-std-16B-170">
              {t('projects.columns.technologies')}
            </th>
            {header('status')}
            <th scope="col" className="px-3 py-2 align-bottom text-std-16B-170">
              {t('projects.columns.health')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((project) => (
            <tr
              key={project.id}
              className="border-b border-solid-gray-420 align-top hover:bg-blue-50"
              data-testid="project-row"
            >
              <td className="px-3 py-3 whitespace-nowrap">
                {fiscalYearLabel(project.selectionFy, i18n.language)}
              </td>
              <td className="px-3 py-3 text-right tabular-nums">{project.number}</td>
              <td className="px-3 py-3">
                <Link
                  to="/projects/$projectId"
                  params={{ projectId: String(project.id) }}
                  data-testid="project-link"
                >
                  {project.title}
                </Link>
              </td>
              <td className="px-3 py-3">
                <ul>
                  {project.applicants.map((org) => (
                    <li key={org.id}>{organisationName(org, i18n.language)}</li>
                  ))}
                </ul>
              </td>
              <td className="px-3 py-3">
                <TechnologyChips
                  technologies={project.technologies}
                  andOthers={project.andOtherTechnologies}
                />
              </td>
              <td className="px-3 py-3">
                <StatusChip status={project.status} />
              </td>
              <td className="px-3 py-3">
                <HealthBadge health={project.health} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
