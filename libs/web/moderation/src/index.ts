import './moderation.css';
import { registerTranslations } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

registerTranslations('moderation', { fr, en, ar });

export const moderationTranslations = { fr, en, ar };
export { moderationRoutes } from './routes';
export { ReportDialog, type ReportDialogProps } from './report-dialog';
export { CommentThread, type CommentThreadProps, type ThreadComment } from './comment-thread';
export { ContributionText } from './contribution-text';
