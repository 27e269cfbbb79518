import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ConflictNotice';
import { DeleteConfirm } from '@/components/DeleteConfirm';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { Button } from '@/components/ui/Button';
import { ErrorState, LoadingState } from '@/components/ui/States';
import { organisationName } from '@/lib/organisation';
import { errorMessage, isNotFound } from '@/lib/problem';
import { hasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useMe } from '@/lib/useMe';
import { useDeleteOrganisation, useOrganisation, useOrganisationHistory } from '../api/hooks';
import { OrganisationForm } from '../components/OrganisationForm';

function parseId(value: string): number | null {
  return /^[1-9]\d{0,14}$/.test(value) ? Number(value) : null;
}

export function OrganisationDetailPage() {
  const { t, i18n } = useTranslation();
  const { organisationId } = useParams({ from: '/organisations/$organisationId' });
  const id = parseId(organisationId);
  const navigate = useNavigate();
  const me = useMe();
  const query = useOrganisation(id);
  const history = useOrganisationHistory(id ?? -1);
  const remove = useDeleteOrganisation(id ?? -1);
  const [editing, setEditing] = useState(false);
  const org = query.data?.data;
  useDocumentTitle(org?.nameJa ?? t('organisations.title'));
  const isCao = hasRole(me.data?.roles, 'cao');

  if (id === null || isNotFound(query.error))
    return (
      <div data-testid="not-found">
        <h1 className="text-std-32B-150">{t('notFound.title')}</h1>
        <p className="mt-4">{t('errors.NOT_FOUND')}</p>
        <Link to="/organisations">{t('organisations.back')}</Link>
      </div>
    );
  if (query.error) {
    const m = errorMessage(query.error);
    return <ErrorState title={t('errors.title')} message={'key' in m ? t(m.key) : m.text} />;
  }
  if (!org || !query.data) return <LoadingState label={t('app.loading')} />;

  return (
    <article data-testid="organisation-detail">
      <Link to="/organisations" data-testid="back-to-list">
        {t('organisations.back')}
      </Link>
      <h1 className="mt-6 text-std-32B-150" data-testid="org-title">
        {organisationName(org, i18n.language)}
      </h1>
      {editing ? (
        <section className="mt-6" aria-labelledby="org-edit">
          <h2 id="org-edit" className="text-std-24B-150">
            {t('form.edit')}
          </h2>
          <OrganisationForm
            organisation={org}
            etag={query.data.etag}
            onSaved={() => {
              setEditing(false);
              void history.refetch();
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : (
        <>
          <dl className="mt-6">
            {(
              [
                ['kind', t(`organisationKind.${org.kind}`)],
                ['code', org.code],
                ['nameJa', org.nameJa],
                ['nameEn', org.nameEn],
                ['parentId', org.parent ? organisationName(org.parent, i18n.language) : '—'],
              ] as const
            ).map(([k, v]) => (
              <div
                key={k}
                className="grid gap-1 border-b border-solid-gray-420 py-3 sm:grid-cols-[14rem_1fr]"
              >
                <dt className="text-std-16B-170">{t(`organisation.fields.${k}`)}</dt>
                <dd data-testid={`org-${k}`}>{v}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4">
            <Link to="/people" search={{ organisationId: org.id }} data-testid="org-people">
              {t('organisations.people')}
            </Link>
          </p>
          {isCao && (
            <div className="mt-6 flex flex-wrap items-start gap-3">
              <Button onClick={() => setEditing(true)} data-testid="edit">
                {t('form.edit')}
              </Button>
              <DeleteConfirm
                label={t('form.delete')}
                question={t('organisations.deleteQuestion', { name: org.nameJa })}
                busy={remove.isPending}
                onConfirm={() =>
                  remove.mutate(query.data.etag, {
                    onSuccess: () => void navigate({ to: '/organisations' }),
                  })
                }
              />
            </div>
          )}
          <ConflictNotice
            error={remove.error}
            onReload={() => {
              remove.reset();
              void query.refetch();
            }}
          />
        </>
      )}

      <section className="mt-10" aria-labelledby="org-history">
        <h2 id="org-history" className="text-std-24B-150">
          {t('history.title')}
        </h2>
        <HistoryTimeline
          entries={history.data}
          error={history.error}
          isPending={history.isPending}
          onRetry={() => void history.refetch()}
        />
      </section>
    </article>
  );
}
