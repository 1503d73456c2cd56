import { CONTENT_LANG } from '@palier/web-session';
import { classNames } from '@palier/web-ui';

export interface CentreTextProps {
  /** Plain text written by the centre; its line breaks are kept, nothing in it is markup. */
  text: string;
  className?: string;
  'data-testid'?: string;
}

/** A text the centre wrote (presentation, news, charter), in its language, as plain text. */
export function CentreText({ text, className, 'data-testid': testId }: CentreTextProps) {
  return (
    <div
      className={classNames('centre-text', className)}
      lang={CONTENT_LANG}
      dir="auto"
      data-testid={testId}
    >
      {text}
    </div>
  );
}
