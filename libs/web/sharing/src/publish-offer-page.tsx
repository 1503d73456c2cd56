import { useMutation, useQuery } from '@apollo/client/react';
import { OFFER_KINDS, SHARING_LIMITS, type FieldProblem } from '@palier/shared';
import {
  OurOfferDocument,
  PartnershipsDocument,
  PublishOfferDocument,
  UpdateOfferDocument,
  type StaffOfferFieldsFragment,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  FormErrorSummary,
  FormFailure,
  StaffFrame,
  useFieldErrorText,
  useFormErrors,
  type FormError,
  StaffArea,
} from '@palier/web-staff';
import {
  Button,
  CheckboxGroup,
  LoadingRegion,
  RadioGroup,
  Skeleton,
  TextArea,
  TextField,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
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

/** The day (YYYY-MM-DD) of a date-time in the community's time zone. */
function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(iso));
}

/**
 * The offer form: publishing a new offer, or changing one of ours (`offer`: its texts, quantity,
 * limit and end; its kind and audience stay). Partners, here and on other servers, see the change.
 */
function OfferForm({
  membership,
  offer,
}: {
  membership: MyMembership;
  offer?: StaffOfferFieldsFragment;
}) {
  const { t } = useTranslation('sharing');
  const fieldText = useFieldErrorText();
  const navigate = useNavigate();
  const { id: communityId, slug, timeZone } = membership.community;
  const partnerships = useQuery(PartnershipsDocument, {
    variables: { communityId },
    skip: !!offer,
  });
  const active = (partnerships.data?.partnerships ?? []).filter((p) => p.status === 'active');
  const [values, setValues] = useState({
    title: offer?.title ?? '',
    description: offer?.description ?? '',
    conditions: offer?.conditions ?? '',
    kind: (offer?.kind ?? 'tickets') as string,
    quantity: String(offer?.quantity ?? 10),
    perMemberLimit: String(offer?.perMemberLimit ?? 2),
    expires: offer ? dayIn(offer.expiresAt, timeZone) : inDays(14),
    audience: 'all',
    partnershipIds: [] as string[],
  });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const form = useFormErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [publish, published] = useMutation(PublishOfferDocument);
  const [update, updated] = useMutation(UpdateOfferDocument);
  const loading = published.loading || updated.loading;

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
    const common = {
      title: values.title,
      description: values.description,
      conditions: values.conditions,
      quantity,
      perMemberLimit: perMember,
      expiresAt: endOfDayIn(values.expires, timeZone),
    };
    try {
      if (offer) {
        await update({ variables: { communityId, offerId: offer.id, input: common } });
        void navigate(`/c/${encodeURIComponent(slug)}/offres/${offer.id}`);
        return;
      }
      const { data } = await publish({
        variables: {
          communityId,
          input: {
            ...common,
            kind: values.kind as (typeof OFFER_KINDS)[number],
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
      title={offer ? t('publish.editTitle') : t('publish.title')}
      lead={<p>{offer ? t('publish.editLead') : t('publish.lead')}</p>}
    >
      {!offer && partnerships.data && active.length === 0 ? (
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
          {!offer && (
            <RadioGroup
              id="offer-kind"
              name="offer-kind"
              legend={t('publish.kind')}
              options={OFFER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={values.kind}
              onChange={(kind) => set({ kind })}
            />
          )}
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
          {!offer && (
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
          )}
          {!offer && values.audience === 'chosen' && (
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
            {offer ? t('publish.save') : t('publish.submit')}
          </Button>
        </form>
      )}
    </StaffFrame>
  );
}

function EditOffer({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const { offerId = '' } = useParams();
  const communityId = membership.community.id;
  const { data, error, refetch } = useQuery(OurOfferDocument, {
    variables: { communityId, offerId },
  });
  if (data) return <OfferForm membership={membership} offer={data.ourOffer.offer} />;
  return (
    <StaffFrame membership={membership} title={t('publish.editTitle')}>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingRegion label={t('publish.editTitle')}>
          <Skeleton lines={5} />
        </LoadingRegion>
      )}
    </StaffFrame>
  );
}

/** `/c/:slug/offres/nouvelle`: the team publishes an offer to all or chosen partners. */
export function PublishOfferPage() {
  return (
    <StaffArea roles={TEAM_ROLES}>
      {(membership) => <OfferForm membership={membership} />}
    </StaffArea>
  );
}

/** `/c/:slug/offres/:offerId/modifier`: the team changes one of its open offers. */
export function EditOfferPage() {
  return (
    <StaffArea roles={TEAM_ROLES}>
      {(membership) => <EditOffer membership={membership} />}
    </StaffArea>
  );
}
