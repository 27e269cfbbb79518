import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrganisationRef } from '@/api/types';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { fiscalYearLabel, programmeFiscalYears } from '@/lib/fiscalYear';
import { organisationName, prefectureNumber } from '@/lib/organisation';
import { STATUSES, TECHNOLOGIES } from '../constants';
import { parseProjectSearch, type ProjectFilters } from '../searchParams';

type FormValues = { fy: string; technology: string; prefecture: string; status: string; q: string };

function toFormValues(filters: ProjectFilters): FormValues {
  return {
    fy: filters.fy ? String(filters.fy) : '',
    technology: filters.technology ?? '',
    prefecture: filters.prefecture ?? '',
    status: filters.status ?? '',
    q: filters.q ?? '',
  };
}

export type ProjectFiltersFormProps = {
  value: ProjectFilters;
  prefectures: readonly OrganisationRef[];
  onSubmit: (filters: ProjectFilters) => void;
  onReset: () => void;
};

/**
 * The list filters as a form: nothing changes until the user presses Search (WCAG 3.2.2).
 * Mount it with a key derived from the URL state so it follows back/forward navigation.
 */
export function ProjectFiltersForm({
  value,
  prefectures,
  onSubmit,
  onReset,
}: ProjectFiltersFormProps) {
  const { t, i18n } = useTranslation();
  const { register, handleSubmit } = useForm<FormValues>({ defaultValues: toFormValues(value) });
  const all = { value: '', label: t('projects.filters.all') };

  const submit = handleSubmit((values) => {
    const { fy, technology, prefecture, status, q } = parseProjectSearch(values);
    onSubmit({ fy, technology, prefecture, status, q });
  });

  return (
    <form
      role="search"
      onSubmit={submit}
      className="rounded-8 border border-solid-gray-420 p-4"
      data-testid="project-filters"
    >
      <fieldset>
        <legend className="text-std-18B-160">{t('projects.filters.legend')}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            label={t('projects.filters.fy')}
            options={[
              all,
              ...programmeFiscalYears().map((fy) => ({
                value: String(fy),
                label: fiscalYearLabel(fy, i18n.language),
              })),
            ]}
            data-testid="filter-fy"
            {...register('fy')}
          />
          <SelectField
            label={t('projects.filters.technology')}
            options={[
              all,
              ...TECHNOLOGIES.map((tech) => ({ value: tech, label: t(`technology.${tech}`) })),
            ]}
            data-testid="filter-technology"
            {...register('technology')}
          />
          <SelectField
            label={t('projects.filters.prefecture')}
            options={[
              all,
              ...prefectures.map((p) => ({
                value: prefectureNumber(p.code),
                label: organisationName(p, i18n.language),
              })),
            ]}
            data-testid="filter-prefecture"
            {...register('prefecture')}
          />
          <SelectField
            label={t('projects.filters.status')}
            options={[all, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            data-testid="filter-status"
            {...register('status')}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <div className="min-w-64 flex-1">
            <TextField
              type="search"
              label={t('projects.filters.q')}
              hint={t('projects.filters.qHint')}
              maxLength={100}
              data-testid="filter-q"
              {...register('q')}
            />
          </div>
          <Button type="submit" data-testid="filter-submit">
            {t('projects.filters.submit')}
          </Button>
          <Button variant="text" onClick={onReset} data-testid="filter-reset">
            {t('projects.filters.reset')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
