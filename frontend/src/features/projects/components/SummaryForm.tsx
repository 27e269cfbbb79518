import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ProjectDetail } from '@/api/types';
import { ConflictPanel } from '@/components/ConflictPanel';
import { FormErrorSummary, useFormErrorText } from '@/components/FormErrors';
import { Button } from '@/components/ui/Button';
import { TextAreaField } from '@/components/ui/Field';
import { applyServerErrors, isPreconditionFailed, type MappedFieldError } from '@/lib/fieldErrors';
import { useConflict } from '@/lib/useConflict';
import { zodResolver } from '@/lib/zodResolver';
import { useUpdateSummary } from '../api/mutations';
import { projectKeys } from '../api/queryKeys';
import { fetchProject } from '../api/useProject';

type SummaryValues = { summary: string };
const schema = z.object({ summary: z.string().max(4000, 'validation.tooLong') });

/** The project summary: the Cabinet Office or the project's own local governments. */
export function SummaryForm({
  project,
  etag: initialEtag,
  onDone,
}: {
  project: ProjectDetail;
  etag: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const [etag, setEtag] = useState(initialEtag);
  const [other, setOther] = useState<MappedFieldError[]>([]);
  const queryClient = useQueryClient();
  const save = useUpdateSummary(project.id);
  const { register, handleSubmit, formState, setError, reset, getValues } = useForm<SummaryValues>({
    defaultValues: { summary: project.summary ?? '' },
    resolver: zodResolver(schema) as never,
  });
  const conflict = useConflict<SummaryValues>({
    latest: async () => {
      const latest = await fetchProject(project.id);
      // The page behind the form shows the current version too.
      queryClient.setQueryData(projectKeys.detail(project.id), latest);
      return { values: { summary: latest.data.summary ?? '' }, etag: latest.etag };
    },
    apply: (values, newEtag) => {
      reset(values);
      setEtag(newEtag);
      save.reset();
    },
  });
  const onSubmit = handleSubmit((values) => {
    setOther([]);
    save.mutate(
      { summary: values.summary, etag },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isPreconditionFailed(error)) conflict.stale(getValues());
          else setOther(applyServerErrors(error, ['summary'], setError));
        },
      },
    );
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="summary-form">
      <ConflictPanel
        state={conflict.state}
        busy={conflict.busy}
        fields={[{ name: 'summary', label: t('project.summary') }]}
        onReload={() => void conflict.reload()}
        onCompare={() => void conflict.compare()}
        onReapply={conflict.reapply}
      />
      {save.error && !isPreconditionFailed(save.error) && (
        <FormErrorSummary error={save.error} other={other} />
      )}
      <TextAreaField
        label={t('project.summary')}
        hint={t('projectEdit.summaryHint')}
        rows={8}
        error={errorText(formState.errors.summary)}
        data-testid="summary-input"
        {...register('summary')}
      />
      <div className="mt-4 flex flex-wrap gap-3">
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
