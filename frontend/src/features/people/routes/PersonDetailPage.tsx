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
import { useDeletePerson, usePerson, usePersonHistory } from '../api/hooks';
import { PersonForm } from '../components/PersonForm';

export function PersonDetailPage() {
  const { t, i18n } = useTranslation();
  const { personId } = useParams({ from: '/people/$personId' });
  const id = /^[1-9]\d{0,14}$/.test(personId) ? Number(personId) : null;
  const navigate = useNavigate();
  const me = useMe();
  const query = usePerson(id);
  const history = usePersonHistory(id ?? -1);
  const remove = useDeletePerson(id ?? -1);
  const [editing, setEditing] = useState(false);
  const person = query.data?.data;
  useDocumentTitle(person?.name ?? t('people.title'));

  if (id === null || isNotFound(query.error))
    return (
      <div data-testid="not-found">
        <h1 className="text-std-32B-150">{t('notFound.title')}</h1>
        <p className="mt-4">{t('errors.NOT_FOUND')}</p>
        <Link to="/people">{t('people.back')}</Link>
      </div>
    );
  if (query.error) {
    const m = errorMessage(query.error);
    return <ErrorState title={t('errors.title')} message={'key' in m ? t(m.key) : m.text} />;
  }
  if (!person || !query.data) return <LoadingState label={t('app.loading')} />;

  const roles = me.data?.roles;
  const isCao = hasRole(roles, 'cao');
  const ownOrgStaff =
    hasRole(roles, 'local-government') && me.data?.organisation?.id === person.organisation.id;
  const isSelf = me.data?.personId === person.id;
  const canEdit = isCao || ownOrgStaff || isSelf;

  return (
    <article data-testid="person-detail">
      <Link to="/people" data-testid="back-to-list">
        {t('people.back')}
      </Link>
      <h1 className="mt-6 text-std-32B-150" data-testid="person-title-heading">
        {person.name}
      </h1>
      {editing ? (
        <section className="mt-6" aria-labelledby="person-edit">
          <h2 id="person-edit" className="text-std-24B-150">
            {isSelf && !isCao ? t('people.editOwn') : t('form.edit')}
          </h2>
          <PersonForm
            person={person}
            etag={query.data.etag}
            fixedOrganisation={isCao ? undefined : person.organisation}
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
                ['name', person.name],
                ['organisationId', organisationName(person.organisation, i18n.language)],
                ['title', person.title ?? '—'],
                ['email', person.email ?? t('people.emailHidden')],
                [
                  'linkedToLogin',
                  person.linkedToLogin ? t('people.linked') : t('people.notLinked'),
                ],
              ] as const
            ).map(([k, v]) => (
              <div
                key={k}
                className="grid gap-1 border-b border-solid-gray-420 py-3 sm:grid-cols-[14rem_1fr]"
              >
                <dt className="text-std-16B-170">{t(`person.fields.${k}`)}</dt>
                <dd data-testid={`person-${k}`}>{v}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-6 flex flex-wrap items-start gap-3">
            {canEdit && (
              <Button onClick={() => setEditing(true)} data-testid="edit">
                {isSelf && !isCao ? t('people.editOwn') : t('form.edit')}
              </Button>
            )}
            {isCao && (
              <DeleteConfirm
                label={t('form.delete')}
                question={t('people.deleteQuestion', { name: person.name })}
                busy={remove.isPending}
                onConfirm={() =>
                  remove.mutate(query.data.etag, {
                    onSuccess: () => void navigate({ to: '/people' }),
                  })
                }
              />
            )}
          </div>
          <ConflictNotice
            error={remove.error}
            onReload={() => {
              remove.reset();
              void query.refetch();
            }}
          />
        </>
      )}
      <section className="mt-10" aria-labelledby="person-history">
        <h2 id="person-history" className="text-std-24B-150">
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
