import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { cx } from '@/components/ui/cx';
import { formatDate } from '@/lib/dates';
import { errorMessage } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useTasks } from '../api/hooks';
import { NotificationList } from '../components/NotificationList';
import { StatusChip } from '../components/SheetBadges';
import { dueLabel } from '../lib/lateness';

export function TasksPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('reports.tasks.title'));
  const tasks = useTasks();
  const m = tasks.error ? errorMessage(tasks.error) : null;
  return (
    <>
      <h1 className="text-std-32B-150">{t('reports.tasks.title')}</h1>
      <p className="mt-2">{t('reports.tasks.intro')}</p>
      {tasks.isPending && <LoadingState label={t('app.loading')} />}
      {m && (
        <ErrorState
          title={t('errors.title')}
          message={'key' in m ? t(m.key) : m.text}
          retryLabel={t('errors.retry')}
          onRetry={() => void tasks.refetch()}
        />
      )}
      {tasks.data && tasks.data.items.length === 0 && (
        <EmptyState title={t('reports.tasks.empty')} />
      )}
      {tasks.data && tasks.data.items.length > 0 && (
        <>
          <p className="mt-4 text-std-17B-170" data-testid="task-total">
            {t('reports.tasks.total', { count: tasks.data.totalItems })}
          </p>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left" data-testid="tasks">
              <caption className="sr-only">{t('reports.tasks.caption')}</caption>
              <thead>
                <tr className="border-b-2 border-solid-gray-420">
                  <th scope="col" className="px-3 py-2">
                    {t('reports.common.dueDate')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('reports.tasks.kind')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('reports.common.type')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('reports.common.project')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('reports.common.period')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('reports.common.status')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {tasks.data.items.map(({ sheet, task, daysUntilDue }) => {
                  const due = dueLabel(daysUntilDue);
                  const overdue = daysUntilDue < 0;
                  return (
                    <tr
                      key={sheet.id}
                      className={cx(
                        'border-b border-solid-gray-200 align-top',
                        overdue && 'bg-red-50',
                      )}
                      data-testid="task-row"
                      data-overdue={overdue || undefined}
                      data-sheet-id={sheet.id}
                    >
                      <td className="px-3 py-2 whitespace-nowrap">
                        {formatDate(sheet.dueDate, i18n.language)}
                        <span
                          className={cx(
                            'block text-dns-14N-130',
                            overdue ? 'text-std-16B-170 text-error-2' : 'text-solid-gray-800',
                          )}
                        >
                          {overdue && '⚠ '}
                          {t(due.key, { count: due.count })}
                        </span>
                      </td>
                      <td className="px-3 py-2">{t(`reports.task.${task}`)}</td>
                      <td className="px-3 py-2">
                        <Link
                          to="/reports/sheets/$sheetId"
                          params={{ sheetId: String(sheet.id) }}
                          className="text-blue-1000 underline"
                          data-testid="task-link"
                        >
                          {t(`reports.type.${sheet.type}`)}
                        </Link>
                      </td>
                      <td className="px-3 py-2">
                        {sheet.project.selectionFy}-{sheet.project.number} {sheet.project.title}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">{sheet.periodLabel}</td>
                      <td className="px-3 py-2">
                        <StatusChip status={sheet.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <section aria-labelledby="notifications-heading" className="mt-10">
        <h2 id="notifications-heading" className="text-std-24B-150">
          {t('reports.notifications.title')}
        </h2>
        <NotificationList />
      </section>
    </>
  );
}
