import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { ErrorState, LoadingState } from '@/components/ui/States';
import { formatDate } from '@/lib/dates';
import { errorMessage } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useGenerate, useSaveSchedule, useSchedules } from '../api/hooks';
import { ErrorText } from '../components/ErrorText';
import type { ReportSchedule, ReportScheduleInput } from '../types';

function ScheduleForm({ schedule }: { schedule: ReportSchedule }) {
  const { t, i18n } = useTranslation();
  const save = useSaveSchedule();
  const [v, setV] = useState<ReportScheduleInput>({
    cadence: schedule.cadence,
    dueDay: schedule.dueDay,
    dueMonth: schedule.dueMonth,
    startsOn: schedule.startsOn,
    reminderDaysBefore: schedule.reminderDaysBefore,
  });
  const [saved, setSaved] = useState(false);
  const yearlyOnly = schedule.type === 'ISSUE' || schedule.type === 'EXPENSE';
  const typeId = `schedule-${schedule.type}`;
  return (
    <section
      aria-labelledby={`${typeId}-heading`}
      className="mt-6 rounded-8 border border-solid-gray-420 p-4"
      data-testid={typeId}
    >
      <h2 id={`${typeId}-heading`} className="text-std-20B-150">
        {t(`reports.type.${schedule.type}`)}
      </h2>
      <p className="mt-1 text-solid-gray-800" data-testid={`${typeId}-rule`}>
        {schedule.ruleJa}
      </p>
      <form
        className="mt-3 grid gap-4 md:grid-cols-5 md:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          save.mutate(
            {
              type: schedule.type,
              input: { ...v, dueMonth: v.cadence === 'YEARLY' ? v.dueMonth : undefined },
            },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <SelectField
          label={t('reports.schedules.cadence')}
          value={v.cadence}
          options={(yearlyOnly ? (['YEARLY'] as const) : (['MONTHLY', 'YEARLY'] as const)).map(
            (c) => ({ value: c, label: t(`reports.schedules.${c}`) }),
          )}
          onChange={(e) =>
            setV({ ...v, cadence: e.target.value as ReportScheduleInput['cadence'] })
          }
        />
        {v.cadence === 'YEARLY' && (
          <TextField
            label={t('reports.schedules.dueMonth')}
            type="number"
            min={1}
            max={12}
            value={v.dueMonth ?? ''}
            onChange={(e) =>
              setV({ ...v, dueMonth: e.target.value ? Number(e.target.value) : undefined })
            }
          />
        )}
        <TextField
          label={t('reports.schedules.dueDay')}
          type="number"
          min={1}
          max={31}
          required
          value={v.dueDay}
          onChange={(e) => setV({ ...v, dueDay: Number(e.target.value) })}
        />
        <TextField
          label={t('reports.schedules.startsOn')}
          type="date"
          required
          value={v.startsOn}
          onChange={(e) => setV({ ...v, startsOn: e.target.value })}
        />
        <TextField
          label={t('reports.schedules.reminderDaysBefore')}
          type="number"
          min={0}
          max={60}
          required
          value={v.reminderDaysBefore}
          onChange={(e) => setV({ ...v, reminderDaysBefore: Number(e.target.value) })}
        />
        <div>
          <Button type="submit" disabled={save.isPending} data-testid={`${typeId}-save`}>
            {t('reports.schedules.save')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {saved && <p className="mt-2 text-green-1000">{t('reports.schedules.saved')}</p>}
      </div>
      <ErrorText error={save.error} />
      <h3 className="mt-3 text-std-16B-170">{t('reports.schedules.upcoming')}</h3>
      <ul className="list-disc pl-6">
        {schedule.upcoming.map((u) => (
          <li key={u.periodKey}>
            {u.periodLabel}: {formatDate(u.dueDate, i18n.language)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SchedulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.schedules.title'));
  const schedules = useSchedules();
  const generate = useGenerate();
  const [until, setUntil] = useState('');
  const m = schedules.error ? errorMessage(schedules.error) : null;
  return (
    <>
      <h1 className="text-std-32B-150">{t('reports.schedules.title')}</h1>
      <p className="mt-2">{t('reports.schedules.intro')}</p>

      <section
        aria-labelledby="generation-heading"
        className="mt-6 rounded-8 border-2 border-blue-900 p-4"
        data-testid="generation"
      >
        <h2 id="generation-heading" className="text-std-20B-150">
          {t('reports.schedules.generation')}
        </h2>
        <p className="mt-1">{t('reports.schedules.generationHint')}</p>
        <form
          className="mt-3 flex flex-wrap items-end gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            generate.mutate(until || undefined);
          }}
        >
          <div className="w-56">
            <TextField
              label={t('reports.schedules.until')}
              type="date"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
              data-testid="generation-until"
            />
          </div>
          <Button type="submit" disabled={generate.isPending} data-testid="generation-run">
            {generate.isPending ? t('reports.schedules.running') : t('reports.schedules.run')}
          </Button>
        </form>
        <div aria-live="polite">
          {generate.data && (
            <p className="mt-2 text-std-16B-170 text-green-1000" data-testid="generation-result">
              {t('reports.schedules.generated', { count: generate.data.created })}
            </p>
          )}
        </div>
        <ErrorText error={generate.error} />
      </section>

      {schedules.isPending && <LoadingState label={t('app.loading')} />}
      {m && (
        <ErrorState
          title={t('errors.title')}
          message={'key' in m ? t(m.key) : m.text}
          retryLabel={t('errors.retry')}
          onRetry={() => void schedules.refetch()}
        />
      )}
      {schedules.data?.map((s) => (
        <ScheduleForm key={`${s.type}-${s.version}`} schedule={s} />
      ))}
    </>
  );
}
