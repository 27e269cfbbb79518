import { Link, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { Button } from '@/components/ui/Button';
import { ErrorState, LoadingState } from '@/components/ui/States';
import { formatDate } from '@/lib/dates';
import { fiscalYearLabel } from '@/lib/fiscalYear';
import { organisationName } from '@/lib/organisation';
import { errorMessage, isNotFound } from '@/lib/problem';
import { hasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useMe } from '@/lib/useMe';
import { useProjectHistory } from '../api/mutations';
import { useProject } from '../api/useProject';
import { AssignmentsSection } from '../components/AssignmentsSection';
import { HealthBadge } from '../components/HealthBadge';
import { ProjectEditForm } from '../components/ProjectEditForm';
import { ProjectTimeline } from '../components/ProjectTimeline';
import { StageChip, StatusChip } from '../components/StatusChip';
import { StatusActions } from '../components/StatusActions';
import { SubProjectsSection } from '../components/SubProjectsSection';
import { SummaryForm } from '../components/SummaryForm';
import { TechnologyChips } from '../components/TechnologyChips';
import { parseProjectId } from '../projectId';

function Item({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="grid gap-1 border-b border-solid-gray-420 py-3 sm:grid-cols-[14rem_1fr]">
      <dt className="text-std-16B-170">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/projects" data-testid="back-to-list">
      {t('project.back')}
    </Link>
  );
}

/** One page for "does not exist" and "not yours": the API answers 404 for both. */
function ProjectNotFound() {
  const { t } = useTranslation();
  return (
    <div data-testid="project-not-found">
      <h1 className="text-std-32B-150">{t('project.notFoundTitle')}</h1>
      <p className="mt-4">{t('project.notFoundBody')}</p>
      <p className="mt-6">
        <BackLink />
      </p>
    </div>
  );
}

export function ProjectDetailPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { projectId } = useParams({ from: '/projects/$projectId' });
  const id = parseProjectId(projectId);
  const { data, error, isPending, refetch } = useProject(id);
  const me = useMe();
  const history = useProjectHistory(id ?? -1);
  const [mode, setMode] = useState<'view' | 'edit' | 'summary'>('view');
  const project = data?.data;
  const notFound = id === null || isNotFound(error);
  useDocumentTitle(project?.title ?? (notFound ? t('project.notFoundTitle') : undefined));

  if (notFound) return <ProjectNotFound />;

  if (error) {
    const message = errorMessage(error);
    return (
      <>
        <BackLink />
        <ErrorState
          title={t('errors.title')}
          message={'key' in message ? t(message.key) : message.text}
          retryLabel={t('errors.retry')}
          onRetry={() => void refetch()}
        />
      </>
    );
  }

  if (isPending || !project) return <LoadingState label={t('app.loading')} />;

  const roles = me.data?.roles;
  const isCao = hasRole(roles, 'cao');
  const myOrg = me.data?.organisation?.id;
  const isApplicant =
    hasRole(roles, 'local-government') && project.applicants.some((a) => a.id === myOrg);
  const canEditSummary = isCao || isApplicant;

  const none = <span className="text-solid-gray-700">{t('project.none')}</span>;
  const date = (value: string | null | undefined) => (value ? formatDate(value, lang) : none);
  const officer = project.supportOfficer;

  return (
    <article data-testid="project-detail">
      <BackLink />
      <p className="mt-6 text-std-16N-170 text-solid-gray-700">
        {fiscalYearLabel(project.selectionFy, lang)} · {t('project.number')} {project.number}
      </p>
      <h1 className="text-std-32B-150" data-testid="project-title">
        {project.title}
      </h1>
      <div className="mt-3">
        <HealthBadge health={project.health} withReason />
      </div>

      {(isCao || canEditSummary) && mode === 'view' && (
        <div className="mt-6 flex flex-wrap gap-3">
          {isCao && (
            <Button onClick={() => setMode('edit')} data-testid="edit-project">
              {t('projectEdit.edit')}
            </Button>
          )}
          {canEditSummary && (
            <Button
              variant="secondary"
              onClick={() => setMode('summary')}
              data-testid="edit-summary"
            >
              {t('projectEdit.editSummary')}
            </Button>
          )}
        </div>
      )}

      {mode === 'edit' && (
        <section className="mt-6" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="text-std-24B-150">
            {t('projectEdit.edit')}
          </h2>
          <ProjectEditForm project={project} etag={data.etag} onDone={() => setMode('view')} />
        </section>
      )}
      {mode === 'summary' && (
        <section className="mt-6" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="text-std-24B-150">
            {t('projectEdit.editSummary')}
          </h2>
          <SummaryForm project={project} etag={data.etag} onDone={() => setMode('view')} />
        </section>
      )}

      <dl className="mt-6">
        <Item label={t('project.selectionFy')}>{fiscalYearLabel(project.selectionFy, lang)}</Item>
        <Item label={t('project.number')}>{project.number}</Item>
        <Item label={t('project.applicants')} testId="project-applicants">
          <ul>
            {project.applicants.map((org) => (
              <li key={org.id}>{organisationName(org, lang)}</li>
            ))}
          </ul>
        </Item>
        <Item label={t('project.technologies')}>
          <TechnologyChips
            technologies={project.technologies}
            andOthers={project.andOtherTechnologies}
          />
        </Item>
        <Item label={t('project.status')} testId="project-status">
          <StatusChip status={project.status} />
        </Item>
        <Item label={t('project.stage')} testId="project-stage">
          <StageChip stage={project.implementationStage} />
        </Item>
        <Item label={t('project.summary')} testId="project-summary">
          {project.summary ? <span className="whitespace-pre-wrap">{project.summary}</span> : none}
        </Item>
        <Item label={t('project.supportPeriod')} testId="project-support-period">
          {project.supportStart || project.supportPlannedEnd
            ? t('project.supportPeriodValue', {
                start: project.supportStart ? formatDate(project.supportStart, lang) : '',
                end: project.supportPlannedEnd ? formatDate(project.supportPlannedEnd, lang) : '',
              })
            : none}
        </Item>
        <Item label={t('project.continuationApproved')}>
          {project.continuationApproved ? t('project.yes') : t('project.no')}
        </Item>
        <Item label={t('project.partialTarget')}>{date(project.partialImplementationTarget)}</Item>
        <Item label={t('project.fullTarget')}>{date(project.fullImplementationTarget)}</Item>
        <Item label={t('project.health')} testId="project-health">
          <HealthBadge health={project.health} withReason />
        </Item>
        <Item label={t('project.supportOfficer')} testId="project-officer">
          {officer ? (
            <>
              {officer.name}
              {officer.title && <> {officer.title}</>}
              <span className="text-solid-gray-700">
                {' '}
                ({organisationName(officer.organisation, lang)})
              </span>
            </>
          ) : (
            none
          )}
        </Item>
      </dl>

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="text-std-24B-150">
          {t('timeline.title')}
        </h2>
        <ProjectTimeline project={project} />
      </section>

      {isCao && (
        <section className="mt-10 rounded-8 border border-solid-gray-420 p-4">
          <StatusActions project={project} etag={data.etag} onReload={() => void refetch()} />
        </section>
      )}

      <section aria-labelledby="reports-heading" className="mt-10" data-testid="project-reports">
        <h2 id="reports-heading" className="text-std-24B-150">
          {t('reports.projectSection.title')}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link
              to="/reports/sheets"
              search={{ projectId: project.id }}
              className="text-blue-1000 underline"
              data-testid="project-reports-all"
            >
              {t('reports.projectSection.all')}
            </Link>
          </li>
          {(['PROGRESS', 'OPINION', 'ISSUE', 'EXPENSE'] as const).map((type) => (
            <li key={type}>
              <Link
                to="/reports/sheets"
                search={{ projectId: project.id, type }}
                className="text-blue-1000 underline"
              >
                {t(`reports.type.${type}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <SubProjectsSection project={project} canEdit={isCao} />
      <AssignmentsSection project={project} canEdit={isCao} />

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-std-24B-150">
          {t('project.history')}
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
