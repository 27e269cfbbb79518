import { useTranslation } from 'react-i18next';
import { CheckboxGroup, TextAreaField } from '@/components/ui/Field';
import { organisationName } from '@/lib/organisation';
import { useMinistries } from '../api/hooks';
import { ASSESSMENTS, type OpinionContent } from '../types';
import { Section } from './Section';
import type { SheetFormProps } from './formTypes';

const P = 'opinion';

function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  readOnly,
  error,
  testId,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
  error?: string;
  testId: string;
}) {
  return (
    <fieldset data-testid={testId} aria-invalid={error ? true : undefined}>
      <legend className="text-std-16B-170">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-9 items-center gap-2">
            <input
              type="radio"
              name={name}
              value={o.value}
              className="size-5"
              checked={value === o.value}
              disabled={readOnly && value !== o.value}
              onChange={() => !readOnly && onChange(o.value)}
              data-testid={`${testId}-${o.value}`}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error && <p className="text-dns-16N-130 text-error-2">{error}</p>}
    </fieldset>
  );
}

export function OpinionForm({
  value,
  onChange,
  readOnly,
  err,
  note,
}: SheetFormProps<OpinionContent>) {
  const { t, i18n } = useTranslation();
  const ministries = useMinistries();
  const set = (patch: Partial<OpinionContent>) => onChange({ ...value, ...patch });
  const ministryOptions = (ministries.data ?? []).map((m) => ({
    value: m.code,
    label: organisationName(m, i18n.language),
  }));
  const chosen = value.supportMinistries ?? [];

  return (
    <>
      <Section id="assessment" title={t('reports.section.assessment')} note={note('assessment')}>
        <RadioGroup
          legend={t('reports.opinion.assessment')}
          name="assessment"
          options={ASSESSMENTS.map((a) => ({ value: a, label: t(`reports.assessment.${a}`) }))}
          value={value.assessment ?? ''}
          onChange={(v) => set({ assessment: v as OpinionContent['assessment'] })}
          readOnly={readOnly}
          error={err(`${P}.assessment`)}
          testId="opinion-assessment"
        />
      </Section>
      {(['findings', 'advice', 'supportNeeded'] as const).map((k) => (
        <Section key={k} id={k} title={t(`reports.section.${k}`)} note={note(k)}>
          <TextAreaField
            label={t(`reports.opinion.${k}`)}
            value={value[k] ?? ''}
            readOnly={readOnly}
            error={err(`${P}.${k}`)}
            onChange={(e) => set({ [k]: e.target.value })}
            data-testid={`opinion-${k}`}
          />
          {k === 'supportNeeded' && (
            <div className="mt-3">
              {readOnly ? (
                <p>
                  <span className="text-std-16B-170">
                    {t('reports.opinion.supportMinistries')}:{' '}
                  </span>
                  {chosen.length
                    ? chosen
                        .map((c) => ministryOptions.find((o) => o.value === c)?.label ?? c)
                        .join('、')
                    : t('reports.common.none')}
                </p>
              ) : (
                <CheckboxGroup
                  legend={t('reports.opinion.supportMinistries')}
                  name="supportMinistries"
                  options={ministryOptions}
                  value={chosen}
                  error={err(`${P}.supportMinistries`)}
                  onChange={(v) => set({ supportMinistries: v })}
                  testId="opinion-ministries"
                />
              )}
            </div>
          )}
        </Section>
      ))}
      <Section
        id="followUpRequired"
        title={t('reports.section.followUpRequired')}
        note={note('followUpRequired')}
      >
        <RadioGroup
          legend={t('reports.opinion.followUpRequired')}
          name="followUpRequired"
          options={[
            { value: 'true', label: t('reports.common.yes') },
            { value: 'false', label: t('reports.common.no') },
          ]}
          value={value.followUpRequired === undefined ? '' : String(value.followUpRequired)}
          onChange={(v) => set({ followUpRequired: v === 'true' })}
          readOnly={readOnly}
          error={err(`${P}.followUpRequired`)}
          testId="opinion-followUp"
        />
      </Section>
    </>
  );
}
