import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { organisationName } from '@/lib/organisation';
import { useMinistries } from '../api/hooks';
import { duplicateFundingGroups, expenseTotals, formatYen, type YenTotalLine } from '../lib/yen';
import { FUNDING_TYPES, type ExpenseContent, type ExpenseRow } from '../types';
import { CellInput, CellSelect, YenInput } from './inputs';
import { Section } from './Section';
import { removeAt, setAt, type SheetFormProps } from './formTypes';

const P = 'expense';
const AMOUNTS = ['budgeted', 'granted', 'executed'] as const;

function TotalsTable({
  caption,
  lines,
  label,
  testId,
}: {
  caption: string;
  lines: YenTotalLine[];
  label: (key: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="mt-2 w-full max-w-3xl text-left" data-testid={testId}>
      <caption className="text-left text-std-17B-170">{caption}</caption>
      <thead>
        <tr className="border-b border-solid-gray-420">
          <th scope="col" className="p-1">
            {t('reports.expense.key')}
          </th>
          {AMOUNTS.map((a) => (
            <th key={a} scope="col" className="p-1 text-right">
              {t(`reports.expense.${a}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.key} className="border-b border-solid-gray-200">
            <th scope="row" className="p-1 font-normal">
              {label(l.key)}
            </th>
            {AMOUNTS.map((a) => (
              <td key={a} className="p-1 text-right tabular-nums">
                {formatYen(l[a])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function safeTotals(rows: readonly ExpenseRow[]) {
  try {
    return expenseTotals(rows);
  } catch {
    return null; // beyond exact integers: the server reports the error
  }
}

export function ExpenseForm({
  value,
  onChange,
  readOnly,
  err,
  note,
  serverDuplicates,
}: SheetFormProps<ExpenseContent> & { serverDuplicates?: number[][] }) {
  const { t, i18n } = useTranslation();
  const ministries = useMinistries();
  const rows = value.rows ?? [];
  const setRow = (i: number, patch: Partial<ExpenseRow>) =>
    onChange({ ...value, rows: setAt(rows, i, { ...rows[i], ...patch }) });
  const ministryOptions = (ministries.data ?? []).map((m) => ({
    value: m.code,
    label: organisationName(m, i18n.language),
  }));
  const totals = safeTotals(rows);
  const duplicates = serverDuplicates?.length ? serverDuplicates : duplicateFundingGroups(rows);
  const duplicateRows = new Set(duplicates.flat());
  const ministryLabel = (code: string) =>
    code
      ? (ministryOptions.find((o) => o.value === code)?.label ?? code)
      : t('reports.expense.noMinistry');

  return (
    <Section id="rows" title={t('reports.section.rows')} note={note('rows')}>
      {duplicates.length > 0 && (
        <div
          role="alert"
          className="mb-3 rounded-8 border-2 border-orange-900 bg-orange-50 p-3"
          data-testid="duplicate-flag"
        >
          <p className="text-std-17B-170">{t('reports.sheet.duplicateTitle')}</p>
          <ul className="list-disc pl-6">
            {duplicates.map((g, k) => (
              <li key={k}>
                {t('reports.sheet.duplicateRows', { rows: g.map((r) => r + 1).join('・') })}:{' '}
                {rows[g[0]!]?.schemeName}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[1100px] text-left" data-testid="expense-rows">
          <caption className="sr-only">{t('reports.expense.caption')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-420">
              <th scope="col" className="p-1">
                {t('reports.expense.schemeName')}
              </th>
              <th scope="col" className="p-1">
                {t('reports.expense.type')}
              </th>
              <th scope="col" className="p-1">
                {t('reports.expense.ministry')}
              </th>
              <th scope="col" className="p-1">
                {t('reports.expense.subProject')}
              </th>
              {AMOUNTS.map((a) => (
                <th key={a} scope="col" className="p-1">
                  {t(`reports.expense.${a}`)}
                </th>
              ))}
              {!readOnly && (
                <th scope="col" className="p-1">
                  <span className="sr-only">{t('reports.common.remove')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const at = `${P}.rows[${i}]`;
              const n = i + 1;
              return (
                <tr
                  key={i}
                  className={`border-b border-solid-gray-200 align-top ${duplicateRows.has(i) ? 'bg-orange-50' : ''}`}
                  data-testid="expense-row"
                  data-duplicate={duplicateRows.has(i) || undefined}
                >
                  <td className="p-1">
                    <CellInput
                      label={`${t('reports.expense.schemeName')} ${n}`}
                      value={r.schemeName ?? ''}
                      readOnly={readOnly}
                      error={err(`${at}.schemeName`)}
                      onChange={(e) => setRow(i, { schemeName: e.target.value })}
                    />
                  </td>
                  <td className="p-1">
                    <CellSelect
                      label={`${t('reports.expense.type')} ${n}`}
                      placeholder={t('reports.common.select')}
                      options={FUNDING_TYPES.map((f) => ({
                        value: f,
                        label: t(`reports.fundingType.${f}`),
                      }))}
                      value={r.type ?? ''}
                      disabled={readOnly}
                      error={err(`${at}.type`)}
                      onChange={(e) =>
                        setRow(i, { type: (e.target.value || undefined) as ExpenseRow['type'] })
                      }
                    />
                  </td>
                  <td className="p-1">
                    <CellSelect
                      label={`${t('reports.expense.ministry')} ${n}`}
                      placeholder={t('reports.common.select')}
                      options={ministryOptions}
                      value={r.ministry ?? ''}
                      disabled={readOnly}
                      error={err(`${at}.ministry`)}
                      onChange={(e) => setRow(i, { ministry: e.target.value || undefined })}
                    />
                  </td>
                  <td className="p-1">
                    <CellInput
                      label={`${t('reports.expense.subProject')} ${n}`}
                      value={r.subProject ?? ''}
                      readOnly={readOnly}
                      error={err(`${at}.subProject`)}
                      onChange={(e) => setRow(i, { subProject: e.target.value || undefined })}
                    />
                  </td>
                  {AMOUNTS.map((a) => (
                    <td key={a} className="p-1">
                      <YenInput
                        label={`${t(`reports.expense.${a}`)} ${n}`}
                        value={r[a]}
                        readOnly={readOnly}
                        error={err(`${at}.${a}`)}
                        invalidMessage={t('reports.expense.yenInvalid')}
                        onChange={(v) => setRow(i, { [a]: v })}
                        testId={`expense-${a}-${i}`}
                      />
                    </td>
                  ))}
                  {!readOnly && (
                    <td className="p-1">
                      <Button
                        variant="text"
                        size="sm"
                        aria-label={t('reports.common.removeRow', { n })}
                        onClick={() => onChange({ ...value, rows: removeAt(rows, i) })}
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
          onClick={() => onChange({ ...value, rows: [...rows, {}] })}
          data-testid="add-expense-row"
        >
          {t('reports.common.add')}
        </Button>
      )}
      {totals && (
        <div className="mt-6" data-testid="expense-totals">
          <h3 className="text-std-17B-170">{t('reports.expense.totals')}</h3>
          <TotalsTable
            caption={t('reports.expense.byType')}
            lines={totals.byType}
            label={(k) =>
              k
                ? t(`reports.fundingType.${k as ExpenseRow['type'] & string}`)
                : t('reports.common.none')
            }
            testId="totals-by-type"
          />
          <TotalsTable
            caption={t('reports.expense.byMinistry')}
            lines={totals.byMinistry}
            label={ministryLabel}
            testId="totals-by-ministry"
          />
          <p className="mt-2 text-std-17B-170" data-testid="expense-total">
            {t('reports.expense.total')}: {t('reports.expense.budgeted')}{' '}
            {formatYen(totals.total.budgeted)} / {t('reports.expense.granted')}{' '}
            {formatYen(totals.total.granted)} / {t('reports.expense.executed')}{' '}
            {formatYen(totals.total.executed)}
          </p>
        </div>
      )}
    </Section>
  );
}
