import { useMutation, useQuery } from '@apollo/client/react';
import { OFFER_KINDS, SHARING_LIMITS, type FieldProblem } from '@palier/shared';
import { PartnershipsDocument, PublishOfferDocument } from '@palier/web-data-access';
import type { MyMembership } from '@palier/web-session';
import {
  FormErrorSummary,
  FormFailure,
  StaffFrame,
  useFieldErrorText,
  useFormErrors,
  type FormError,
  StaffArea,
} from '@palier/web-staff';
import { Button, CheckboxGroup, RadioGroup, TextArea, TextField } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { endOfDayIn } from './offer-parts';
import { TEAM_ROLES } from './sharing-frame';

const FIELDS = {
  title: ['offer-title', 'publish.titleLabel'],
  description: ['offer-description', 'publish.description'],
  conditions: ['offer-conditions', 'publish.conditions'],
  kind: ['offer-kind', 'publish.kind'],
  quantity: ['offer-quantity', 'publish.quantity'],
  perMemberLimit: ['offer-per-member', 'publish.perMember'],
  expiresAt: ['offer-expires', 'publish.expires'],
  partnershipIds: ['offer-partners', 'publish.partners'],
} as const;
type Field = keyof typeof FIELDS;

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function PublishOffer({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const fieldText = useFieldErrorText();
  const navigate = useNavigate();
  const { id: communityId, slug, timeZone } = membership.community;
  const partnerships = useQuery(PartnershipsDocument, { variables: { communityId } });
  const active = (partnerships.data?.partnerships ?? []).filter((p) => p.status === 'active');
  const [values, setValues] = useState({
    title: '',
    description: '',
    conditions: '',
    kind: 'tickets',
    quantity: '10',
    perMemberLimit: '2',
    expires: inDays(14),
    audience: 'all',
    partnershipIds: [] as string[],
  });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const form = useFormErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [publish, { loading }] = useMutation(PublishOfferDocument);

  const toErrors = (problems: FieldProblem[]): FormError[] =>
    problems.map((p) => {
      const field = (p.field in FIELDS ? p.field : 'title') as Field;
      const [fieldId, label] = FIELDS[field];
      return { fieldId, message: fieldText(p.code, t(label)) };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const problems: FieldProblem[] = [];
    const need = (field: Field, ok: boolean, code = 'required') => {
      if (!ok) problems.push({ field, code, message: '' });
    };
    const quantity = Number(values.quantity);
    const perMember = Number(values.perMemberLimit);
    need('title', values.title.trim().length > 0);
    need('quantity', Number.isInteger(quantity) && quantity >= 1, 'out_of_range');
    need(
      'perMemberLimit',
      Number.isInteger(perMember) && perMember >= 1 && perMember <= quantity,
      'out_of_range',
    );
    need('expiresAt', /^\d{4}-\d{2}-\d{2}$/.test(values.expires));
    if (values.audience === 'chosen') need('partnershipIds', values.partnershipIds.length > 0);
    if (problems.length) {
      form.show(toErrors(problems));
      return;
    }
    form.clear();
    try {
      const { data } = await publish({
        variables: {
          communityId,
          input: {
            title: values.title,
            description: values.description,
            conditions: values.conditions,
            kind: values.kind as (typeof OFFER_KINDS)[number],
            quantity,
            perMemberLimit: perMember,
            expiresAt: endOfDayIn(values.expires, timeZone),
            partnershipIds: values.audience === 'chosen' ? values.partnershipIds : null,
          },
        },
      });
      if (data) void navigate(`/c/${encodeURIComponent(slug)}/offres/${data.publishOffer.id}`);
    } catch (error) {
      if (!form.showApiProblems(error, toErrors)) setFailure(error);
    }
  };

  return (
    <StaffFrame
      membership={membership}
      title={t('publish.title')}
      lead={<p>{t('publish.lead')}</p>}
    >
      {partnerships.data && active.length === 0 ? (
        <p data-testid="no-partner">{t('publish.noPartner')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          className="sharing-form"
          data-testid="publish-form"
        >
          <FormErrorSummary form={form} />
          <FormFailure error={failure} />
          <TextField
            id="offer-title"
            label={t('publish.titleLabel')}
            hint={t('publish.titleHint')}
            maxLength={SHARING_LIMITS.titleMax}
            value={values.title}
            error={form.errorOf('offer-title')}
            onChange={(e) => set({ title: e.target.value })}
          />
          <RadioGroup
            id="offer-kind"
            name="offer-kind"
            legend={t('publish.kind')}
            options={OFFER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={values.kind}
            onChange={(kind) => set({ kind })}
          />
          <TextArea
            id="offer-description"
            label={t('publish.description')}
            maxLength={SHARING_LIMITS.descriptionMax}
            value={values.description}
            error={form.errorOf('offer-description')}
            onChange={(e) => set({ description: e.target.value })}
          />
          <TextArea
            id="offer-conditions"
            label={t('publish.conditions')}
            hint={t('publish.conditionsHint')}
            maxLength={SHARING_LIMITS.conditionsMax}
            value={values.conditions}
            error={form.errorOf('offer-conditions')}
            onChange={(e) => set({ conditions: e.target.value })}
          />
          <TextField
            id="offer-quantity"
            label={t('publish.quantity')}
            type="number"
            inputMode="numeric"
            min={1}
            width="short"
            value={values.quantity}
            error={form.errorOf('offer-quantity')}
            onChange={(e) => set({ quantity: e.target.value })}
          />
          <TextField
            id="offer-per-member"
            label={t('publish.perMember')}
            type="number"
            inputMode="numeric"
            min={1}
            width="short"
            value={values.perMemberLimit}
            error={form.errorOf('offer-per-member')}
            onChange={(e) => set({ perMemberLimit: e.target.value })}
          />
          <TextField
            id="offer-expires"
            label={t('publish.expires')}
            hint={t('publish.expiresHint')}
            type="date"
            width="short"
            value={values.expires}
            error={form.errorOf('offer-expires')}
            onChange={(e) => set({ expires: e.target.value })}
          />
          <RadioGroup
            id="offer-audience"
            name="offer-audience"
            legend={t('publish.audience')}
            options={[
              { value: 'all', label: t('publish.audienceAll') },
              { value: 'chosen', label: t('publish.audienceChosen') },
            ]}
            value={values.audience}
            onChange={(audience) => set({ audience })}
          />
          {values.audience === 'chosen' && (
            <CheckboxGroup
              id="offer-partners"
              name="offer-partners"
              legend={t('publish.partners')}
              error={form.errorOf('offer-partners')}
              options={active.map((p) => ({ value: p.id, label: p.partner.name }))}
              value={values.partnershipIds}
              onChange={(partnershipIds) => set({ partnershipIds })}
            />
          )}
          <Button type="submit" icon="check" disabled={loading}>
            {t('publish.submit')}
          </Button>
        </form>
      )}
    </StaffFrame>
  );
}

/** `/c/:slug/offres/nouvelle`: the team publishes an offer to all or chosen partners. */
export function PublishOfferPage() {
  return (
    <StaffArea roles={TEAM_ROLES}>
      {(membership) => <PublishOffer membership={membership} />}
    </StaffArea>
  );
}
