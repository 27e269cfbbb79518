import { useTranslation } from 'react-i18next';
import type { ImplementationStage, ProjectStatus } from '@/api/types';
import { Chip, type ChipTone } from '@/components/ui/Chip';

const STATUS_TONES: Record<ProjectStatus, ChipTone> = {
  SELECTED: 'blue',
  SUPPORTING: 'green',
  SUPPORT_ENDED: 'gray',
};

export function StatusChip({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <Chip tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Chip>;
}

const STAGE_TONES: Record<ImplementationStage, ChipTone> = {
  NONE: 'gray',
  PARTIAL: 'orange',
  FULL: 'green',
};

export function StageChip({ stage }: { stage: ImplementationStage }) {
  const { t } = useTranslation();
  return <Chip tone={STAGE_TONES[stage]}>{t(`stage.${stage}`)}</Chip>;
}
