import { useMutation } from '@apollo/client/react';
import {
  AddClosureDocument,
  CommunitySettingsDocument,
  RemoveClosureDocument,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { Button, Card, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../shared/date-field';
import { EMPTY_DATE, isEmptyDate, isoFromParts, type DateParts } from '../shared/date-parts';
import { calendarDateInWords, todayIn } from '../shared/dates';
import {
  FormErrorSummary,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';
import type { SectionProps } from './profile-section';

const IDS = {
  startsOn: 'closure-starts',
  endsOn: 'closure-ends',
  label: 'closure-label',
} as const;

/** Exceptional closures (holidays, works): the list in words, a form to add one, and removal. */
export function ClosuresSection({ community, notify }: SectionProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [starts, setStarts] = useState<DateParts>(EMPTY_DATE);
  const [ends, setEnds] = useState<DateParts>(EMPTY_DATE);
  const [label, setLabel] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const refetchQueries = [
    { query: CommunitySettingsDocument, variables: { slug: community.slug } },
  ];
  const [addClosure, { loading: adding }] = useMutation(AddClosureDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [removeClosure, { loading: removing }] = useMutation(RemoveClosureDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const today = todayIn(community.timeZone);

  const period = (start: string, end: string) =>
    start === end
      ? t('settings.closures.oneDay', { date: calendarDateInWords(start, locale) })
      : t('settings.closures.days', {
          from: calendarDateInWords(start, locale),
          to: calendarDateInWords(end, locale),
        });

  const messageFor = (field: string, code: string): FormError => {
    if (field === 'startsOn')
      return {
        fieldId: IDS.startsOn,
        message: errorText(code, t('settings.closures.startsLabel'), {
          required: t('settings.closures.startsMissing'),
          invalid_format: t('settings.closures.invalidDate'),
          out_of_range: t('settings.closures.past'),
        }),
      };
    if (field === 'endsOn')
      return {
        fieldId: IDS.endsOn,
        message: errorText(code, t('settings.closures.endsLabel'), {
          required: t('settings.closures.endsMissing'),
          invalid_format: t('settings.closures.invalidDate'),
          out_of_range: t('settings.closures.order'),
        }),
      };
    return {
      fieldId: IDS.label,
      message: errorText(code, t('settings.closures.labelLabel'), {
        required: t('settings.closures.labelMissing'),
      }),
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (adding) return;
    setFailure(null);
    const local: FormError[] = [];
    const startsOn = isoFromParts(starts);
    // One day only: the last day may be left empty.
    const endsOn = isEmptyDate(ends) ? startsOn : isoFromParts(ends);
    if (isEmptyDate(starts)) local.push(messageFor('startsOn', 'required'));
    else if (!startsOn) local.push(messageFor('startsOn', 'invalid_format'));
    else if (startsOn < today) local.push(messageFor('startsOn', 'out_of_range'));
    if (!isEmptyDate(ends) && !endsOn) local.push(messageFor('endsOn', 'invalid_format'));
    else if (startsOn && endsOn && endsOn < startsOn)
      local.push(messageFor('endsOn', 'out_of_range'));
    if (!label.trim()) local.push(messageFor('label', 'required'));
    if (local.length || !startsOn || !endsOn) {
      form.show(local);
      return;
    }
    form.clear();
    try {
      await addClosure({
        variables: { communityId: community.id, input: { startsOn, endsOn, label: label.trim() } },
      });
      notify(t('settings.closures.added', { period: period(startsOn, endsOn) }));
      setStarts(EMPTY_DATE);
      setEnds(EMPTY_DATE);
      setLabel('');
    } catch (error) {
      if (
        !form.showApiProblems(error, (fields) => fields.map((p) => messageFor(p.field, p.code)))
      ) {
        setFailure(error);
      }
    }
  };

  const remove = async (closureId: string, description: string) => {
    setFailure(null);
    try {
      await removeClosure({ variables: { communityId: community.id, closureId } });
      notify(t('settings.closures.removed', { closure: description }));
      document.getElementById(IDS.startsOn)?.focus();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <FormFailure error={failure} />
      {community.closures.length === 0 ? (
        <p data-testid="closures-empty">{t('settings.closures.empty')}</p>
      ) : (
        <ul
          className="staff-list"
          aria-label={t('settings.closures.listLabel')}
          data-testid="closures"
        >
          {community.closures.map((closure) => {
            const description = t('settings.closures.describe', {
              period: period(closure.startsOn, closure.endsOn),
              label: closure.label,
            });
            return (
              <Card as="li" key={closure.id} className="staff-item staff-item--row">
                <p className="staff-item__text">
                  <span className="staff-item__strong">
                    {period(closure.startsOn, closure.endsOn)}
                  </span>
                  <br />
                  <bdi lang="fr">{closure.label}</bdi>
                </p>
                <Button
                  variant="secondary"
                  icon="close"
                  disabled={removing}
                  aria-label={t('settings.closures.removeNamed', { closure: description })}
                  onClick={() => void remove(closure.id, description)}
                >
                  {t('settings.closures.remove')}
                </Button>
              </Card>
            );
          })}
        </ul>
      )}
      <h3>{t('settings.closures.addTitle')}</h3>
      <form noValidate onSubmit={(event) => void submit(event)} data-testid="closure-form">
        <FormErrorSummary form={form} />
        <div className="staff-row">
          <DateField
            id={IDS.startsOn}
            legend={t('settings.closures.startsLabel')}
            hint={t('settings.closures.dateHint')}
            error={form.errorOf(IDS.startsOn)}
            errorPrefix={tc('common.errorPrefix')}
            value={starts}
            onChange={setStarts}
          />
          <DateField
            id={IDS.endsOn}
            legend={t('settings.closures.endsLabel')}
            hint={t('settings.closures.endsHint')}
            error={form.errorOf(IDS.endsOn)}
            errorPrefix={tc('common.errorPrefix')}
            value={ends}
            onChange={setEnds}
          />
        </div>
        <TextField
          id={IDS.label}
          label={t('settings.closures.labelLabel')}
          hint={t('settings.closures.labelHint')}
          error={form.errorOf(IDS.label)}
          errorPrefix={tc('common.errorPrefix')}
          value={label}
          maxLength={100}
          lang="fr"
          onChange={(event) => setLabel(event.currentTarget.value)}
        />
        <Button type="submit" disabled={adding}>
          {t('settings.closures.submit')}
        </Button>
      </form>
    </>
  );
}
