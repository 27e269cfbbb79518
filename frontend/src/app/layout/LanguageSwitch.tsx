import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { changeLanguage, currentLanguage } from '@/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'ja' ? 'en' : 'ja';
  return (
    <Button
      variant="secondary"
      size="sm"
      lang={next}
      aria-label={t('header.switchLanguageLabel')}
      onClick={() => void changeLanguage(next)}
      data-testid="language-switch"
    >
      {t('header.switchLanguage')}
    </Button>
  );
}
