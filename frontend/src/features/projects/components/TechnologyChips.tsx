import { useTranslation } from 'react-i18next';
import type { Technology } from '@/api/types';
import { Chip } from '@/components/ui/Chip';

export function TechnologyChips({
  technologies,
  andOthers,
}: {
  technologies: readonly Technology[];
  andOthers: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-wrap gap-1">
      {technologies.map((tech) => (
        <li key={tech}>
          <Chip>{t(`technology.${tech}`)}</Chip>
        </li>
      ))}
      {andOthers && (
        <li>
          <Chip tone="gray">{t('andOthers')}</Chip>
        </li>
      )}
    </ul>
  );
}
