import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@/api/types';
import { formatDate } from '@/lib/dates';
import { organisationName } from '@/lib/organisation';

type SubProject = ProjectDetail['subProjects'][number];

export function SubProjectTable({
  subProjects,
  renderActions,
}: {
  subProjects: ProjectDetail['subProjects'];
  renderActions?: (sub: SubProject) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const period = (start?: string | null, end?: string | null) =>
    start || end
      ? t('project.supportPeriodValue', {
          start: start ? formatDate(start, lang) : '',
          end: end ? formatDate(end, lang) : '',
        })
      : t('project.none');

  return (
    <div className="overflow-x-auto">
      <table className="mt-3 w-full border-collapse text-left">
        <caption className="sr-only">{t('project.subProjects')}</caption>
        <thead className="border-b-2 border-solid-gray-800 bg-solid-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('project.subProjectLabel')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('project.subProjectTitle')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('project.subProjectScheme')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('project.subProjectPeriod')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('project.subProjectMinistries')}
            </th>
            {renderActions && (
              <th scope="col" className="px-3 py-2">
                {t('subProjects.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {subProjects.map((sub) => (
            <tr
              key={sub.id}
              className="border-b border-solid-gray-420 align-top"
              data-testid="sub-project-row"
            >
              <th scope="row" className="px-3 py-3 text-left font-normal">
                {sub.label}
              </th>
              <td className="px-3 py-3">{sub.title}</td>
              <td className="px-3 py-3">
                {t(`scheme.${sub.scheme}`)}
                {sub.schemeName && <span className="block text-dns-14N-130">{sub.schemeName}</span>}
              </td>
              <td className="px-3 py-3">{period(sub.periodStart, sub.periodEnd)}</td>
              <td className="px-3 py-3">
                <ul>
                  {sub.ministries.map((m) => (
                    <li key={m.id}>{organisationName(m, lang)}</li>
                  ))}
                </ul>
              </td>
              {renderActions && <td className="px-3 py-3">{renderActions(sub)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
