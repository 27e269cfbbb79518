import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { TextAreaField, TextField } from '@/components/ui/Field';
import { formatDate, todayIso } from '@/lib/dates';
import { organisationName } from '@/lib/organisation';
import { useMinistries } from '../api/hooks';
import { ISSUE_CATEGORIES, ISSUE_STATUSES, type Issue, type IssueContent } from '../types';
import { CellInput, CellSelect } from './inputs';
import { Section } from './Section';
import { removeAt, setAt, type SheetFormProps } from './formTypes';

const P = 'issue';

function FollowUpForm({
  onAdd,
  testId,
}: {
  onAdd: (date: string, text: string) => Promise<void>;
  testId: string;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="mt-2 grid gap-2 md:grid-cols-[12rem_1fr_auto] md:items-end"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        setBusy(true);
        void onAdd(date, text.trim())
          .then(() => setText(''))
          .finally(() => setBusy(false));
      }}
    >
      <TextField
        type="date"
        label={t('reports.issue.followUpDate')}
        value={date}
        required
        onChange={(e) => setDate(e.target.value)}
      />
      <TextField
        label={t('reports.issue.followUpText')}
        value={text}
        required
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="submit" variant="secondary" size="sm" disabled={busy || !text.trim()}>
        {t('reports.issue.addFollowUp')}
      </Button>
    </form>
  );
}

export function IssueForm({
  value,
  onChange,
  readOnly,
  err,
  note,
  canAddFollowUp,
  onAddFollowUp,
}: SheetFormProps<IssueContent> & {
  canAddFollowUp: boolean;
  onAddFollowUp: (issueId: string, date: string, text: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const ministries = useMinistries();
  const issues = value.issues ?? [];
  const setIssue = (i: number, patch: Partial<Issue>) =>
    onChange({ ...value, issues: setAt(issues, i, { ...issues[i], ...patch }) });
  const ministryOptions = (ministries.data ?? []).map((m) => ({
    value: m.code,
    label: organisationName(m, i18n.language),
  }));

  return (
    <Section id="issues" title={t('reports.section.issues')} note={note('issues')}>
      <ol className="flex flex-col gap-6" data-testid="issues">
        {issues.map((is, i) => {
          const at = `${P}.issues[${i}]`;
          const n = i + 1;
          return (
            <li
              key={is.id ?? `new-${i}`}
              className="rounded-8 border border-solid-gray-420 p-4"
              data-testid="issue-row"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-std-17B-170">
                  {t('reports.issue.issueN', { n })}{' '}
                  {is.id && <span className="ml-2 text-dns-14N-130">({is.id})</span>}
                </h3>
                {!readOnly && (
                  <Button
                    variant="text"
                    size="sm"
                    aria-label={t('reports.common.removeRow', { n })}
                    onClick={() => onChange({ ...value, issues: removeAt(issues, i) })}
                  >
                    {t('reports.common.remove')}
                  </Button>
                )}
              </div>
              <div className="mt-2 grid gap-3 md:grid-cols-3">
                <label className="flex flex-col gap-1">
                  <span className="text-std-16B-170">{t('reports.issue.category')}</span>
                  <CellSelect
                    label={`${t('reports.issue.category')} ${n}`}
                    placeholder={t('reports.common.select')}
                    options={ISSUE_CATEGORIES.map((c) => ({
                      value: c,
                      label: t(`reports.issueCategory.${c}`),
                    }))}
                    value={is.category ?? ''}
                    disabled={readOnly}
                    error={err(`${at}.category`)}
                    onChange={(e) =>
                      setIssue(i, { category: (e.target.value || undefined) as Issue['category'] })
                    }
                  />
                </label>
                <label className="flex flex-col gap-1">
                  <span className="text-std-16B-170">{t('reports.issue.law')}</span>
                  <CellInput
                    label={`${t('reports.issue.law')} ${n}`}
                    value={is.law ?? ''}
                    readOnly={readOnly}
                    error={err(`${at}.law`)}
                    onChange={(e) => setIssue(i, { law: e.target.value })}
                  />
                </label>
                <label className="flex flex-col gap-1">
                  <span className="text-std-16B-170">{t('reports.issue.article')}</span>
                  <CellInput
                    label={`${t('reports.issue.article')} ${n}`}
                    value={is.article ?? ''}
                    readOnly={readOnly}
                    error={err(`${at}.article`)}
                    onChange={(e) => setIssue(i, { article: e.target.value })}
                  />
                </label>
                <label className="flex flex-col gap-1">
                  <span className="text-std-16B-170">{t('reports.issue.responsibleMinistry')}</span>
                  <CellSelect
                    label={`${t('reports.issue.responsibleMinistry')} ${n}`}
                    placeholder={t('reports.common.select')}
                    options={ministryOptions}
                    value={is.responsibleMinistry ?? ''}
                    disabled={readOnly}
                    error={err(`${at}.responsibleMinistry`)}
                    onChange={(e) =>
                      setIssue(i, { responsibleMinistry: e.target.value || undefined })
                    }
                  />
                </label>
                <label className="flex flex-col gap-1">
                  <span className="text-std-16B-170">{t('reports.issue.status')}</span>
                  <CellSelect
                    label={`${t('reports.issue.status')} ${n}`}
                    placeholder={t('reports.common.select')}
                    options={ISSUE_STATUSES.map((s) => ({
                      value: s,
                      label: t(`reports.issueStatus.${s}`),
                    }))}
                    value={is.status ?? ''}
                    disabled={readOnly}
                    error={err(`${at}.status`)}
                    onChange={(e) =>
                      setIssue(i, { status: (e.target.value || undefined) as Issue['status'] })
                    }
                  />
                </label>
              </div>
              <div className="mt-3 grid gap-3 md:grid-cols-2">
                <TextAreaField
                  label={t('reports.issue.description')}
                  value={is.description ?? ''}
                  readOnly={readOnly}
                  error={err(`${at}.description`)}
                  onChange={(e) => setIssue(i, { description: e.target.value })}
                />
                <TextAreaField
                  label={t('reports.issue.proposedSolution')}
                  value={is.proposedSolution ?? ''}
                  readOnly={readOnly}
                  error={err(`${at}.proposedSolution`)}
                  onChange={(e) => setIssue(i, { proposedSolution: e.target.value })}
                />
              </div>
              <h4 className="mt-3 text-std-16B-170">{t('reports.issue.followUps')}</h4>
              {(is.followUps ?? []).length === 0 ? (
                <p className="text-solid-gray-700">{t('reports.issue.noFollowUps')}</p>
              ) : (
                <ul className="mt-1 flex flex-col gap-1" data-testid="follow-ups">
                  {(is.followUps ?? []).map((f, j) => (
                    <li key={j} className="border-l-4 border-blue-200 pl-2">
                      <span className="text-dns-14N-130">
                        {f.date ? formatDate(f.date, i18n.language) : ''}{' '}
                        {[f.authorName, f.authorOrganisation].filter(Boolean).join('・')}
                      </span>
                      <p>{f.text}</p>
                    </li>
                  ))}
                </ul>
              )}
              {canAddFollowUp &&
                (is.id ? (
                  <FollowUpForm
                    testId={`follow-up-form-${i}`}
                    onAdd={(date, text) => onAddFollowUp(is.id!, date, text)}
                  />
                ) : (
                  <p className="text-dns-14N-130 text-solid-gray-700">
                    {t('reports.issue.saveFirst')}
                  </p>
                ))}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => onChange({ ...value, issues: [...issues, {}] })}
          data-testid="add-issue"
        >
          {t('reports.issue.addIssue')}
        </Button>
      )}
    </Section>
  );
}
