import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { OrganisationRef, Person, PersonInput } from '@/api/types';
import { ConflictPanel } from '@/components/ConflictPanel';
import { FormErrorSummary, useFormErrorText } from '@/components/FormErrors';
import { Button } from '@/components/ui/Button';
import { LoadingState } from '@/components/ui/States';
import { SelectField, TextField } from '@/components/ui/Field';
import { applyServerErrors, isPreconditionFailed, type MappedFieldError } from '@/lib/fieldErrors';
import { organisationName } from '@/lib/organisation';
import { useAllOrganisations } from '@/lib/organisationOptions';
import { useConflict } from '@/lib/useConflict';
import { zodResolver } from '@/lib/zodResolver';
import { personKeys, fetchPerson, useSavePerson } from '../api/hooks';

export type PersonValues = { name: string; organisationId: string; title: string; email: string };
const FIELDS = ['name', 'organisationId', 'title', 'email'] as const;

export const personSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  organisationId: z.string().min(1, 'validation.required'),
  title: z.string().max(200, 'validation.tooLong'),
  email: z
    .string()
    .trim()
    .max(320, 'validation.tooLong')
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'validation.email'),
});

export function toPersonValues(p: Person | undefined, organisationId?: number): PersonValues {
  return {
    name: p?.name ?? '',
    organisationId: String(p?.organisation.id ?? organisationId ?? ''),
    title: p?.title ?? '',
    email: p?.email ?? '',
  };
}

function toInput(v: PersonValues): PersonInput {
  return {
    name: v.name.trim(),
    organisationId: Number(v.organisationId),
    title: v.title.trim() || undefined,
    email: v.email.trim() || undefined,
  };
}

/**
 * Create or edit a person. `fixedOrganisation` locks the organisation (a local government
 * registers its own staff; someone editing their own contact details cannot move).
 */
export function PersonForm({
  person,
  etag: initialEtag,
  fixedOrganisation,
  onSaved,
  onCancel,
}: {
  person?: Person;
  etag?: string;
  fixedOrganisation?: OrganisationRef;
  onSaved: (saved: Person) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useFormErrorText();
  const [etag, setEtag] = useState(initialEtag ?? '');
  const [other, setOther] = useState<MappedFieldError[]>([]);
  const queryClient = useQueryClient();
  const save = useSavePerson(person?.id ?? null);
  const organisations = useAllOrganisations();
  const { register, handleSubmit, formState, setError, reset, getValues } = useForm<PersonValues>({
    defaultValues: toPersonValues(person, fixedOrganisation?.id),
    resolver: zodResolver(personSchema) as never,
    mode: 'onBlur',
  });
  const conflict = useConflict<PersonValues>({
    latest: async () => {
      if (!person) throw new Error('no record');
      const latest = await fetchPerson(person.id);
      queryClient.setQueryData(personKeys.detail(person.id), latest);
      return { values: toPersonValues(latest.data), etag: latest.etag };
    },
    apply: (values, newEtag) => {
      reset(values);
      setEtag(newEtag);
      save.reset();
    },
  });
  const orgLabel = (id: string) => {
    const o = (organisations.data ?? []).find((x) => String(x.id) === id);
    return o ? organisationName(o, i18n.language) : id;
  };

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
  const err = (name: (typeof FIELDS)[number]) => errorText(formState.errors[name]);
  const required = t('form.required');

  // Selects are uncontrolled: render them once their options are there.
  if (!fixedOrganisation && organisations.isPending)
    return <LoadingState label={t('app.loading')} />;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="person-form">
      <ConflictPanel
        state={conflict.state}
        busy={conflict.busy}
        fields={FIELDS.map((name) => ({
          name,
          label: t(`person.fields.${name}`),
          format: name === 'organisationId' ? (v: unknown) => orgLabel(String(v)) : undefined,
        }))}
        onReload={() => void conflict.reload()}
        onCompare={() => void conflict.compare()}
        onReapply={conflict.reapply}
      />
      {save.error && !isPreconditionFailed(save.error) && (
        <FormErrorSummary error={save.error} other={other} />
      )}
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t('person.fields.name')}
          required
          requiredLabel={required}
          error={err('name')}
          data-testid="person-name"
          {...register('name')}
        />
        {fixedOrganisation ? (
          <div>
            <p className="text-std-16B-170">{t('person.fields.organisationId')}</p>
            <p className="py-2" data-testid="person-organisation-fixed">
              {organisationName(fixedOrganisation, i18n.language)}
            </p>
          </div>
        ) : (
          <SelectField
            label={t('person.fields.organisationId')}
            required
            requiredLabel={required}
            options={[
              { value: '', label: t('form.choose') },
              ...(organisations.data ?? []).map((o) => ({
                value: String(o.id),
                label: `${organisationName(o, i18n.language)} (${t(`organisationKind.${o.kind}`)})`,
              })),
            ]}
            error={err('organisationId')}
            data-testid="person-organisation"
            {...register('organisationId')}
          />
        )}
        <TextField
          label={t('person.fields.title')}
          error={err('title')}
          data-testid="person-title"
          {...register('title')}
        />
        <TextField
          label={t('person.fields.email')}
          type="email"
          autoComplete="off"
          error={err('email')}
          data-testid="person-email"
          {...register('email')}
        />
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
