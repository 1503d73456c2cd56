import { useApolloClient } from '@apollo/client/react';
import type { IdeaStatus } from '@palier/shared';
import { useFollowCommunity, useRealtime } from '@palier/web-data-access';
import { CharacterCounter as Counter } from '@palier/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The path of the idea box of a community, or of one idea. */
export const ideasPath = (slug: string, ideaId?: string) =>
  `/c/${encodeURIComponent(slug)}/idees${ideaId ? `/${ideaId}` : ''}`;

/** Where an idea stands, in words (never by colour alone). */
export function StatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation('ideas');
  return (
    <span className={`ideas-status ideas-status--${status}`} data-testid="idea-status">
      {t(`status.${status}`)}
    </span>
  );
}

/** The characters left under one of the idea box's text boxes. */
export function CharacterCounter({ value, max }: { value: string; max: number }) {
  const { t } = useTranslation('ideas');
  return (
    <Counter
      value={value}
      max={max}
      remainingText={(count) => t('form.remaining', { count })}
      overText={(count) => t('form.over', { count })}
    />
  );
}

/**
 * Live idea box while a page is shown: when an idea of the community changes (new, supported,
 * answered, hidden…), the idea queries shown are read again (the API applies the visibility rule,
 * so a hidden idea disappears).
 */
export function useIdeasLive(
  communityId: string,
  onChange?: (e: { ideaId: string; removed: boolean }) => void,
): void {
  const realtime = useRealtime();
  const client = useApolloClient();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useFollowCommunity(communityId);
  useEffect(() => {
    if (!realtime) return undefined;
    const socket = realtime.socket;
    const handler = (e: { communityId: string; ideaId: string; removed: boolean }) => {
      if (e.communityId !== communityId) return;
      latest.current?.(e);
      void client
        .refetchQueries({ include: ['Ideas', 'Idea', 'IdeaHistory', 'IdeaComments'] })
        .catch(() => undefined);
    };
    socket.on('ideas:changed', handler);
    return () => {
      socket.off('ideas:changed', handler);
    };
  }, [realtime, client, communityId]);
}
