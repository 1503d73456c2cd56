import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreatePollDocument,
  PollsDocument,
  PollSettingsDocument,
  type PollKind,
  type PollResultsVisibility,
  type PollVoters,
} from '@palier/web-data-access';
import { RequireRole, type MyMembership } from '@palier/web-session';
import {
  FormErrorSummary,
  FormFailure,
  useFieldErrorText,
  useFormErrors,
  type FormError,
} from '@palier/web-staff';
import { Alert, Button, CheckboxGroup, RadioGroup, TextArea, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { OptionPhotoField, type OptionPhoto } from './option-photo-field';
import { PollFrame, TEAM_ROLES } from './poll-frame';

const KINDS: PollKind[] = ['single', 'multiple', 'date', 'ranked'];
export const VISIBILITY: [
  PollResultsVisibility,
  'create.visibilityAlways' | 'create.visibilityAfterVote' | 'create.visibilityAfterClose',
][] = [
  ['always', 'create.visibilityAlways'],
  ['after_vote', 'create.visibilityAfterVote'],
  ['after_close', 'create.visibilityAfterClose'],
];

interface OptionDraft {
  label: string;
  startsAt: string;
  photo: OptionPhoto | null;
  photoAlt: string;
}

const empty = (): OptionDraft => ({ label: '', startsAt: '', photo: null, photoAlt: '' });

const OPTION_FIELDS: Record<string, string> = {
  label: '',
  startsAt: '-date',
  photoAlt: '-alt',
  photoId: '-photo',
};

function CreatePoll({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('polls');
  const navigate = useNavigate();
  const form = useFormErrors();
  const fieldText = useFieldErrorText();
  const { id: communityId, slug } = membership.community;
  const [kind, setKind] = useState<PollKind>('single');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [options, setOptions] = useState<OptionDraft[]>([empty(), empty()]);
  const [minChoices, setMinChoices] = useState('1');
  const [maxChoices, setMaxChoices] = useState('2');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [settings, setSettings] = useState<string[]>(['changeable']);
  const [voters, setVoters] = useState<PollVoters>('members');
  const [visibility, setVisibility] = useState<PollResultsVisibility>('always');
  const [failure, setFailure] = useState<unknown>(null);
  const [create, creating] = useMutation(CreatePollDocument, {
    refetchQueries: [{ query: PollsDocument, variables: { communityId } }],
  });
  const isDate = kind === 'date';
  const anonymous = settings.includes('anonymous');

  const labels: Record<string, string> = {
    'poll-title': t('create.question'),
    'poll-closes': t('create.closesAt'),
    'poll-opens': t('create.opensAt'),
    'poll-min': t('create.minChoices'),
    'poll-max': t('create.maxChoices'),
    'poll-description': t('create.description'),
  };
  const fieldIdOf = (field: string): string => {
    const option = /^options\.(\d+)\.(label|startsAt|photoAlt|photoId)$/.exec(field);
    if (option) return `poll-option-${option[1]}${OPTION_FIELDS[option[2]]}`;
    return (
      {
        title: 'poll-title',
        closesAt: 'poll-closes',
        opensAt: 'poll-opens',
        minChoices: 'poll-min',
        maxChoices: 'poll-max',
        description: 'poll-description',
      }[field] ?? 'poll-title'
    );
  };
  const labelOf = (fieldId: string) => {
    const option = /^poll-option-(\d+)(-date|-alt|-photo)?$/.exec(fieldId);
    if (option) {
      const number = Number(option[1]) + 1;
      if (option[2] === '-alt') return t('create.photoAlt', { number });
      if (option[2] === '-photo') return t('create.photo', { number });
      return t(option[2] ? 'create.optionDate' : 'create.option', { number });
    }
    return labels[fieldId] ?? '';
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const problems: FormError[] = [];
    if (!title.trim())
      problems.push({
        fieldId: 'poll-title',
        message: fieldText('required', labelOf('poll-title')),
      });
    options.forEach((o, i) => {
      const fieldId = `poll-option-${i}${isDate ? '-date' : ''}`;
      if (isDate ? !o.startsAt : !o.label.trim())
        problems.push({ fieldId, message: fieldText('required', labelOf(fieldId)) });
      if (o.photo && !o.photoAlt.trim())
        problems.push({
          fieldId: `poll-option-${i}-alt`,
          message: t('create.photoAltRequired', { number: i + 1 }),
        });
    });
    if (!closesAt)
      problems.push({
        fieldId: 'poll-closes',
        message: fieldText('required', labelOf('poll-closes')),
      });
    if (problems.length) return form.show(problems);
    form.clear();
    try {
      const res = await create({
        variables: {
          communityId,
          input: {
            kind,
            title,
            description,
            options: options.map((o) => ({
              label: o.label,
              startsAt: isDate ? o.startsAt : null,
              photoId: o.photo?.id ?? null,
              photoAlt: o.photo ? o.photoAlt : '',
            })),
            opensAt: opensAt || null,
            closesAt,
            anonymous,
            voters,
            resultsVisibility: visibility,
            ballotsChangeable: !anonymous && settings.includes('changeable'),
            minChoices: kind === 'multiple' ? Number(minChoices) : null,
            maxChoices: kind === 'multiple' ? Number(maxChoices) : null,
          },
        },
      });
      const id = res.data?.createPoll.id;
      if (id) void navigate(`/c/${encodeURIComponent(slug)}/sondages/${id}`);
    } catch (error) {
      const shown = form.showApiProblems(error, (fields) =>
        fields.map((f) => {
          const fieldId = fieldIdOf(f.field);
          return { fieldId, message: fieldText(f.code, labelOf(fieldId)) };
        }),
      );
      if (!shown) setFailure(error);
    }
  };

  const setOption = (index: number, change: Partial<OptionDraft>) =>
    setOptions(options.map((o, i) => (i === index ? { ...o, ...change } : o)));

  return (
    <PollFrame title={t('create.title')}>
      <FormErrorSummary form={form} />
      <FormFailure error={failure} />
      <form onSubmit={(e) => void submit(e)} noValidate className="poll-create">
        <RadioGroup
          id="poll-kind"
          name="kind"
          legend={t('create.kind')}
          options={KINDS.map((k) => ({
            value: k,
            label: t(`kind.${k}`),
            hint: t(`create.kindHint.${k}`),
          }))}
          value={kind}
          onChange={(value) => setKind(value as PollKind)}
        />
        <TextField
          id="poll-title"
          label={t('create.question')}
          value={title}
          error={form.errorOf('poll-title')}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={160}
        />
        <TextArea
          id="poll-description"
          label={t('create.description')}
          value={description}
          error={form.errorOf('poll-description')}
          onChange={(e) => setDescription(e.currentTarget.value)}
          rows={3}
        />
        <fieldset className="pal-field pal-fieldset">
          <legend className="pal-fieldset__legend">
            {isDate ? t('create.dates') : t('create.options')}
          </legend>
          <ol className="poll-create__options">
            {options.map((o, i) => (
              <li key={i} className="poll-create__option">
                {isDate && (
                  <TextField
                    id={`poll-option-${i}-date`}
                    type="datetime-local"
                    label={t('create.optionDate', { number: i + 1 })}
                    hint={i === 0 ? t('create.timeZoneHint') : undefined}
                    value={o.startsAt}
                    error={form.errorOf(`poll-option-${i}-date`)}
                    onChange={(e) => setOption(i, { startsAt: e.currentTarget.value })}
                  />
                )}
                <TextField
                  id={`poll-option-${i}`}
                  label={t(isDate ? 'create.optionNote' : 'create.option', { number: i + 1 })}
                  value={o.label}
                  error={form.errorOf(`poll-option-${i}`)}
                  onChange={(e) => setOption(i, { label: e.currentTarget.value })}
                  maxLength={200}
                />
                {!isDate && (
                  <OptionPhotoField
                    id={`poll-option-${i}`}
                    number={i + 1}
                    communityId={communityId}
                    photo={o.photo}
                    alt={o.photoAlt}
                    altError={form.errorOf(`poll-option-${i}-alt`)}
                    onChange={(photo, photoAlt) => setOption(i, { photo, photoAlt })}
                  />
                )}
                {options.length > 2 && (
                  <Button
                    variant="secondary"
                    icon="trash"
                    onClick={() => setOptions(options.filter((_, j) => j !== i))}
                  >
                    {t('create.removeOption', { number: i + 1 })}
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {options.length < 30 && (
            <Button
              variant="secondary"
              icon="plus"
              onClick={() => setOptions([...options, empty()])}
            >
              {isDate ? t('create.addDate') : t('create.addOption')}
            </Button>
          )}
        </fieldset>
        {kind === 'multiple' && (
          <div className="poll-create__row">
            {(
              [
                ['poll-min', t('create.minChoices'), minChoices, setMinChoices],
                ['poll-max', t('create.maxChoices'), maxChoices, setMaxChoices],
              ] as const
            ).map(([fieldId, label, value, set]) => (
              <TextField
                key={fieldId}
                id={fieldId}
                type="number"
                inputMode="numeric"
                width="short"
                min={1}
                label={label}
                value={value}
                error={form.errorOf(fieldId)}
                onChange={(e) => set(e.currentTarget.value)}
              />
            ))}
          </div>
        )}
        {(
          [
            ['poll-opens', t('create.opensAt'), opensAt, setOpensAt],
            ['poll-closes', t('create.closesAt'), closesAt, setClosesAt],
          ] as const
        ).map(([fieldId, label, value, set]) => (
          <TextField
            key={fieldId}
            id={fieldId}
            type="datetime-local"
            label={label}
            hint={t('create.timeZoneHint')}
            value={value}
            error={form.errorOf(fieldId)}
            onChange={(e) => set(e.currentTarget.value)}
          />
        ))}
        <RadioGroup
          id="poll-voters"
          name="voters"
          legend={t('create.voters')}
          options={[
            { value: 'members', label: t('create.votersMembers') },
            { value: 'households', label: t('create.votersHouseholds') },
          ]}
          value={voters}
          onChange={(value) => setVoters(value as PollVoters)}
        />
        <RadioGroup
          id="poll-visibility"
          name="visibility"
          legend={t('create.visibility')}
          options={VISIBILITY.map(([value, key]) => ({
            value,
            label: t(key),
          }))}
          value={visibility}
          onChange={(value) => setVisibility(value as PollResultsVisibility)}
        />
        <CheckboxGroup
          id="poll-settings"
          name="settings"
          legend={t('create.settings')}
          options={[
            { value: 'anonymous', label: t('create.anonymous'), hint: t('create.anonymousHint') },
            ...(anonymous ? [] : [{ value: 'changeable', label: t('create.changeable') }]),
          ]}
          value={settings}
          onChange={setSettings}
        />
        <Button type="submit" icon="check" disabled={creating.loading}>
          {t('create.submit')}
        </Button>
      </form>
    </PollFrame>
  );
}

/** The team always; residents where the community lets them create polls. */
function MayCreate({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('polls');
  const settings = useQuery(PollSettingsDocument, {
    variables: { communityId: membership.community.id },
    skip: TEAM_ROLES.includes(membership.role),
  });
  if (TEAM_ROLES.includes(membership.role) || settings.data?.pollSettings.residentsMayCreate)
    return <CreatePoll membership={membership} />;
  if (!settings.data) return null;
  return (
    <PollFrame title={t('create.title')}>
      <Alert tone="info" title={t('create.notAllowed')} />
    </PollFrame>
  );
}

/** `/c/:slug/sondages/nouveau`: the team (or a resident, where allowed) creates a poll. */
export function CreatePollPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug}>{(membership) => <MayCreate membership={membership} />}</RequireRole>
  );
}
