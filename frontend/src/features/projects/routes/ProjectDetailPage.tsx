import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/ui/States';
import { formatDate } from '@/lib/dates';
import { fiscalYearLabel } from '@/lib/fiscalYear';
import { organisationName } from '@/lib/organisation';
import { errorMessage, isNotFound } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useProject } from '../api/useProject';
import { StageChip, StatusChip } from '../components/StatusChip';
import { SubProjectTable } from '../components/SubProjectTable';
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
  const { data: project, error, isPending, refetch } = useProject(id);
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

  if (isPending) return <LoadingState label={t('app.loading')} />;

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

      <dl className="mt-6">
        <Item label={t('project.selectionFy')}>{fiscalYearLabel(project.selectionFy, lang)}</Item>
        <Item label={t('project.number')}>{project.number}</Item>
        <Item label={t('project.applicants')}>
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
        {project.summary && <Item label={t('project.summary')}>{project.summary}</Item>}
        <Item label={t('project.supportPeriod')} testId="project-support-period">
          {project.supportStart || project.supportPlannedEnd
            ? t('project.supportPeriodValue', {
                start: project.supportStart ? formatDate(project.supportStart, lang) : '',
                end: project.supportPlannedEnd ? formatDate(project.supportPlannedEnd, lang) : '',
              })
            : none}
        </Item>
        <Item label={t('project.partialTarget')}>{date(project.partialImplementationTarget)}</Item>
        <Item label={t('project.fullTarget')}>{date(project.fullImplementationTarget)}</Item>
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

      {project.subProjects.length > 0 && (
        <section aria-labelledby="sub-projects" className="mt-8">
          <h2 id="sub-projects" className="text-std-24B-150">
            {t('project.subProjects')}
          </h2>
          <SubProjectTable subProjects={project.subProjects} />
        </section>
      )}
    </article>
  );
}
