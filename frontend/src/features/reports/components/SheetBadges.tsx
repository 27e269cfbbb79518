import { useTranslation } from 'react-i18next';
import { Chip, type ChipTone } from '@/components/ui/Chip';
import type { SheetStatus, SheetSummary } from '../types';

const TONE: Record<SheetStatus, ChipTone> = {
  NOT_STARTED: 'gray',
  DRAFT: 'blue',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  RESUBMITTED: 'blue',
  ACCEPTED: 'green',
};

export function StatusChip({ status }: { status: SheetStatus }) {
  const { t } = useTranslation();
  return (
    <span data-testid="sheet-status" data-status={status}>
      <Chip tone={TONE[status]}>{t(`reports.status.${status}`)}</Chip>
    </span>
  );
}

export function FlagChips({
  sheet,
}: {
  sheet: Pick<SheetSummary, 'divergent' | 'duplicateFunding'>;
}) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex flex-wrap gap-1">
      {sheet.divergent && <Chip tone="orange">⚠ {t('reports.list.divergent')}</Chip>}
      {sheet.duplicateFunding && <Chip tone="orange">⚠ {t('reports.list.duplicate')}</Chip>}
    </span>
  );
}
