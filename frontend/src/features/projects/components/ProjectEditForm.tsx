import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ImplementationStage, ProjectDetail, Technology } from '@/api/types';
import { ConflictPanel } from '@/components/ConflictPanel';
import { FormErrorSummary, useFormErrorText } from '@/components/FormErrors';
import { Button } from '@/components/ui/Button';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/Field';
import { applyServerErrors, isPreconditionFailed, type MappedFieldError } from '@/lib/fieldErrors';
import { organisationName } from '@/lib/organisation';
import { useAllOrganisations } from '@/lib/organisationOptions';
import { useConflict } from '@/lib/useConflict';
import { zodResolver } from '@/lib/zodResolver';
import { useUpdateProject } from '../api/mutations';
import { projectKeys } from '../api/queryKeys';
import { fetchProject } from '../api/useProject';
import { TECHNOLOGIES } from '../constants';

export type ProjectValues = {
  title: string;
  summary: string;
  applicantIds: string[];
  technologies: string[];
  andOtherTechnologies: boolean;
  implementationStage: ImplementationStage;
};
const FIELDS = [
  'title',
  'summary',
  'applicantIds',
  'technologies',
  'andOtherTechnologies',
  'implementationStage',
] as const;
const STAGES = ['NONE', 'PARTIAL', 'FULL'] as const;

const schema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  summary: z.string().max(4000, 'validation.tooLong'),
  applicantIds: z.array(z.string()).min(1, 'validation.atLeastOne').max(10, 'validation.tooLong'),
  technologies: z.array(z.string()).min(1, 'validation.atLeastOne'),
  andOtherTechnologies: z.boolean(),
  implementationStage: z.enum(STAGES),
});

export function toProjectValues(p: ProjectDetail): ProjectValues {
  return {
    title: p.title,
    summary: p.summary ?? '',
    applicantIds: p.applicants.map((a) => String(a.id)),
    technologies: [...p.technologies],
    andOtherTechnologies: p.andOtherTechnologies,
    implementationStage: p.implementationStage,
  };
}

export function ProjectEditForm({
  project,
  etag: initialEtag,
  onDone,
}: {
  project: ProjectDetail;
  etag: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useFormErrorText();
  const [etag, setEtag] = useState(initialEtag);
  const [other, setOther] = useState<MappedFieldError[]>([]);
  const queryClient = useQueryClient();
  const save = useUpdateProject(project.id);
  const prefectures = useAllOrganisations('PREFECTURE');
  const municipalities = useAllOrganisations('MUNICIPALITY');
  const localGovernments = [...(prefectures.data ?? []), ...(municipalities.data ?? [])].sort(
    (a, b) => a.code.localeCompare(b.code),
  );
  const { register, handleSubmit, formState, setError, reset, getValues, control } =
    useForm<ProjectValues>({
      defaultValues: toProjectValues(project),
      resolver: zodResolver(schema) as never,
    });
  const conflict = useConflict<ProjectValues>({
    latest: async () => {
      const latest = await fetchProject(project.id);
      // The page behind the form shows the current version too.
      queryClient.setQueryData(projectKeys.detail(project.id), latest);
      return { values: toProjectValues(latest.data), etag: latest.etag };
    },
    apply: (values, newEtag) => {
      reset(values);
      setEtag(newEtag);
      save.reset();
    },
  });
  const orgLabel = (id: unknown) => {
    const o = localGovernments.find((x) => String(x.id) === String(id));
    return o ? organisationName(o, lang) : String(id);
  };
  const onSubmit = handleSubmit((v) => {
    setOther([]);
    save.mutate(
      {
        etag,
        input: {
          selectionFy: project.selectionFy,
          number: project.number,
          title: v.title.trim(),
          summary: v.summary,
          applicantIds: v.applicantIds.map(Number),
          technologies: v.technologies as Technology[],
          andOtherTechnologies: v.andOtherTechnologies,
          implementationStage: v.implementationStage,
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
  const err = (name: (typeof FIELDS)[number]) => errorText(formState.errors[name]);

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="project-form">
      <ConflictPanel
        state={conflict.state}
        busy={conflict.busy}
        fields={[
          { name: 'title', label: t('projects.columns.title') },
          { name: 'summary', label: t('project.summary') },
          {
            name: 'applicantIds',
            label: t('project.applicants'),
            format: (v) => (Array.isArray(v) ? v.map(orgLabel).join('、') : ''),
          },
          {
            name: 'technologies',
            label: t('project.technologies'),
            format: (v) =>
              Array.isArray(v) ? v.map((x) => t(`technology.${x as Technology}`)).join('、') : '',
          },
          { name: 'andOtherTechnologies', label: t('projectEdit.andOtherTechnologies') },
          {
            name: 'implementationStage',
            label: t('project.stage'),
            format: (v) => t(`stage.${v as ImplementationStage}`),
          },
        ]}
        onReload={() => void conflict.reload()}
        onCompare={() => void conflict.compare()}
        onReapply={conflict.reapply}
      />
      {save.error && !isPreconditionFailed(save.error) && (
        <FormErrorSummary error={save.error} other={other} />
      )}
      <div className="grid gap-5">
        <TextField
          label={t('projects.columns.title')}
          required
          requiredLabel={t('form.required')}
          error={err('title')}
          data-testid="project-title-input"
          {...register('title')}
        />
        <TextAreaField
          label={t('project.summary')}
          hint={t('projectEdit.summaryHint')}
          rows={6}
          error={err('summary')}
          data-testid="project-summary-input"
          {...register('summary')}
        />
        <Controller
          control={control}
          name="applicantIds"
          render={({ field }) => (
            // Controlled: the options arrive after the form is created.
            <SelectField
              label={t('project.applicants')}
              hint={t('projectEdit.applicantsHint')}
              multiple
              size={8}
              required
              requiredLabel={t('form.required')}
              options={localGovernments.map((o) => ({
                value: String(o.id),
                label: `${organisationName(o, lang)} (${o.code})`,
              }))}
              error={err('applicantIds')}
              data-testid="project-applicants-input"
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={field.value}
              onChange={(e) => field.onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
            />
          )}
        />
        <Controller
          control={control}
          name="technologies"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('project.technologies')}
              name="technologies"
              options={TECHNOLOGIES.map((x) => ({ value: x, label: t(`technology.${x}`) }))}
              value={field.value}
              onChange={field.onChange}
              error={err('technologies')}
              testId="project-technologies"
            />
          )}
        />
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="size-5" {...register('andOtherTechnologies')} />
          {t('projectEdit.andOtherTechnologies')}
        </label>
        <SelectField
          label={t('project.stage')}
          options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          error={err('implementationStage')}
          data-testid="project-stage-input"
          {...register('implementationStage')}
        />
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button type="submit" disabled={save.isPending} data-testid="save">
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-testid="cancel">
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
