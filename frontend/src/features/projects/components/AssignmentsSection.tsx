import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentKind, ProjectDetail } from '@/api/types';
import { ConflictNotice } from '@/components/ConflictNotice';
import { FormErrorSummary, useFieldErrorText } from '@/components/FormErrors';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { formatDate, todayIso } from '@/lib/dates';
import { mapFieldErrors, problemFieldErrors } from '@/lib/fieldErrors';
import { organisationName } from '@/lib/organisation';
import { useAllOrganisations } from '@/lib/organisationOptions';
import { errorMessage } from '@/lib/problem';
import {
  useAllPeople,
  useAssignments,
  useCreateAssignment,
  useEndAssignment,
} from '../api/mutations';

const KINDS = [
  'SUPPORT_OFFICER',
  'HOME_MINISTRY_CONTACT',
  'SECRETARIAT_CONTACT',
  'MEMBER',
] as const satisfies readonly AssignmentKind[];

function AssignmentTable({
  items,
  caption,
  canEdit,
  projectId,
}: {
  items: Assignment[];
  caption: string;
  canEdit: boolean;
  projectId: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const end = useEndAssignment(projectId);
  const [ending, setEnding] = useState<number | null>(null);
  const [endDate, setEndDate] = useState(todayIso());
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full border-collapse text-left" data-testid="assignment-table">
        <caption className="py-2 text-left text-std-17B-170">{caption}</caption>
        <thead className="border-b-2 border-solid-gray-800 bg-solid-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('assignments.kind')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('assignments.person')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('assignments.organisation')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('assignments.email')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('assignments.period')}
            </th>
            {canEdit && (
              <th scope="col" className="px-3 py-2">
                {t('subProjects.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr
              key={a.id}
              className="border-b border-solid-gray-420 align-top"
              data-testid="assignment-row"
              data-kind={a.kind}
            >
              <td className="px-3 py-2">{t(`assignmentKind.${a.kind}`)}</td>
              <td className="px-3 py-2">
                {a.person ? (
                  <>
                    {a.person.name}
                    {a.person.title && (
                      <span className="block text-dns-14N-130 text-solid-gray-700">
                        {a.person.title}
                      </span>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="px-3 py-2">{organisationName(a.organisation, lang)}</td>
              <td className="px-3 py-2">{a.email ?? ''}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {a.endDate
                  ? t('project.supportPeriodValue', {
                      start: formatDate(a.startDate, lang),
                      end: formatDate(a.endDate, lang),
                    })
                  : t('assignments.from', { start: formatDate(a.startDate, lang) })}
              </td>
              {canEdit && (
                <td className="px-3 py-2">
                  {a.active && ending !== a.id && (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => setEnding(a.id)}
                      data-testid="assignment-end"
                    >
                      {t('assignments.end')}
                    </Button>
                  )}
                  {ending === a.id && (
                    <div className="flex flex-col gap-2">
                      <TextField
                        type="date"
                        label={t('assignments.endDate')}
                        value={endDate}
                        onChange={(e) => setEndDate(e.target.value)}
                      />
                      <div className="flex gap-2">
                        <Button
                          size="sm"
                          disabled={end.isPending || !endDate}
                          onClick={() =>
                            end.mutate({ id: a.id, endDate }, { onSuccess: () => setEnding(null) })
                          }
                          data-testid="assignment-end-confirm"
                        >
                          {t('assignments.endConfirm')}
                        </Button>
                        <Button variant="secondary" size="sm" onClick={() => setEnding(null)}>
                          {t('form.cancel')}
                        </Button>
                      </div>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ConflictNotice error={end.error} onReload={() => end.reset()} />
    </div>
  );
}

/** Add an assignment, or change the officer (kind SUPPORT_OFFICER: one step on the server). */
function AssignmentForm({
  project,
  officerOnly,
  onDone,
}: {
  project: ProjectDetail;
  officerOnly: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fieldText = useFieldErrorText();
  const create = useCreateAssignment(project.id);
  const people = useAllPeople(true);
  const organisations = useAllOrganisations();
  const [kind, setKind] = useState<AssignmentKind>(officerOnly ? 'SUPPORT_OFFICER' : 'MEMBER');
  const [personId, setPersonId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [missing, setMissing] = useState<string[]>([]);

  const ministryOnly = kind === 'SUPPORT_OFFICER' || kind === 'HOME_MINISTRY_CONTACT';
  const applicantIds = new Set(project.applicants.map((a) => a.id));
  const candidates = (people.data ?? []).filter((p) =>
    ministryOnly
      ? p.organisation.kind === 'MINISTRY'
      : kind === 'SECRETARIAT_CONTACT'
        ? applicantIds.has(p.organisation.id)
        : true,
  );
  const server = mapFieldErrors(problemFieldErrors(create.error), [
    'kind',
    'personId',
    'organisationId',
    'startDate',
  ]);
  const err = (f: string) =>
    missing.includes(f)
      ? t('validation.required')
      : server.fields[f]
        ? fieldText(server.fields[f])
        : undefined;

  const submit = () => {
    const lack = [
      ...(!startDate ? ['startDate'] : []),
      ...(!personId && !(kind === 'MEMBER' && organisationId) ? ['personId'] : []),
    ];
    setMissing(lack);
    if (lack.length) return;
    create.mutate(
      {
        kind,
        startDate,
        personId: personId ? Number(personId) : undefined,
        organisationId: !personId && organisationId ? Number(organisationId) : undefined,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form
      className="mt-4 rounded-8 border border-solid-gray-420 p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid={officerOnly ? 'officer-form' : 'assignment-form'}
    >
      <h3 className="text-std-17B-170">
        {officerOnly ? t('assignments.changeOfficer') : t('assignments.add')}
      </h3>
      {officerOnly && (
        <p className="mt-2 rounded-8 bg-blue-50 p-3" data-testid="officer-explain">
          {t('assignments.officerExplain')}
        </p>
      )}
      {create.error && <FormErrorSummary error={create.error} other={server.other} />}
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {!officerOnly && (
          <SelectField
            label={t('assignments.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as AssignmentKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`assignmentKind.${k}`) }))}
            data-testid="assignment-kind"
          />
        )}
        <SelectField
          label={officerOnly ? t('assignments.officerPerson') : t('assignments.person')}
          value={personId}
          onChange={(e) => setPersonId(e.target.value)}
          error={err('personId')}
          options={[
            {
              value: '',
              label: kind === 'MEMBER' ? t('assignments.organisationOnly') : t('form.choose'),
            },
            ...candidates.map((p) => ({
              value: String(p.id),
              label: `${p.name}（${organisationName(p.organisation, lang)}）`,
            })),
          ]}
          data-testid="assignment-person"
        />
        {kind === 'MEMBER' && !personId && (
          <SelectField
            label={t('assignments.organisation')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            error={err('organisationId')}
            options={[
              { value: '', label: t('form.choose') },
              ...(organisations.data ?? [])
                .filter((o) => o.kind === 'MINISTRY' || o.kind === 'COMPANY')
                .map((o) => ({ value: String(o.id), label: organisationName(o, lang) })),
            ]}
            data-testid="assignment-organisation"
          />
        )}
        <TextField
          type="date"
          label={t('assignments.startDate')}
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={err('startDate')}
          data-testid="assignment-start"
        />
      </div>
      <div className="mt-4 flex gap-3">
        <Button type="submit" disabled={create.isPending} data-testid="assignment-save">
          {create.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function AssignmentsSection({
  project,
  canEdit,
}: {
  project: ProjectDetail;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const list = useAssignments(project.id);
  const [open, setOpen] = useState<'officer' | 'add' | null>(null);
  const items = list.data ?? [];
  const active = items.filter((a) => a.active);
  const past = items.filter((a) => !a.active);
  let body;
  if (list.error) {
    const m = errorMessage(list.error);
    body = <ErrorState title={t('errors.title')} message={'key' in m ? t(m.key) : m.text} />;
  } else if (list.isPending) body = <LoadingState label={t('app.loading')} />;
  else if (items.length === 0) body = <EmptyState title={t('assignments.none')} />;
  else
    body = (
      <>
        {active.length > 0 && (
          <AssignmentTable
            items={active}
            caption={t('assignments.active')}
            canEdit={canEdit}
            projectId={project.id}
          />
        )}
        {past.length > 0 && (
          <AssignmentTable
            items={past}
            caption={t('assignments.past')}
            canEdit={false}
            projectId={project.id}
          />
        )}
      </>
    );
  return (
    <section aria-labelledby="assignments" className="mt-10" data-testid="assignments">
      <h2 id="assignments" className="text-std-24B-150">
        {t('assignments.title')}
      </h2>
      {body}
      {canEdit && (
        <>
          {open === null && (
            <div className="mt-4 flex flex-wrap gap-3">
              <Button
                variant="secondary"
                onClick={() => setOpen('officer')}
                data-testid="change-officer"
              >
                {t('assignments.changeOfficer')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => setOpen('add')}
                data-testid="add-assignment"
              >
                {t('assignments.add')}
              </Button>
            </div>
          )}
          {open !== null && (
            <AssignmentForm
              key={open}
              project={project}
              officerOnly={open === 'officer'}
              onDone={() => setOpen(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
