import type { ReactNode } from 'react';

export function Section({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`} className="text-std-20B-150">
        {title}
      </h2>
      {note}
      <div className="mt-3">{children}</div>
    </section>
  );
}
