import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '@/components/SortableHeader';
import { formatDate } from '@/lib/dates';
import type { SheetSummary } from '../types';
import { FlagChips, StatusChip } from './SheetBadges';

export type Column = 'project' | 'type' | 'period' | 'dueDate' | 'status' | 'daysOverdue';

/** Sheets as a table; sortable columns get aria-sort through SortableHeader. */
export function SheetTable({
  caption,
  items,
  sortable,
  sort,
  defaultSort,
  onSort,
  showOverdue,
}: {
  caption: string;
  items: readonly SheetSummary[];
  sortable: readonly string[];
  sort: string | undefined;
  defaultSort?: string;
  onSort: (sort: string) => void;
  showOverdue?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const head = (field: Column, label: string) =>
    sortable.includes(field) ? (
      <SortableHeader
        key={field}
        field={field}
        label={label}
        sort={sort}
        defaultField={defaultSort}
        onSort={onSort}
      />
    ) : (
      <th key={field} scope="col" className="px-3 py-2 text-left align-bottom">
        {label}
      </th>
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left" data-testid="sheet-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-420">
            {head('project', t('reports.common.project'))}
            {head('type', t('reports.common.type'))}
            {head('period', t('reports.common.period'))}
            {head('dueDate', t('reports.common.dueDate'))}
            {showOverdue && head('daysOverdue', t('reports.overdue.daysOverdue'))}
            {head('status', t('reports.common.status'))}
            <th scope="col" className="px-3 py-2 text-left align-bottom">
              {t('reports.common.flags')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr
              key={s.id}
              className="border-b border-solid-gray-200 align-top"
              data-testid="sheet-row"
              data-sheet-id={s.id}
              data-status={s.status}
            >
              <td className="px-3 py-2">
                {s.project.selectionFy}-{s.project.number} {s.project.title}
              </td>
              <td className="px-3 py-2">
                <Link
                  to="/reports/sheets/$sheetId"
                  params={{ sheetId: String(s.id) }}
                  className="text-blue-1000 underline"
                  data-testid="sheet-link"
                >
                  {t(`reports.type.${s.type}`)}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{s.periodLabel}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {formatDate(s.dueDate, i18n.language)}
              </td>
              {showOverdue && (
                <td
                  className="px-3 py-2 whitespace-nowrap text-std-16B-170 text-error-2"
                  data-testid="days-overdue"
                >
                  {t('reports.overdue.days', { count: s.daysOverdue ?? 0 })}
                </td>
              )}
              <td className="px-3 py-2">
                <StatusChip status={s.status} />
              </td>
              <td className="px-3 py-2">
                <FlagChips sheet={s} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
