import { textDirection, type Locale } from '@palier/shared';
import type { ActivationSheetFieldsFragment } from '@palier/web-data-access';
import { formatDateTimeInWords } from '@palier/web-i18n';
import { Trans, useTranslation } from 'react-i18next';

export interface ActivationSheetProps {
  sheet: ActivationSheetFieldsFragment;
  /** The person's language: the whole sheet is written in it. */
  locale: Locale;
  timeZone: string;
}

/** "K7PQ-4XQM-9MZA" → ["K7PQ", "4XQM", "9MZA"]: groups that are easy to read and type. */
export function codeGroups(code: string): string[] {
  return code.split(/[\s-]+/).filter(Boolean);
}

/** The QR code as an image: the SVG text goes in a data address, never into the page's HTML. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The paper the person takes home: their login, their one-time code, and what to do with it. */
export function ActivationSheet({ sheet, locale, timeZone }: ActivationSheetProps) {
  const { t } = useTranslation('staff', { lng: locale });
  const { t: tc } = useTranslation(undefined, { lng: locale });
  const groups = codeGroups(sheet.code);
  return (
    <article
      className="activation-sheet"
      lang={locale}
      dir={textDirection(locale)}
      aria-labelledby="sheet-title"
      data-testid="activation-sheet"
    >
      <p className="activation-sheet__centre">
        <bdi lang="fr">{sheet.communityName}</bdi>
      </p>
      <h2 id="sheet-title" className="activation-sheet__title">
        {t('sheet.welcome', { name: sheet.displayName })}
      </h2>
      <p>{t('sheet.intro')}</p>

      <dl className="activation-sheet__secrets">
        <div className="activation-sheet__secret">
          <dt>{t('sheet.login')}</dt>
          <dd className="activation-sheet__value" dir="ltr" data-testid="sheet-login">
            {sheet.login}
          </dd>
        </div>
        <div className="activation-sheet__secret">
          <dt>{t('sheet.code')}</dt>
          <dd
            className="activation-sheet__value activation-sheet__code"
            dir="ltr"
            data-testid="sheet-code"
            data-code={sheet.code}
          >
            {groups.map((group, index) => (
              <span key={index} className="activation-sheet__group">
                {group}
              </span>
            ))}
          </dd>
        </div>
      </dl>

      <div className="activation-sheet__how">
        <div className="activation-sheet__steps">
          <h3>{t('sheet.stepsTitle')}</h3>
          <ol>
            <li>
              <Trans
                t={t}
                i18nKey="sheet.step1"
                values={{ url: sheet.activationUrl }}
                components={{
                  url: <bdi dir="ltr" className="activation-sheet__url" data-testid="sheet-url" />,
                }}
              />
            </li>
            <li>{t('sheet.step2')}</li>
            <li>{t('sheet.step3')}</li>
          </ol>
        </div>
        <figure className="activation-sheet__qr">
          <img src={svgDataUrl(sheet.qrCodeSvg)} alt={t('sheet.qrAlt')} width={176} height={176} />
          <figcaption>{t('sheet.qrCaption')}</figcaption>
        </figure>
      </div>

      <p className="activation-sheet__expiry" data-testid="sheet-expiry">
        {t('sheet.expires', {
          date: formatDateTimeInWords(sheet.expiresAt, locale, timeZone, tc),
        })}
      </p>
      <p className="activation-sheet__keep">{t('sheet.keep')}</p>
    </article>
  );
}
