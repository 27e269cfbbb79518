import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '@/api/types';
import { cx } from '@/components/ui/cx';

const STYLES = {
  ON_TRACK: { box: 'border-green-900 bg-green-50 text-green-1000', icon: '●' },
  AT_RISK: { box: 'border-yellow-900 bg-yellow-100 text-solid-gray-900', icon: '▲' },
  OVERDUE: { box: 'border-error-1 bg-red-50 text-error-2', icon: '■' },
} as const;

/** The computed on-track flag: colour, a shape (not colour alone) and the reason in words. */
export function HealthBadge({
  health,
  withReason = false,
}: {
  health: ProjectHealth;
  withReason?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const style = STYLES[health.flag];
  const reasonKey = `health.reasons.${health.reasonCode}`;
  const reason = i18n.exists(reasonKey)
    ? t(reasonKey as 'health.reasons.ON_SCHEDULE')
    : health.reason;
  return (
    <span className="inline-flex flex-col gap-1" data-testid="health" data-flag={health.flag}>
      <span
        className={cx(
          'inline-flex w-fit items-center gap-1 rounded-4 border-2 px-2 py-0.5 text-dns-14B-130 whitespace-nowrap',
          style.box,
        )}
        title={withReason ? undefined : reason}
      >
        <span aria-hidden="true">{style.icon}</span>
        {t(`health.${health.flag}`)}
        {!withReason && <span className="sr-only">: {reason}</span>}
      </span>
      {withReason && (
        <span className="text-dns-14N-130" data-testid="health-reason">
          {reason}
        </span>
      )}
    </span>
  );
}
