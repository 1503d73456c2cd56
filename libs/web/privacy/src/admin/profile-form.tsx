import { useMutation } from '@apollo/client/react';
import type { FieldProblem } from '@palier/shared';
import {
  PrivacyProfileDocument,
  UpdatePrivacyProfileDocument,
  type PrivacyProfileFieldsFragment,
} from '@palier/web-data-access';
import {
  FormErrorSummary,
  FormFailure,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '@palier/web-staff';
import { Button, TextArea, TextField } from '@palier/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type SubProcessor = PrivacyProfileFieldsFragment['subProcessors'][number];
type Values = Omit<PrivacyProfileFieldsFragment, 'subProcessors'> & {
  subProcessors: SubProcessor[];
};
const TEXT_FIELDS = ['controllerName', 'controllerAddress', 'dpoContact'] as const;
const SUB_FIELDS = ['name', 'purpose', 'location'] as const;
const SUB_LABELS = { name: 'subName', purpose: 'subPurpose', location: 'subLocation' } as const;
const EMPTY_SUB: SubProcessor = { name: '', purpose: '', location: '' };
const ADD_ID = 'privacy-sub-add';

/** The id of the box of an API field name: `subProcessors.0.name` → `privacy-subProcessors-0-name`. */
function idOf(field: string): string {
  return `privacy-${field.replace(/\./g, '-')}`;
}

/** The fields left empty, named as the API names them. */
function emptyFields(values: Values): FieldProblem[] {
  const fields = [
    ...TEXT_FIELDS.filter((field) => !values[field].trim()),
    ...values.subProcessors.flatMap((row, index) =>
      SUB_FIELDS.filter((key) => !row[key].trim()).map((key) => `subProcessors.${index}.${key}`),
    ),
  ];
  return fields.map((field) => ({ field, code: 'required', message: '' }));
}

/** Who is responsible for the data, the contact for questions, and the sub-processors (rows). */
export function ProfileForm({
  communityId,
  profile,
  notify,
}: {
  communityId: string;
  profile: PrivacyProfileFieldsFragment;
  notify: (message: string) => void;
}) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<Values>(() => ({
    ...profile,
    subProcessors: profile.subProcessors.map(({ name, purpose, location }) => ({
      name,
      purpose,
      location,
    })),
  }));
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const rows = values.subProcessors.length;
  const shownRows = useRef(rows);
  const [save, { loading }] = useMutation(UpdatePrivacyProfileDocument, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: PrivacyProfileDocument,
          variables: { communityId },
          data: { privacyProfile: data.updatePrivacyProfile },
        });
    },
  });

  // A row added: start typing in it. A row removed: back to the "add" button.
  useEffect(() => {
    if (rows > shownRows.current)
      document.getElementById(idOf(`subProcessors.${rows - 1}.name`))?.focus();
    else if (rows < shownRows.current) document.getElementById(ADD_ID)?.focus();
    shownRows.current = rows;
  }, [rows]);

  const labelOf = (field: string): string => {
    const [, index, key] = /^subProcessors\.(\d+)\.(name|purpose|location)$/.exec(field) ?? [];
    if (key)
      return `${t(`admin.profile.${SUB_LABELS[key as keyof typeof SUB_LABELS]}`)} (${t(
        'admin.profile.subLegend',
        { number: Number(index) + 1 },
      )})`;
    const text = TEXT_FIELDS.find((name) => name === field) ?? 'controllerName';
    return t(`admin.profile.${text}`);
  };
  const toErrors = (problems: FieldProblem[]): FormError[] =>
    problems.map(({ field, code }) => {
      const id = idOf(field);
      return {
        // A problem with no box of its own (the whole list) leads to the first box.
        fieldId: document.getElementById(id) ? id : idOf('controllerName'),
        message: errorText(code, labelOf(field)),
      };
    });

  const setSub = (index: number, key: keyof SubProcessor, value: string) =>
    setValues({
      ...values,
      subProcessors: values.subProcessors.map((row, i) =>
        i === index ? { ...row, [key]: value } : row,
      ),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const empty = emptyFields(values);
    if (empty.length) {
      form.show(toErrors(empty));
      return;
    }
    form.clear();
    const trim = (text: string) => text.trim();
    try {
      await save({
        variables: {
          communityId,
          input: {
            controllerName: trim(values.controllerName),
            controllerAddress: trim(values.controllerAddress),
            dpoContact: trim(values.dpoContact),
            subProcessors: values.subProcessors.map((row) => ({
              name: trim(row.name),
              purpose: trim(row.purpose),
              location: trim(row.location),
            })),
          },
        },
      });
      notify(t('admin.profile.saved'));
    } catch (error) {
      if (!form.showApiProblems(error, toErrors)) setFailure(error);
    }
  };

  const field = (name: string) => ({
    id: idOf(name),
    error: form.errorOf(idOf(name)),
    errorPrefix: tc('common.errorPrefix'),
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="privacy-profile-form">
      <FormErrorSummary form={form} />
      <FormFailure error={failure} />
      <TextField
        {...field('controllerName')}
        label={t('admin.profile.controllerName')}
        hint={t('admin.profile.controllerNameHint')}
        value={values.controllerName}
        onChange={(event) => setValues({ ...values, controllerName: event.currentTarget.value })}
        maxLength={200}
      />
      <TextArea
        {...field('controllerAddress')}
        label={t('admin.profile.controllerAddress')}
        rows={3}
        value={values.controllerAddress}
        onChange={(event) => setValues({ ...values, controllerAddress: event.currentTarget.value })}
        maxLength={300}
      />
      <TextArea
        {...field('dpoContact')}
        label={t('admin.profile.dpoContact')}
        hint={t('admin.profile.dpoContactHint')}
        rows={3}
        value={values.dpoContact}
        onChange={(event) => setValues({ ...values, dpoContact: event.currentTarget.value })}
        maxLength={300}
      />
      <h3>{t('admin.profile.subTitle')}</h3>
      <p className="muted">{t('admin.profile.subIntro')}</p>
      {rows === 0 && <p data-testid="sub-processors-none">{t('admin.profile.subNone')}</p>}
      {values.subProcessors.map((row, index) => {
        const number = index + 1;
        return (
          <fieldset key={index} className="pal-fieldset privacy-row">
            <legend className="pal-fieldset__legend">
              {t('admin.profile.subLegend', { number })}
            </legend>
            {SUB_FIELDS.map((key) => (
              <TextField
                key={key}
                {...field(`subProcessors.${index}.${key}`)}
                label={t(`admin.profile.${SUB_LABELS[key]}`)}
                hint={key === 'location' ? t('admin.profile.subLocationHint') : undefined}
                value={row[key]}
                onChange={(event) => setSub(index, key, event.currentTarget.value)}
                maxLength={200}
              />
            ))}
            <Button
              variant="secondary"
              icon="trash"
              onClick={() =>
                setValues({
                  ...values,
                  subProcessors: values.subProcessors.filter((_, i) => i !== index),
                })
              }
            >
              {t('admin.profile.subRemove', { number })}
            </Button>
          </fieldset>
        );
      })}
      <p>
        <Button
          id={ADD_ID}
          variant="secondary"
          icon="plus"
          onClick={() =>
            setValues({ ...values, subProcessors: [...values.subProcessors, { ...EMPTY_SUB }] })
          }
        >
          {t('admin.profile.subAdd')}
        </Button>
      </p>
      <Button type="submit" disabled={loading}>
        {t('admin.profile.submit')}
      </Button>
    </form>
  );
}
