import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div data-testid="not-found">
      <h1 className="text-std-32B-150">{t('notFound.title')}</h1>
      <p className="mt-4">{t('notFound.body')}</p>
      <p className="mt-6">
        <Link to="/projects">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
