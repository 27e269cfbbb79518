import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

const LINK = 'inline-block px-3 py-2 text-white no-underline hover:text-white hover:underline';
const ACTIVE = { 'aria-current': 'page', className: 'underline decoration-[3px]' } as const;

/** Main-navigation items of the reports area (list items for the header's <ul>). */
export function ReportsNavItems({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const cao = roles.includes('cao');
  return (
    <>
      <li>
        <Link to="/reports/tasks" className={LINK} activeProps={ACTIVE} data-testid="nav-tasks">
          {t('reports.nav.tasks')}
        </Link>
      </li>
      <li>
        <Link
          to="/reports/sheets"
          className={LINK}
          activeProps={ACTIVE}
          activeOptions={{ includeSearch: false }}
          data-testid="nav-reports"
        >
          {t('reports.nav.sheets')}
        </Link>
      </li>
      {cao && (
        <>
          <li>
            <Link
              to="/reports/overdue"
              className={LINK}
              activeProps={ACTIVE}
              data-testid="nav-overdue"
            >
              {t('reports.nav.overdue')}
            </Link>
          </li>
          <li>
            <Link
              to="/reports/schedules"
              className={LINK}
              activeProps={ACTIVE}
              data-testid="nav-schedules"
            >
              {t('reports.nav.schedules')}
            </Link>
          </li>
        </>
      )}
    </>
  );
}
