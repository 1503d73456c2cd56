import { Button } from '@palier/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A ranking that works with the keyboard and a screen reader: each answer has "Monter" and
 * "Descendre" buttons (no dragging needed), and each move is announced.
 */
export function RankingInput({
  id,
  legend,
  items,
  order,
  onChange,
}: {
  id: string;
  legend: string;
  items: { id: string; name: string; photo: ReactNode }[];
  order: string[];
  onChange: (order: string[]) => void;
}) {
  const { t } = useTranslation('polls');
  const [announce, setAnnounce] = useState('');
  const nameOf = (itemId: string) => items.find((i) => i.id === itemId)?.name ?? '';
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    onChange(next);
    setAnnounce(
      t('ranking.moved', { label: nameOf(moved), position: index + by + 1, count: next.length }),
    );
    // Keep the focus on the answer that moved, on a button that is still usable.
    const at = index + by;
    const button = by < 0 ? (at === 0 ? 'down' : 'up') : at === next.length - 1 ? 'up' : 'down';
    requestAnimationFrame(() => document.getElementById(`${id}-${moved}-${button}`)?.focus());
  };
  return (
    <fieldset className="pal-field pal-fieldset poll-ranking" aria-describedby={`${id}-hint`}>
      <legend className="pal-fieldset__legend">{legend}</legend>
      <p className="pal-field__hint" id={`${id}-hint`}>
        {t('poll.rankHint')}
      </p>
      <ol className="poll-ranking__list">
        {order.map((itemId, index) => (
          <li key={itemId} className="poll-ranking__item" data-testid="ranking-item">
            <span className="poll-ranking__position" aria-hidden="true">
              {t('ranking.position', { position: index + 1 })}
            </span>
            {items.find((i) => i.id === itemId)?.photo}
            <span className="poll-ranking__name" lang="fr">
              {nameOf(itemId)}
            </span>
            <span className="poll-ranking__buttons">
              <Button
                id={`${id}-${itemId}-up`}
                variant="secondary"
                disabled={index === 0}
                aria-label={t('ranking.upLabel', { label: nameOf(itemId) })}
                onClick={() => move(index, -1)}
              >
                ↑ {t('ranking.up')}
              </Button>
              <Button
                id={`${id}-${itemId}-down`}
                variant="secondary"
                disabled={index === order.length - 1}
                aria-label={t('ranking.downLabel', { label: nameOf(itemId) })}
                onClick={() => move(index, 1)}
              >
                ↓ {t('ranking.down')}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <p className="pal-visually-hidden" aria-live="polite">
        {announce}
      </p>
    </fieldset>
  );
}
