import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/States';
import { hasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useMe } from '@/lib/useMe';
import { PersonForm } from '../components/PersonForm';

export function PersonNewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.new'));
  const navigate = useNavigate();
  const me = useMe();
  if (!me.data) return <LoadingState label={t('app.loading')} />;
  const isCao = hasRole(me.data.roles, 'cao');
  return (
    <>
      <Link to="/people">{t('people.back')}</Link>
      <h1 className="mt-6 text-std-32B-150">{t('people.new')}</h1>
      <div className="mt-6">
        <PersonForm
          fixedOrganisation={isCao ? undefined : (me.data.organisation ?? undefined)}
          onSaved={(p) =>
            void navigate({ to: '/people/$personId', params: { personId: String(p.id) } })
          }
          onCancel={() => void navigate({ to: '/people' })}
        />
      </div>
    </>
  );
}
