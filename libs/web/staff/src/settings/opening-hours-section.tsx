import { useLocale, weekdayName } from '@palier/web-i18n';
import { Button, TextField, VisuallyHidden } from '@palier/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '@palier/web-data-access';
import { FormErrorSummary, useFormErrors, type FormError } from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';
import {
  checkWeek,
  flatRows,
  newRowKey,
  normaliseClock,
  periodsFromWeek,
  weekFromPeriods,
  WEEKDAYS,
  type HoursProblem,
  type PeriodRow,
  type WeekRows,
} from './opening-hours-model';
import type { SectionProps } from './profile-section';
import { useUpdateCommunity } from './use-update-community';

const fieldId = (weekday: number, key: string, part: 'opens' | 'closes') =>
  `hours-${weekday}-${key}-${part}`;
const addId = (weekday: number) => `hours-${weekday}-add`;

/** The weekly opening hours: for each day, none or several periods "de … à …". */
export function OpeningHoursSection({ community, notify }: SectionProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [week, setWeek] = useState<WeekRows>(() => weekFromPeriods(community.openingHours));
  const [failure, setFailure] = useState<unknown>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const form = useFormErrors();
  const { save, saving } = useUpdateCommunity(community);

  // After adding or removing a period, go on from a sensible place (not the top of the page).
  useEffect(() => {
    if (!focusNext) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const day = (weekday: number) => weekdayName(weekday, locale);
  // At the start of a sentence: "Dimanche, période 1 : …".
  const Day = (weekday: number) => {
    const name = day(weekday);
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };

  const problemText = (problem: HoursProblem): FormError => {
    const position = (week[problem.weekday] ?? []).findIndex((r) => r.key === problem.key) + 1;
    const values = { day: Day(problem.weekday), number: position };
    const messages: Record<HoursProblem['code'], string> = {
      overlap: t('settings.hours.overlap', values),
      out_of_range: t('settings.hours.order', values),
      required:
        problem.part === 'opens'
          ? t('settings.hours.opensMissing', values)
          : t('settings.hours.closesMissing', values),
      invalid_format: t('settings.hours.invalid', values),
    };
    const message = messages[problem.code];
    return { fieldId: fieldId(problem.weekday, problem.key, problem.part), message };
  };

  const update = (weekday: number, rows: PeriodRow[]) => setWeek({ ...week, [weekday]: rows });

  const setTime = (weekday: number, key: string, part: 'opens' | 'closes', value: string) =>
    setWeek((current) => ({
      ...current,
      [weekday]: (current[weekday] ?? []).map((r) => (r.key === key ? { ...r, [part]: value } : r)),
    }));

  const add = (weekday: number) => {
    const key = newRowKey();
    const rows = week[weekday] ?? [];
    update(weekday, [...rows, { key, opens: '', closes: '' }]);
    setFocusNext(fieldId(weekday, key, 'opens'));
  };

  const remove = (weekday: number, key: string) => {
    update(
      weekday,
      (week[weekday] ?? []).filter((r) => r.key !== key),
    );
    setFocusNext(addId(weekday));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const problems = checkWeek(week);
    if (problems.length) {
      form.show(problems.map(problemText));
      return;
    }
    form.clear();
    try {
      await save({ openingHours: periodsFromWeek(week) });
      notify(t('settings.hours.saved'));
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (!fields.length) {
        setFailure(error);
        return;
      }
      // "openingHours.3.closes": the fourth period sent, in the order of flatRows.
      const rows = flatRows(week);
      const codes: Record<string, HoursProblem['code']> = {
        out_of_range: 'out_of_range',
        required: 'required',
      };
      const list = fields.flatMap((p) => {
        const [, index, part] = p.field.split('.');
        const found = rows[Number(index)] ?? rows[0];
        if (!found) return [];
        return [
          problemText({
            weekday: found.weekday,
            key: found.row.key,
            part: part === 'opens' ? 'opens' : 'closes',
            code: codes[p.code] ?? 'invalid_format',
          }),
        ];
      });
      if (list.length) form.show(list);
      else setFailure(error);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="hours-form">
      <FormErrorSummary form={form} />
      <FormFailure error={failure} />
      <p className="staff-muted">{t('settings.hours.hint')}</p>
      <div className="hours-editor">
        {WEEKDAYS.map((weekday) => {
          const rows = week[weekday] ?? [];
          return (
            <fieldset key={weekday} className="hours-day" data-testid={`hours-day-${weekday}`}>
              <legend className="hours-day__name">{day(weekday)}</legend>
              {rows.length === 0 && (
                <p className="hours-day__closed">{t('settings.hours.closed')}</p>
              )}
              {rows.map((row, index) => {
                const where = t('settings.hours.where', { day: day(weekday), number: index + 1 });
                return (
                  <div key={row.key} className="hours-period">
                    <TextField
                      id={fieldId(weekday, row.key, 'opens')}
                      className="hours-period__time"
                      label={
                        <>
                          {t('settings.hours.from')}
                          <VisuallyHidden> ({where})</VisuallyHidden>
                        </>
                      }
                      error={form.errorOf(fieldId(weekday, row.key, 'opens'))}
                      errorPrefix={tc('common.errorPrefix')}
                      value={row.opens}
                      onChange={(event) =>
                        setTime(weekday, row.key, 'opens', event.currentTarget.value)
                      }
                      onBlur={() =>
                        setTime(weekday, row.key, 'opens', normaliseClock(row.opens) ?? row.opens)
                      }
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={8}
                      dir="ltr"
                    />
                    <TextField
                      id={fieldId(weekday, row.key, 'closes')}
                      className="hours-period__time"
                      label={
                        <>
                          {t('settings.hours.to')}
                          <VisuallyHidden> ({where})</VisuallyHidden>
                        </>
                      }
                      error={form.errorOf(fieldId(weekday, row.key, 'closes'))}
                      errorPrefix={tc('common.errorPrefix')}
                      value={row.closes}
                      onChange={(event) =>
                        setTime(weekday, row.key, 'closes', event.currentTarget.value)
                      }
                      onBlur={() =>
                        setTime(
                          weekday,
                          row.key,
                          'closes',
                          normaliseClock(row.closes) ?? row.closes,
                        )
                      }
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={8}
                      dir="ltr"
                    />
                    <Button
                      variant="secondary"
                      icon="close"
                      className="hours-period__remove"
                      onClick={() => remove(weekday, row.key)}
                    >
                      {t('settings.hours.remove')}
                      <VisuallyHidden> ({where})</VisuallyHidden>
                    </Button>
                  </div>
                );
              })}
              <Button
                id={addId(weekday)}
                variant="secondary"
                className="hours-day__add"
                onClick={() => add(weekday)}
              >
                {t('settings.hours.add')}
                <VisuallyHidden> ({day(weekday)})</VisuallyHidden>
              </Button>
            </fieldset>
          );
        })}
      </div>
      <Button type="submit" disabled={saving}>
        {t('settings.hours.submit')}
      </Button>
    </form>
  );
}
