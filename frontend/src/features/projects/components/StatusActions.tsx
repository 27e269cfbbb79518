import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@/api/types';
import { ConflictNotice } from '@/components/ConflictNotice';
import { Button } from '@/components/ui/Button';
import { useContinuation, useTransition } from '../api/mutations';
import { NEXT_STATUSES } from '../timeline';

/** Status changes allowed from the current status, and the one-time continuation. */
export function StatusActions({
  project,
  etag,
  onReload,
}: {
  project: ProjectDetail;
  etag: string;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const transition = useTransition(project.id);
  const continuation = useContinuation(project.id);
  const next = NEXT_STATUSES[project.status];
  const busy = transition.isPending || continuation.isPending;
  return (
    <div data-testid="status-actions">
      <h3 className="text-std-17B-170">{t('projectEdit.transitions')}</h3>
      {next.length === 0 ? (
        <p className="mt-2 text-solid-gray-700">{t('projectEdit.noTransitions')}</p>
      ) : (
        <div className="mt-2 flex flex-wrap gap-3">
          {next.map((to) => (
            <Button
              key={to}
              variant="secondary"
              size="sm"
              disabled={busy}
              onClick={() => transition.mutate({ to, etag })}
              data-testid={`transition-${to}`}
            >
              {t('projectEdit.moveTo', { status: t(`status.${to}`) })}
            </Button>
          ))}
        </div>
      )}
      <div className="mt-4">
        {project.continuationApproved ? (
          <p data-testid="continuation-done">{t('projectEdit.continuationDone')}</p>
        ) : (
          project.status === 'SUPPORTING' && (
            <>
              <Button
                variant="secondary"
                size="sm"
                disabled={busy}
                onClick={() => continuation.mutate({ etag })}
                data-testid="continuation"
              >
                {t('projectEdit.continuation')}
              </Button>
              <p className="mt-1 text-dns-14N-130 text-solid-gray-700">
                {t('projectEdit.continuationHint')}
              </p>
            </>
          )
        )}
      </div>
      <ConflictNotice
        error={transition.error ?? continuation.error}
        onReload={() => {
          transition.reset();
          continuation.reset();
          onReload();
        }}
      />
    </div>
  );
}
