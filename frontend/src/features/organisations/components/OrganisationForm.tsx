import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Organisation, OrganisationInput, OrganisationKind } from '@/api/types';
import { ConflictPanel } from '@/components/ConflictPanel';
import { FormErrorSummary, useFormErrorText } from '@/components/FormErrors';
import { Button } from '@/components/ui/Button';
import { LoadingState } from '@/components/ui/States';
import { SelectField, TextField } from '@/components/ui/Field';
import { applyServerErrors, isPreconditionFailed, type MappedFieldError } from '@/lib/fieldErrors';
import { localGovernmentCodeProblem, localGovernmentCheckDigit } from '@/lib/localGovernmentCode';
import { organisationName } from '@/lib/organisation';
import { useConflict } from '@/lib/useConflict';
import { zodResolver } from '@/lib/zodResolver';
import {
  organisationKeys,
  fetchOrganisation,
  usePrefectureOptions,
  useSaveOrganisation,
} from '../api/hooks';
import { isLocalGovernment, ORGANISATION_KINDS } from '../constants';

export type OrganisationValues = {
  kind: OrganisationKind | '';
  code: string;
  nameJa: string;
  nameEn: string;
  parentId: string;
};

const FIELDS = ['kind', 'code', 'nameJa', 'nameEn', 'parentId'] as const;

export const organisationSchema = z
  .object({
    kind: z.string().min(1, 'validation.required'),
    code: z.string().trim().min(1, 'validation.required').max(64, 'validation.tooLong'),
    nameJa: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    nameEn: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    parentId: z.string(),
  })
  .superRefine((v, ctx) => {
    if (isLocalGovernment(v.kind as OrganisationKind)) {
      const problem = localGovernmentCodeProblem(v.code.trim());
      if (problem === 'format')
        ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.lgCodeFormat' });
      else if (problem === 'checkDigit')
        ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.lgCodeCheckDigit' });
      else if (v.kind === 'PREFECTURE' && !/^\d{2}000/.test(v.code.trim()))
        ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.lgCodeNotPrefecture' });
      else if (v.kind === 'MUNICIPALITY' && /^\d{2}000/.test(v.code.trim()))
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: 'validation.lgCodeNotMunicipality',
        });
    } else if (v.kind && !/^[a-z0-9-]+$/.test(v.code.trim())) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.slug' });
    }
    if (v.kind === 'MUNICIPALITY' && !v.parentId)
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'validation.parentRequired' });
  });

export function toOrganisationValues(o: Organisation | undefined): OrganisationValues {
  return {
    kind: o?.kind ?? '',
    code: o?.code ?? '',
    nameJa: o?.nameJa ?? '',
    nameEn: o?.nameEn ?? '',
    parentId: o?.parent ? String(o.parent.id) : '',
  };
}

function toInput(v: OrganisationValues): OrganisationInput {
  return {
    kind: v.kind as OrganisationKind,
    code: v.code.trim(),
    nameJa: v.nameJa.trim(),
    nameEn: v.nameEn.trim(),
    parentId: v.kind === 'MUNICIPALITY' && v.parentId ? Number(v.parentId) : undefined,
  };
}

export function OrganisationForm({
  organisation,
  etag: initialEtag,
  onSaved,
  onCancel,
}: {
  organisation?: Organisation;
  etag?: string;
  onSaved: (saved: Organisation) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useFormErrorText();
  const [etag, setEtag] = useState(initialEtag ?? '');
  const [other, setOther] = useState<MappedFieldError[]>([]);
  const queryClient = useQueryClient();
  const save = useSaveOrganisation(organisation?.id ?? null);
  const prefectures = usePrefectureOptions();
  const form = useForm<OrganisationValues>({
    defaultValues: toOrganisationValues(organisation),
    resolver: zodResolver(organisationSchema) as never,
    mode: 'onBlur',
  });
  const { register, handleSubmit, control, formState, setError, reset, getValues } = form;
  const kind = useWatch({ control, name: 'kind' });
  const code = useWatch({ control, name: 'code' });
  const conflict = useConflict<OrganisationValues>({
    latest: async () => {
      if (!organisation) throw new Error('no record');
      const latest = await fetchOrganisation(organisation.id);
      queryClient.setQueryData(organisationKeys.detail(organisation.id), latest);
      return { values: toOrganisationValues(latest.data), etag: latest.etag };
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
      { input: toInput(values), etag },
      {
        onSuccess: (saved) => onSaved(saved.data),
        onError: (error) => {
          if (isPreconditionFailed(error)) conflict.stale(getValues());
          else setOther(applyServerErrors(error, FIELDS, setError));
        },
      },
    );
  });

  const fieldError = (name: (typeof FIELDS)[number]) => errorText(formState.errors[name]);
  const five = code.trim().slice(0, 5);
  const expected = isLocalGovernment(kind) ? localGovernmentCheckDigit(five) : null;
  const required = t('form.required');

  // Selects are uncontrolled: render them once their options are there.
  if (prefectures.isPending) return <LoadingState label={t('app.loading')} />;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="organisation-form">
      <ConflictPanel
        state={conflict.state}
        busy={conflict.busy}
        fields={FIELDS.map((name) => ({ name, label: t(`organisation.fields.${name}`) }))}
        onReload={() => void conflict.reload()}
        onCompare={() => void conflict.compare()}
        onReapply={conflict.reapply}
      />
      {save.error && !isPreconditionFailed(save.error) && (
        <FormErrorSummary error={save.error} other={other} />
      )}
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          label={t('organisation.fields.kind')}
          required
          requiredLabel={required}
          options={[
            { value: '', label: t('form.choose') },
            ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) })),
          ]}
          error={fieldError('kind')}
          data-testid="org-kind"
          {...register('kind')}
        />
        <TextField
          label={t('organisation.fields.code')}
          hint={
            isLocalGovernment(kind)
              ? expected !== null
                ? t('organisation.codeHintDigit', { digit: expected })
                : t('organisation.codeHintLg')
              : t('organisation.codeHintSlug')
          }
          required
          requiredLabel={required}
          autoComplete="off"
          inputMode={isLocalGovernment(kind) ? 'numeric' : undefined}
          error={fieldError('code')}
          data-testid="org-code"
          {...register('code')}
        />
        <TextField
          label={t('organisation.fields.nameJa')}
          required
          requiredLabel={required}
          error={fieldError('nameJa')}
          data-testid="org-nameJa"
          {...register('nameJa')}
        />
        <TextField
          label={t('organisation.fields.nameEn')}
          required
          requiredLabel={required}
          lang="en"
          error={fieldError('nameEn')}
          data-testid="org-nameEn"
          {...register('nameEn')}
        />
        {kind === 'MUNICIPALITY' && (
          <SelectField
            label={t('organisation.fields.parentId')}
            required
            requiredLabel={required}
            options={[
              { value: '', label: t('form.choose') },
              ...(prefectures.data ?? []).map((p) => ({
                value: String(p.id),
                label: `${organisationName(p, i18n.language)} (${p.code})`,
              })),
            ]}
            error={fieldError('parentId')}
            data-testid="org-parent"
            {...register('parentId')}
          />
        )}
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button type="submit" disabled={save.isPending} data-testid="save">
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel} data-testid="cancel">
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
