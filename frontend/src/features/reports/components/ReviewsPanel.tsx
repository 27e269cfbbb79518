import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { SheetReview } from '../types';

const sectionKey = (s: string) => `reports.section.${s}` as 'reports.section.general';

/** The reviewer's comments on one section (latest revision), shown next to it. */
export function SectionNotes({
  reviews,
  section,
  revision,
}: {
  reviews: readonly SheetReview[];
  section: string;
  revision: number;
}) {
  const { t, i18n } = useTranslation();
  const notes = reviews.flatMap((r) =>
    r.revisionNumber === revision
      ? r.comments.filter((c) => c.section === section).map((c) => ({ r, c }))
      : [],
  );
  if (notes.length === 0) return null;
  return (
    <aside
      aria-label={t('reports.reviews.onSection', { section: t(sectionKey(section)) })}
      className="mt-2 rounded-8 border-l-4 border-orange-900 bg-orange-50 p-3"
      data-testid={`section-note-${section}`}
    >
      {notes.map(({ r, c }, i) => (
        <p key={`${r.id}-${i}`}>
          <span className="text-dns-14N-130 text-solid-gray-800">
            {t(`reports.action.${r.action}`)}・{r.authorName ?? r.authorUsername}・
            {formatDateTime(r.createdAt, i18n.language)}
          </span>
          <br />
          {c.comment}
        </p>
      ))}
    </aside>
  );
}

export function ReviewsPanel({ reviews }: { reviews: readonly SheetReview[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="reviews-heading" className="mt-8" data-testid="reviews">
      <h2 id="reviews-heading" className="text-std-20B-150">
        {t('reports.reviews.title')}
      </h2>
      {reviews.length === 0 ? (
        <p className="mt-1 text-solid-gray-700">{t('reports.reviews.empty')}</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-3">
          {reviews.map((r) => (
            <li
              key={r.id}
              className="rounded-8 border border-solid-gray-420 p-3"
              data-testid="review"
            >
              <p className="text-std-16B-170">
                {t(`reports.action.${r.action}`)}・
                {t('reports.reviews.revisionN', { n: r.revisionNumber })}・
                {r.authorName ?? r.authorUsername}・{formatDateTime(r.createdAt, i18n.language)}
              </p>
              <ul className="mt-1 list-disc pl-6">
                {r.comments.map((c, i) => (
                  <li key={i}>
                    <span className="text-std-16B-170">{t(sectionKey(c.section))}: </span>
                    {c.comment}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
