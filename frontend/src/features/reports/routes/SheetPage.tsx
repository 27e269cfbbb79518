import { useCallback, useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/api/client';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { Button } from '@/components/ui/Button';
import { ErrorState, LoadingState } from '@/components/ui/States';
import { formatDate } from '@/lib/dates';
import { errorMessage } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import {
  fetchSheet,
  reportKeys,
  useAddFollowUp,
  useReviews,
  useSheet,
  useSheetHistory,
} from '../api/hooks';
import { ErrorText } from '../components/ErrorText';
import { ExcelPanel } from '../components/ExcelPanel';
import { ExpenseForm } from '../components/ExpenseForm';
import { IssueForm } from '../components/IssueForm';
import { OpinionForm } from '../components/OpinionForm';
import { ProgressForm } from '../components/ProgressForm';
import { ReviewsPanel, SectionNotes } from '../components/ReviewsPanel';
import { RevisionsPanel } from '../components/RevisionsPanel';
import { SheetActions } from '../components/SheetActions';
import { FlagChips, StatusChip } from '../components/SheetBadges';
import { fieldErrorsByPath, isConflict } from '../lib/errors';
import { etagOf, useAutosave, type SaveState } from '../lib/useAutosave';
import type { Sheet, SheetContent } from '../types';

export function SheetPage() {
  const { t } = useTranslation();
  const { sheetId } = useParams({ from: '/reports/sheets/$sheetId' });
  const id = Number(sheetId);
  const sheet = useSheet(id);
  if (sheet.isPending) return <LoadingState label={t('app.loading')} />;
  if (sheet.error) {
    const m = errorMessage(sheet.error);
    return (
      <ErrorState
        title={t('errors.title')}
        message={'key' in m ? t(m.key) : m.text}
        retryLabel={t('errors.retry')}
        onRetry={() => void sheet.refetch()}
      />
    );
  }
  return <SheetEditor key={id} initial={sheet.data} current={sheet.data.data} />;
}

function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state === 'saving'
      ? t('reports.sheet.saving')
      : state === 'saved'
        ? t('reports.sheet.saved')
        : state === 'dirty'
          ? t('reports.sheet.unsaved')
          : state === 'error' || state === 'conflict'
            ? t('reports.sheet.saveFailed')
            : '';
  return (
    <p
      role="status"
      aria-live="polite"
      className="min-h-6 text-std-16B-170"
      data-testid="save-state"
      data-state={state}
    >
      {text}
    </p>
  );
}

function SheetEditor({ initial, current }: { initial: Versioned<Sheet>; current: Sheet }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const summary = current.sheet;
  const id = summary.id;
  const [draft, setDraft] = useState<SheetContent>(initial.data.content ?? {});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [followUpMessage, setFollowUpMessage] = useState<string | null>(null);
  const autosave = useAutosave({
    sheetId: id,
    initialEtag: etagOf(initial),
    onReloaded: (latest) => setDraft(latest.data.content ?? {}),
  });
  const reviews = useReviews(id);
  const history = useSheetHistory(id);
  const addFollowUp = useAddFollowUp(id);
  useDocumentTitle(
    t('reports.sheet.title', {
      type: t(`reports.type.${summary.type}`),
      period: summary.periodLabel,
    }),
  );

  const editable = current.allowedActions.includes('SAVE');
  const key = (
    { PROGRESS: 'progress', OPINION: 'opinion', ISSUE: 'issue', EXPENSE: 'expense' } as const
  )[summary.type];

  const change = (section: NonNullable<SheetContent[typeof key]>) => {
    const next = { ...draft, [key]: section };
    setDraft(next);
    setSubmitError(null);
    autosave.schedule(next);
  };

  /** Before an action: save what is pending, then use the editor's version. */
  const prepare = useCallback(async () => {
    await autosave.flush();
    if (autosave.hasPending()) throw autosave.error ?? new Error('unsaved');
    return autosave.etag();
  }, [autosave]);

  const errors = { ...fieldErrorsByPath(autosave.error), ...fieldErrorsByPath(submitError) };
  const err = (path: string) => errors[path];
  const errorList = Object.entries(errors);
  const notes = reviews.data ?? [];
  const note = (section: string) => (
    <SectionNotes reviews={notes} section={section} revision={summary.currentRevision} />
  );
  const formProps = { readOnly: !editable, err, note };

  const onFollowUp = async (issueId: string, date: string, text: string) => {
    await autosave.flush();
    await addFollowUp.mutateAsync({ issueId, date, text });
    const latest = await fetchSheet(id);
    qc.setQueryData(reportKeys.sheet(id), latest);
    autosave.setEtag(etagOf(latest));
    if (!autosave.hasPending()) setDraft(latest.data.content ?? {});
    setFollowUpMessage(t('reports.issue.followUpAdded'));
  };

  return (
    <article data-testid="sheet-page" data-sheet-type={summary.type} data-sheet-id={id}>
      <p>
        <Link
          to="/reports/sheets"
          search={{ projectId: summary.project.id }}
          className="text-blue-1000 underline"
        >
          {t('reports.sheet.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-std-32B-150" data-testid="sheet-title">
        {t('reports.sheet.title', {
          type: t(`reports.type.${summary.type}`),
          period: summary.periodLabel,
        })}
      </h1>
      <dl className="mt-3 grid gap-x-6 gap-y-1 md:grid-cols-[auto_1fr]">
        <dt className="text-std-16B-170">{t('reports.sheet.project')}</dt>
        <dd>
          <Link
            to="/projects/$projectId"
            params={{ projectId: String(summary.project.id) }}
            className="text-blue-1000 underline"
          >
            {summary.project.selectionFy}-{summary.project.number} {summary.project.title}
          </Link>
        </dd>
        <dt className="text-std-16B-170">{t('reports.sheet.dueDate')}</dt>
        <dd data-testid="sheet-due">
          {formatDate(summary.dueDate, i18n.language)}
          {summary.daysOverdue ? (
            <span className="ml-2 text-std-16B-170 text-error-2">
              {t('reports.dueIn.overdue', { count: summary.daysOverdue })}
            </span>
          ) : null}
        </dd>
        <dt className="text-std-16B-170">{t('reports.sheet.status')}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <StatusChip status={summary.status} /> <FlagChips sheet={summary} />
        </dd>
        <dt className="text-std-16B-170">{t('reports.sheet.revision')}</dt>
        <dd>{summary.currentRevision}</dd>
        {current.latenessReason && (
          <>
            <dt className="text-std-16B-170">{t('reports.sheet.lateness')}</dt>
            <dd>{current.latenessReason}</dd>
          </>
        )}
      </dl>

      {summary.divergent && (
        <div
          role="alert"
          className="mt-4 rounded-8 border-4 border-orange-900 bg-orange-50 p-4"
          data-testid="divergence-flag"
        >
          <p className="text-std-20B-150">⚠ {t('reports.sheet.divergenceTitle')}</p>
          <p className="mt-1">{current.divergenceReason ?? t('reports.sheet.divergenceBody')}</p>
        </div>
      )}

      {current.lastReview?.action === 'RETURN' && summary.status === 'RETURNED' && (
        <div
          className="mt-4 rounded-8 border-2 border-orange-900 bg-orange-50 p-4"
          data-testid="last-return"
        >
          <p className="text-std-17B-170">{t('reports.sheet.lastReturn')}</p>
          <ul className="list-disc pl-6">
            {current.lastReview.comments.map((c, i) => (
              <li key={i}>
                <span className="text-std-16B-170">
                  {t(`reports.section.${c.section}` as 'reports.section.general')}:{' '}
                </span>
                {c.comment}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="sticky top-0 z-10 mt-4 flex flex-wrap items-center gap-4 bg-white py-2">
        {editable && <SaveIndicator state={autosave.state} />}
        {!editable && (
          <p className="text-solid-gray-700" data-testid="read-only">
            {summary.status === 'NOT_STARTED'
              ? t('reports.sheet.notStartedReadOnly')
              : t('reports.sheet.readOnly')}
          </p>
        )}
      </div>

      {autosave.state === 'conflict' && isConflict(autosave.error) && (
        <div
          role="alert"
          className="mt-2 rounded-8 border-2 border-error-1 bg-red-50 p-4"
          data-testid="save-conflict"
        >
          <p>{t('reports.sheet.conflict')}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => void autosave.reload()}
              data-testid="conflict-reload"
            >
              {t('reports.sheet.reloadLatest')}
            </Button>
            <Button
              size="sm"
              onClick={() => void autosave.overwrite()}
              data-testid="conflict-overwrite"
            >
              {t('reports.sheet.overwrite')}
            </Button>
          </div>
        </div>
      )}
      {autosave.state === 'error' &&
        Object.keys(fieldErrorsByPath(autosave.error)).length === 0 && (
          <ErrorText error={autosave.error} testId="save-error" />
        )}

      {errorList.length > 0 && (
        <div
          role="alert"
          className="mt-3 rounded-8 border-2 border-error-1 bg-red-50 p-4"
          data-testid="validation-errors"
        >
          <p className="text-std-17B-170 text-error-2">{t('reports.sheet.errorsTitle')}</p>
          <ul className="mt-1 list-disc pl-6">
            {errorList.map(([path, message]) => (
              <li key={path}>
                <span className="font-mono text-dns-14N-130">{path}</span>: {message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <form onSubmit={(e) => e.preventDefault()} aria-label={t(`reports.type.${summary.type}`)}>
        {summary.type === 'PROGRESS' && (
          <ProgressForm value={draft.progress ?? {}} onChange={change} {...formProps} />
        )}
        {summary.type === 'OPINION' && (
          <OpinionForm value={draft.opinion ?? {}} onChange={change} {...formProps} />
        )}
        {summary.type === 'ISSUE' && (
          <IssueForm
            value={draft.issue ?? {}}
            onChange={change}
            {...formProps}
            canAddFollowUp={current.allowedActions.includes('ADD_FOLLOW_UP')}
            onAddFollowUp={onFollowUp}
          />
        )}
        {summary.type === 'EXPENSE' && (
          <ExpenseForm
            value={draft.expense ?? {}}
            onChange={change}
            {...formProps}
            serverDuplicates={current.duplicateFundingRows}
          />
        )}
      </form>
      <div aria-live="polite">
        {followUpMessage && <p className="mt-2 text-green-1000">{followUpMessage}</p>}
      </div>
      <ErrorText error={addFollowUp.error} />

      <SheetActions
        sheet={current}
        prepare={prepare}
        onDone={(etag) => {
          autosave.setEtag(etag);
          setSubmitError(null);
        }}
        onValidationErrors={setSubmitError}
      />

      <ExcelPanel
        sheetId={id}
        canUpload={editable}
        prepare={prepare}
        onImported={(saved) => {
          qc.setQueryData(reportKeys.sheet(id), saved);
          autosave.setEtag(etagOf(saved));
          setDraft(saved.data.content ?? {});
        }}
      />

      <ReviewsPanel reviews={notes} />
      <RevisionsPanel sheetId={id} />

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-std-20B-150">
          {t('reports.history.title')}
        </h2>
        <HistoryTimeline
          entries={history.data}
          error={history.error}
          isPending={history.isPending}
          onRetry={() => void history.refetch()}
        />
      </section>
    </article>
  );
}
