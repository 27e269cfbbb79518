import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the page title (WCAG 2.4.2): "page – Jisso". */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${app}` : app;
  }, [title, app]);
}
