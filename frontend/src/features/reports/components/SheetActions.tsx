import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { SelectField, TextAreaField } from '@/components/ui/Field';
import { todayIso } from '@/lib/dates';
import { useAccept, useComment, useReturn, useSubmit } from '../api/hooks';
import { hasCode } from '../lib/errors';
import { latenessInput, needsLatenessReason } from '../lib/lateness';
import { etagOf } from '../lib/useAutosave';
import { SECTIONS, type Sheet } from '../types';
import { ErrorText } from './ErrorText';

type Panel = 'none' | 'submit' | 'return' | 'accept' | 'comment';

/**
 * Submit / return / accept / comment, shown only when allowedActions says so (the API
 * enforces it anyway). `prepare` flushes the autosave and gives the version to send.
 */
export function SheetActions({
  sheet,
  prepare,
  onDone,
  onValidationErrors,
}: {
  sheet: Sheet;
  prepare: () => Promise<string>;
  onDone: (etag: string) => void;
  onValidationErrors: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const id = sheet.sheet.id;
  const allowed = sheet.allowedActions;
  const [panel, setPanel] = useState<Panel>('none');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [acceptComment, setAcceptComment] = useState('');
  const [commentSection, setCommentSection] = useState('general');
  const [commentText, setCommentText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [forceLate, setForceLate] = useState(false);
  const submit = useSubmit(id);
  const ret = useReturn(id);
  const accept = useAccept(id);
  const comment = useComment(id);
  const error = submit.error ?? ret.error ?? accept.error ?? comment.error;
  const sections = SECTIONS[sheet.sheet.type];
  const late = forceLate || needsLatenessReason(sheet.sheet, todayIso());
  const resubmit = sheet.sheet.status === 'RETURNED';

  const open = (p: Panel) => {
    setPanel(p);
    setDone(null);
    submit.reset();
    ret.reset();
    accept.reset();
    comment.reset();
  };

  const doSubmit = async () => {
    const input = latenessInput(late, reason);
    if (!input.ok) {
      setReasonError(t(input.error));
      return;
    }
    setReasonError(undefined);
    try {
      const etag = await prepare();
      const saved = await submit.mutateAsync({ etag, latenessReason: input.latenessReason });
      onDone(etagOf(saved));
      setPanel('none');
      setDone(t('reports.actions.submitted'));
    } catch (e) {
      if (hasCode(e, 'LATENESS_REASON_REQUIRED')) setForceLate(true);
      onValidationErrors(e);
    }
  };

  const doReturn = async () => {
    const list = sections
      .map((section) => ({ section, comment: (comments[section] ?? '').trim() }))
      .filter((c) => c.comment);
    if (list.length === 0) {
      setReasonError(t('reports.actions.returnNeedsComment'));
      return;
    }
    setReasonError(undefined);
    try {
      const saved = await ret.mutateAsync({ etag: await prepare(), comments: list });
      onDone(etagOf(saved));
      setPanel('none');
      setComments({});
      setDone(t('reports.actions.returned'));
    } catch {
      // shown below
    }
  };

  const doAccept = async () => {
    try {
      const saved = await accept.mutateAsync({
        etag: await prepare(),
        comment: acceptComment.trim() || undefined,
      });
      onDone(etagOf(saved));
      setPanel('none');
      setDone(t('reports.actions.accepted'));
    } catch {
      // shown below
    }
  };

  const doComment = async () => {
    if (!commentText.trim()) {
      setReasonError(t('reports.actions.commentRequired'));
      return;
    }
    setReasonError(undefined);
    try {
      await comment.mutateAsync({ section: commentSection, comment: commentText.trim() });
      setCommentText('');
      setPanel('none');
      setDone(t('reports.actions.commented'));
    } catch {
      // shown below
    }
  };

  const any = ['SUBMIT', 'RETURN', 'ACCEPT', 'COMMENT'].some((a) =>
    allowed.includes(a as Sheet['allowedActions'][number]),
  );

  return (
    <section
      aria-labelledby="actions-heading"
      className="mt-6 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
      data-testid="sheet-actions"
    >
      <h2 id="actions-heading" className="text-std-20B-150">
        {t('reports.actions.title')}
      </h2>
      {!any && <p className="mt-1 text-solid-gray-700">{t('reports.actions.none')}</p>}
      <div className="mt-2 flex flex-wrap gap-3">
        {allowed.includes('SUBMIT') && (
          <Button onClick={() => open('submit')} data-testid="action-submit">
            {resubmit ? t('reports.actions.resubmit') : t('reports.actions.submit')}
          </Button>
        )}
        {allowed.includes('ACCEPT') && (
          <Button onClick={() => open('accept')} data-testid="action-accept">
            {t('reports.actions.accept')}
          </Button>
        )}
        {allowed.includes('RETURN') && (
          <Button variant="secondary" onClick={() => open('return')} data-testid="action-return">
            {t('reports.actions.return')}
          </Button>
        )}
        {allowed.includes('COMMENT') && (
          <Button variant="secondary" onClick={() => open('comment')} data-testid="action-comment">
            {t('reports.actions.comment')}
          </Button>
        )}
      </div>

      {panel === 'submit' && (
        <div className="mt-4 flex flex-col gap-3" data-testid="submit-panel">
          {late && (
            <>
              <p className="text-std-17B-170 text-error-2">{t('reports.actions.lateTitle')}</p>
              <TextAreaField
                label={t('reports.actions.latenessReason')}
                hint={t('reports.actions.lateHint')}
                required
                value={reason}
                error={reasonError}
                onChange={(e) => setReason(e.target.value)}
                data-testid="lateness-reason"
              />
            </>
          )}
          <div className="flex gap-3">
            <Button
              onClick={() => void doSubmit()}
              disabled={submit.isPending}
              data-testid="confirm-submit"
            >
              {t('reports.actions.confirmSubmit')}
            </Button>
            <Button variant="text" onClick={() => setPanel('none')}>
              {t('reports.common.cancel')}
            </Button>
          </div>
        </div>
      )}

      {panel === 'return' && (
        <div className="mt-4 flex flex-col gap-3" data-testid="return-panel">
          <h3 className="text-std-17B-170">{t('reports.actions.returnTitle')}</h3>
          <p>{t('reports.actions.returnHint')}</p>
          {sections.map((s) => (
            <TextAreaField
              key={s}
              label={t(`reports.section.${s}` as 'reports.section.general')}
              value={comments[s] ?? ''}
              className="min-h-16"
              onChange={(e) => setComments({ ...comments, [s]: e.target.value })}
              data-testid={`return-comment-${s}`}
            />
          ))}
          {reasonError && (
            <p className="text-error-2" role="alert">
              {reasonError}
            </p>
          )}
          <div className="flex gap-3">
            <Button
              onClick={() => void doReturn()}
              disabled={ret.isPending}
              data-testid="confirm-return"
            >
              {t('reports.actions.confirmReturn')}
            </Button>
            <Button variant="text" onClick={() => setPanel('none')}>
              {t('reports.common.cancel')}
            </Button>
          </div>
        </div>
      )}

      {panel === 'accept' && (
        <div className="mt-4 flex flex-col gap-3" data-testid="accept-panel">
          <TextAreaField
            label={t('reports.actions.acceptComment')}
            value={acceptComment}
            className="min-h-16"
            onChange={(e) => setAcceptComment(e.target.value)}
          />
          <div className="flex gap-3">
            <Button
              onClick={() => void doAccept()}
              disabled={accept.isPending}
              data-testid="confirm-accept"
            >
              {t('reports.actions.confirmAccept')}
            </Button>
            <Button variant="text" onClick={() => setPanel('none')}>
              {t('reports.common.cancel')}
            </Button>
          </div>
        </div>
      )}

      {panel === 'comment' && (
        <div className="mt-4 flex flex-col gap-3" data-testid="comment-panel">
          <SelectField
            label={t('reports.actions.commentSection')}
            value={commentSection}
            options={sections.map((s) => ({
              value: s,
              label: t(`reports.section.${s}` as 'reports.section.general'),
            }))}
            onChange={(e) => setCommentSection(e.target.value)}
            data-testid="comment-section"
          />
          <TextAreaField
            label={t('reports.actions.commentText')}
            value={commentText}
            error={reasonError}
            className="min-h-16"
            onChange={(e) => setCommentText(e.target.value)}
            data-testid="comment-text"
          />
          <div className="flex gap-3">
            <Button
              onClick={() => void doComment()}
              disabled={comment.isPending}
              data-testid="confirm-comment"
            >
              {t('reports.actions.comment')}
            </Button>
            <Button variant="text" onClick={() => setPanel('none')}>
              {t('reports.common.cancel')}
            </Button>
          </div>
        </div>
      )}

      <div aria-live="polite">
        {done && (
          <p className="mt-3 text-std-17B-170 text-green-1000" data-testid="action-done">
            {done}
          </p>
        )}
      </div>
      <ErrorText error={error} />
    </section>
  );
}
