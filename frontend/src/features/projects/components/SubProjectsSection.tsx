import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ProjectDetail, SubProject, SupportScheme } from '@/api/types';
import { ConflictNotice } from '@/components/ConflictNotice';
import { ConflictPanel } from '@/components/ConflictPanel';
import { DeleteConfirm } from '@/components/DeleteConfirm';
import { FormErrorSummary, useFormErrorText } from '@/components/FormErrors';
import { Button } from '@/components/ui/Button';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/Field';
import { applyServerErrors, isPreconditionFailed, type MappedFieldError } from '@/lib/fieldErrors';
import { organisationName } from '@/lib/organisation';
import { useAllOrganisations } from '@/lib/organisationOptions';
import { useConflict } from '@/lib/useConflict';
import { zodResolver } from '@/lib/zodResolver';
import { fetchSubProject, useDeleteSubProject, useSaveSubProject } from '../api/mutations';
import { SubProjectTable } from './SubProjectTable';

const SCHEMES = [
  'GRANT',
  'SUBSIDY',
  'COMMISSION',
  'SPECIAL_ZONE',
  'REGULATORY_EXCEPTION',
  'OTHER',
] as const satisfies readonly SupportScheme[];

type SubProjectValues = {
  label: string;
  title: string;
  scheme: SupportScheme;
  schemeName: string;
  ministryIds: string[];
  periodStart: string;
  periodEnd: string;
};
const FIELDS = [
  'label',
  'title',
  'scheme',
  'schemeName',
  'ministryIds',
  'periodStart',
  'periodEnd',
] as const;

const schema = z.object({
  label: z.string().regex(/^[a-z]{1,2}$/, 'validation.label'),
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  scheme: z.enum(SCHEMES),
  schemeName: z.string().max(300, 'validation.tooLong'),
  ministryIds: z.array(z.string()).min(1, 'validation.atLeastOne'),
  periodStart: z.string(),
  periodEnd: z.string(),
});

function toValues(s: SubProject | null, nextLabel: string): SubProjectValues {
  return {
    label: s?.label ?? nextLabel,
    title: s?.title ?? '',
    scheme: s?.scheme ?? 'GRANT',
    schemeName: s?.schemeName ?? '',
    ministryIds: (s?.ministries ?? []).map((m) => String(m.id)),
    periodStart: s?.periodStart ?? '',
    periodEnd: s?.periodEnd ?? '',
  };
}

function SubProjectForm({
  project,
  subProject,
  etag: initialEtag,
  onDone,
}: {
  project: ProjectDetail;
  subProject: SubProject | null;
  etag: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useFormErrorText();
  const ministries = useAllOrganisations('MINISTRY');
  const save = useSaveSubProject(project.id);
  const [etag, setEtag] = useState(initialEtag);
  const [other, setOther] = useState<MappedFieldError[]>([]);
  const used = new Set(project.subProjects.map((s) => s.label));
  const nextLabel = 'abcdefghijklmnopqrstuvwxyz'.split('').find((c) => !used.has(c)) ?? '';
  const { register, handleSubmit, formState, setError, reset, getValues, control } =
    useForm<SubProjectValues>({
      defaultValues: toValues(subProject, nextLabel),
      resolver: zodResolver(schema) as never,
    });
  const conflict = useConflict<SubProjectValues>({
    latest: async () => {
      if (!subProject) throw new Error('no record');
      const latest = await fetchSubProject(project.id, subProject.id);
      return { values: toValues(latest.data, nextLabel), etag: latest.etag };
    },
    apply: (values, newEtag) => {
      reset(values);
      setEtag(newEtag);
      save.reset();
    },
  });
  const onSubmit = handleSubmit((v) => {
    setOther([]);
    save.mutate(
      {
        id: subProject?.id ?? null,
        etag,
        input: {
          label: v.label,
          title: v.title.trim(),
          scheme: v.scheme,
          schemeName: v.schemeName.trim() || undefined,
          ministryIds: v.ministryIds.map(Number),
          periodStart: v.periodStart || undefined,
          periodEnd: v.periodEnd || undefined,
        },
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isPreconditionFailed(error)) conflict.stale(getValues());
          else setOther(applyServerErrors(error, FIELDS, setError));
        },
      },
    );
  });
  const err = (f: (typeof FIELDS)[number]) => errorText(formState.errors[f]);
  const ministryName = (id: unknown) => {
    const m = (ministries.data ?? []).find((x) => String(x.id) === String(id));
    return m ? organisationName(m, i18n.language) : String(id);
  };
  return (
    <form
      className="mt-4 rounded-8 border border-solid-gray-420 p-4"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      data-testid="sub-project-form"
    >
      <h3 className="text-std-17B-170">
        {subProject ? t('subProjects.edit') : t('subProjects.add')}
      </h3>
      <ConflictPanel
        state={conflict.state}
        busy={conflict.busy}
        fields={[
          { name: 'label', label: t('project.subProjectLabel') },
          { name: 'title', label: t('project.subProjectTitle') },
          {
            name: 'scheme',
            label: t('project.subProjectScheme'),
            format: (v) => t(`scheme.${v as SupportScheme}`),
          },
          { name: 'schemeName', label: t('history.fields.schemeName') },
          {
            name: 'ministryIds',
            label: t('project.subProjectMinistries'),
            format: (v) => (Array.isArray(v) ? v.map(ministryName).join('、') : ''),
          },
          { name: 'periodStart', label: t('history.fields.periodStart') },
          { name: 'periodEnd', label: t('history.fields.periodEnd') },
        ]}
        onReload={() => void conflict.reload()}
        onCompare={() => void conflict.compare()}
        onReapply={conflict.reapply}
      />
      {save.error && !isPreconditionFailed(save.error) && (
        <FormErrorSummary error={save.error} other={other} />
      )}
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <TextField
          label={t('project.subProjectLabel')}
          error={err('label')}
          data-testid="sp-label"
          {...register('label')}
        />
        <TextField
          label={t('project.subProjectTitle')}
          required
          requiredLabel={t('form.required')}
          error={err('title')}
          data-testid="sp-title"
          {...register('title')}
        />
        <SelectField
          label={t('project.subProjectScheme')}
          options={SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))}
          error={err('scheme')}
          data-testid="sp-scheme"
          {...register('scheme')}
        />
        <TextField
          label={t('history.fields.schemeName')}
          error={err('schemeName')}
          data-testid="sp-scheme-name"
          {...register('schemeName')}
        />
        <TextField
          type="date"
          label={t('history.fields.periodStart')}
          error={err('periodStart')}
          {...register('periodStart')}
        />
        <TextField
          type="date"
          label={t('history.fields.periodEnd')}
          error={err('periodEnd')}
          {...register('periodEnd')}
        />
      </div>
      <div className="mt-4">
        <Controller
          control={control}
          name="ministryIds"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('project.subProjectMinistries')}
              name="ministryIds"
              options={(ministries.data ?? []).map((m) => ({
                value: String(m.id),
                label: organisationName(m, i18n.language),
              }))}
              value={field.value}
              onChange={field.onChange}
              error={err('ministryIds')}
              testId="sp-ministries"
            />
          )}
        />
      </div>
      <div className="mt-4 flex gap-3">
        <Button type="submit" disabled={save.isPending} data-testid="sp-save">
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function SubProjectsSection({
  project,
  canEdit,
}: {
  project: ProjectDetail;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ sub: SubProject | null; etag: string } | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const remove = useDeleteSubProject(project.id);
  const startEdit = async (sub: SubProject) => {
    setLoadError(null);
    try {
      const latest = await fetchSubProject(project.id, sub.id);
      setEditing({ sub: latest.data, etag: latest.etag });
    } catch (e) {
      setLoadError(e);
    }
  };
  return (
    <section aria-labelledby="sub-projects" className="mt-10" data-testid="sub-projects">
      <h2 id="sub-projects" className="text-std-24B-150">
        {t('project.subProjects')}
      </h2>
      {project.subProjects.length > 0 ? (
        <SubProjectTable
          subProjects={project.subProjects}
          renderActions={
            canEdit
              ? (sub) => (
                  <div className="flex flex-wrap items-start gap-2">
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => void startEdit(sub)}
                      data-testid="sp-edit"
                    >
                      {t('form.edit')}
                    </Button>
                    <DeleteConfirm
                      label={t('form.delete')}
                      question={t('subProjects.deleteQuestion', { label: sub.label })}
                      busy={remove.isPending}
                      onConfirm={() => remove.mutate({ id: sub.id })}
                    />
                  </div>
                )
              : undefined
          }
        />
      ) : (
        <p className="mt-2 text-solid-gray-700">{t('project.none')}</p>
      )}
      <ConflictNotice
        error={loadError ?? remove.error}
        onReload={() => {
          setLoadError(null);
          remove.reset();
        }}
      />
      {canEdit && editing === null && (
        <Button
          variant="secondary"
          className="mt-4"
          onClick={() => setEditing({ sub: null, etag: '' })}
          data-testid="sp-add"
        >
          {t('subProjects.add')}
        </Button>
      )}
      {canEdit && editing && (
        <SubProjectForm
          key={editing.sub?.id ?? 'new'}
          project={project}
          subProject={editing.sub}
          etag={editing.etag}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}
