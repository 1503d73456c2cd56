import { useRealtimeStatus } from '@palier/web-data-access';
import { useTranslation } from 'react-i18next';

/** A discreet line while the live connection is lost; nothing otherwise. */
export function RealtimeNotice() {
  const { t } = useTranslation('notifications');
  const status = useRealtimeStatus();
  return (
    <div role="status" className="realtime-notice" data-testid="realtime-notice">
      {status === 'reconnecting' ? t('realtime.reconnecting') : null}
    </div>
  );
}
