import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Header } from './Header';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation';

export function AppLayout() {
  const { t } = useTranslation();
  useFocusMainOnNavigation();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only bg-yellow-300 px-4 py-2 text-black focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        data-testid="skip-link"
      >
        {t('app.skipToContent')}
      </a>
      <Header />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 focus:outline-none"
      >
        <Outlet />
      </main>
      <footer className="border-t border-solid-gray-420 bg-solid-gray-50">
        <p className="mx-auto max-w-7xl px-4 py-4 text-dns-14N-130 text-solid-gray-700">
          {t('app.footer')}
        </p>
      </footer>
    </div>
  );
}
