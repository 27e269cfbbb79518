import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { primaryRole, useMe } from '@/features/me';
import { NotificationBell, ReportsNavItems } from '@/features/reports';
import { organisationName } from '@/lib/organisation';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const role = primaryRole(me.data?.roles ?? auth.roles);

  return (
    <header className="border-b border-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link to="/projects" className="no-underline" data-testid="home-link">
          <span className="block text-std-24B-150 text-blue-1000">{t('app.name')}</span>
          <span className="block text-dns-14N-130 text-solid-gray-800">{t('app.subtitle')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          {me.data && (
            <dl
              className="flex flex-wrap items-center gap-x-4 gap-y-1 text-dns-14N-130"
              data-testid="current-user"
            >
              <div className="flex gap-1">
                <dt className="sr-only">{t('header.user')}</dt>
                <dd className="text-dns-16B-130" data-testid="user-name">
                  {me.data.displayName}
                </dd>
              </div>
              {me.data.organisation && (
                <div className="flex gap-1">
                  <dt className="sr-only">{t('header.organisation')}</dt>
                  <dd data-testid="user-organisation">
                    {organisationName(me.data.organisation, i18n.language)}
                  </dd>
                </div>
              )}
              <div className="flex gap-1">
                <dt className="sr-only">{t('header.role')}</dt>
                <dd
                  className="rounded-4 bg-blue-50 px-2 py-0.5 text-blue-1000"
                  data-testid="user-role"
                  data-role={role ?? ''}
                >
                  {t(`roles.${role ?? 'unknown'}`)}
                </dd>
              </div>
            </dl>
          )}
          {me.data && <NotificationBell />}
          <LanguageSwitch />
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void auth.logout()}
            data-testid="logout"
          >
            {t('header.logout')}
          </Button>
        </div>
      </div>
      <nav aria-label={t('app.mainNav')} className="bg-blue-1000">
        <ul className="mx-auto flex max-w-7xl gap-2 px-4">
          <li>
            <Link
              to="/projects"
              className="inline-block px-3 py-2 text-white no-underline hover:text-white hover:underline"
              activeProps={{ 'aria-current': 'page', className: 'underline decoration-[3px]' }}
              data-testid="nav-projects"
            >
              {t('nav.projects')}
            </Link>
          </li>
          <li>
            <Link
              to="/organisations"
              className="inline-block px-3 py-2 text-white no-underline hover:text-white hover:underline"
              activeProps={{ 'aria-current': 'page', className: 'underline decoration-[3px]' }}
              data-testid="nav-organisations"
            >
              {t('nav.organisations')}
            </Link>
          </li>
          <li>
            <Link
              to="/people"
              className="inline-block px-3 py-2 text-white no-underline hover:text-white hover:underline"
              activeProps={{ 'aria-current': 'page', className: 'underline decoration-[3px]' }}
              data-testid="nav-people"
            >
              {t('nav.people')}
            </Link>
          </li>
          <ReportsNavItems roles={me.data?.roles ?? auth.roles} />
        </ul>
      </nav>
    </header>
  );
}
