import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { OrganisationForm } from '../components/OrganisationForm';

export function OrganisationNewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.new'));
  const navigate = useNavigate();
  return (
    <>
      <Link to="/organisations">{t('organisations.back')}</Link>
      <h1 className="mt-6 text-std-32B-150">{t('organisations.new')}</h1>
      <div className="mt-6">
        <OrganisationForm
          onSaved={(o) =>
            void navigate({
              to: '/organisations/$organisationId',
              params: { organisationId: String(o.id) },
            })
          }
          onCancel={() => void navigate({ to: '/organisations' })}
        />
      </div>
    </>
  );
}
