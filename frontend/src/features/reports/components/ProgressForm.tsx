import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { TextAreaField } from '@/components/ui/Field';
import { MILESTONE_STATUSES, type Kpi, type Milestone, type ProgressContent } from '../types';
import { MilestoneTimeline } from './MilestoneTimeline';
import { CellInput, CellSelect, NumberInput } from './inputs';
import { Section } from './Section';
import { removeAt, setAt, type SheetFormProps } from './formTypes';

const P = 'progress';

export function ProgressForm({
  value,
  onChange,
  readOnly,
  err,
  note,
}: SheetFormProps<ProgressContent>) {
  const { t } = useTranslation();
  const milestones = value.milestones ?? [];
  const kpis = value.kpis ?? [];
  const set = (patch: Partial<ProgressContent>) => onChange({ ...value, ...patch });
  const setMilestone = (i: number, patch: Partial<Milestone>) =>
    set({ milestones: setAt(milestones, i, { ...milestones[i], ...patch }) });
  const setKpi = (i: number, patch: Partial<Kpi>) =>
    set({ kpis: setAt(kpis, i, { ...kpis[i], ...patch }) });
  const statusOptions = MILESTONE_STATUSES.map((s) => ({
    value: s,
    label: t(`reports.milestoneStatus.${s}`),
  }));

  return (
    <>
      <Section id="results" title={t('reports.section.results')} note={note('results')}>
        <TextAreaField
          label={t('reports.progress.results')}
          value={value.results ?? ''}
          readOnly={readOnly}
          error={err(`${P}.results`)}
          onChange={(e) => set({ results: e.target.value })}
          data-testid="progress-results"
        />
      </Section>

      <Section id="milestones" title={t('reports.progress.milestones')} note={note('milestones')}>
        {err(`${P}.milestones`) && <p className="text-error-2">{err(`${P}.milestones`)}</p>}
        <div className="overflow-x-auto">
          <table className="w-full min-w-[900px] text-left" data-testid="milestones">
            <caption className="sr-only">{t('reports.progress.milestonesCaption')}</caption>
            <thead>
              <tr className="border-b border-solid-gray-420">
                <th scope="col" className="p-1">
                  {t('reports.progress.name')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.plannedStart')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.plannedEnd')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.actualStart')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.actualEnd')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.status')}
                </th>
                {!readOnly && (
                  <th scope="col" className="p-1">
                    <span className="sr-only">{t('reports.common.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {milestones.map((m, i) => {
                const at = `${P}.milestones[${i}]`;
                const n = i + 1;
                return (
                  <tr
                    key={i}
                    className="border-b border-solid-gray-200 align-top"
                    data-testid="milestone-row"
                  >
                    <td className="p-1">
                      <CellInput
                        label={`${t('reports.progress.name')} ${n}`}
                        value={m.name ?? ''}
                        readOnly={readOnly}
                        error={err(`${at}.name`)}
                        onChange={(e) => setMilestone(i, { name: e.target.value })}
                        data-testid={`milestone-name-${i}`}
                      />
                    </td>
                    {(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const).map(
                      (k) => (
                        <td key={k} className="p-1">
                          <CellInput
                            type="date"
                            label={`${t(`reports.progress.${k}`)} ${n}`}
                            value={m[k] ?? ''}
                            readOnly={readOnly}
                            error={err(`${at}.${k}`)}
                            onChange={(e) => setMilestone(i, { [k]: e.target.value || undefined })}
                            data-testid={`milestone-${k}-${i}`}
                          />
                        </td>
                      ),
                    )}
                    <td className="p-1">
                      <CellSelect
                        label={`${t('reports.progress.status')} ${n}`}
                        placeholder={t('reports.common.select')}
                        options={statusOptions}
                        value={m.status ?? ''}
                        disabled={readOnly}
                        error={err(`${at}.status`)}
                        onChange={(e) =>
                          setMilestone(i, {
                            status: (e.target.value || undefined) as Milestone['status'],
                          })
                        }
                        data-testid={`milestone-status-${i}`}
                      />
                    </td>
                    {!readOnly && (
                      <td className="p-1">
                        <Button
                          variant="text"
                          size="sm"
                          aria-label={t('reports.common.removeRow', { n })}
                          onClick={() => set({ milestones: removeAt(milestones, i) })}
                        >
                          {t('reports.common.remove')}
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {!readOnly && (
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => set({ milestones: [...milestones, {}] })}
            data-testid="add-milestone"
          >
            {t('reports.common.add')}
          </Button>
        )}
        <h3 className="mt-4 text-std-17B-170">{t('reports.progress.timeline')}</h3>
        <MilestoneTimeline milestones={milestones} />
      </Section>

      <Section id="kpis" title={t('reports.progress.kpis')} note={note('kpis')}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[900px] text-left" data-testid="kpis">
            <caption className="sr-only">{t('reports.progress.kpisCaption')}</caption>
            <thead>
              <tr className="border-b border-solid-gray-420">
                <th scope="col" className="p-1">
                  {t('reports.progress.kpiName')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.unit')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.baseline')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.targets')}
                </th>
                <th scope="col" className="p-1">
                  {t('reports.progress.actual')}
                </th>
                {!readOnly && (
                  <th scope="col" className="p-1">
                    <span className="sr-only">{t('reports.common.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {kpis.map((k, i) => {
                const at = `${P}.kpis[${i}]`;
                const n = i + 1;
                const targets = k.targets ?? [];
                return (
                  <tr
                    key={i}
                    className="border-b border-solid-gray-200 align-top"
                    data-testid="kpi-row"
                  >
                    <td className="p-1">
                      <CellInput
                        label={`${t('reports.progress.kpiName')} ${n}`}
                        value={k.name ?? ''}
                        readOnly={readOnly}
                        error={err(`${at}.name`)}
                        onChange={(e) => setKpi(i, { name: e.target.value })}
                        data-testid={`kpi-name-${i}`}
                      />
                    </td>
                    <td className="p-1">
                      <CellInput
                        label={`${t('reports.progress.unit')} ${n}`}
                        value={k.unit ?? ''}
                        readOnly={readOnly}
                        error={err(`${at}.unit`)}
                        onChange={(e) => setKpi(i, { unit: e.target.value })}
                        data-testid={`kpi-unit-${i}`}
                      />
                    </td>
                    <td className="p-1">
                      <NumberInput
                        label={`${t('reports.progress.baseline')} ${n}`}
                        value={k.baseline}
                        readOnly={readOnly}
                        error={err(`${at}.baseline`)}
                        onChange={(v) => setKpi(i, { baseline: v })}
                        testId={`kpi-baseline-${i}`}
                      />
                    </td>
                    <td className="p-1">
                      <ul className="flex flex-col gap-1">
                        {targets.map((tg, j) => (
                          <li key={j} className="flex items-start gap-1">
                            <NumberInput
                              label={`${t('reports.progress.targetFy')} ${n}-${j + 1}`}
                              value={tg.fy}
                              readOnly={readOnly}
                              error={err(`${at}.targets[${j}].fy`)}
                              onChange={(v) =>
                                setKpi(i, { targets: setAt(targets, j, { ...tg, fy: v }) })
                              }
                            />
                            <NumberInput
                              label={`${t('reports.progress.targetValue')} ${n}-${j + 1}`}
                              value={tg.value}
                              readOnly={readOnly}
                              error={err(`${at}.targets[${j}].value`)}
                              onChange={(v) =>
                                setKpi(i, { targets: setAt(targets, j, { ...tg, value: v }) })
                              }
                            />
                          </li>
                        ))}
                      </ul>
                      {!readOnly && (
                        <Button
                          variant="text"
                          size="sm"
                          onClick={() =>
                            setKpi(i, {
                              targets: [...targets, { fy: undefined, value: undefined }],
                            })
                          }
                        >
                          {t('reports.progress.addTarget')}
                        </Button>
                      )}
                    </td>
                    <td className="p-1">
                      <NumberInput
                        label={`${t('reports.progress.actual')} ${n}`}
                        value={k.actual}
                        readOnly={readOnly}
                        error={err(`${at}.actual`)}
                        onChange={(v) => setKpi(i, { actual: v })}
                        testId={`kpi-actual-${i}`}
                      />
                    </td>
                    {!readOnly && (
                      <td className="p-1">
                        <Button
                          variant="text"
                          size="sm"
                          aria-label={t('reports.common.removeRow', { n })}
                          onClick={() => set({ kpis: removeAt(kpis, i) })}
                        >
                          {t('reports.common.remove')}
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {!readOnly && (
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => set({ kpis: [...kpis, {}] })}
            data-testid="add-kpi"
          >
            {t('reports.common.add')}
          </Button>
        )}
      </Section>

      <Section id="nextPlan" title={t('reports.section.nextPlan')} note={note('nextPlan')}>
        <TextAreaField
          label={t('reports.progress.nextPlan')}
          value={value.nextPlan ?? ''}
          readOnly={readOnly}
          error={err(`${P}.nextPlan`)}
          onChange={(e) => set({ nextPlan: e.target.value })}
          data-testid="progress-nextPlan"
        />
      </Section>
    </>
  );
}
