import { useMutation } from '@apollo/client/react';
import {
  fieldProblemsOf,
  MyPrivacyRequestsDocument,
  RequestAccountDeletionDocument,
  type PrivacyRequestFieldsFragment,
} from '@palier/web-data-access';
import {
  BackButton,
  BackLink,
  check,
  FailureAlert,
  FormErrors,
  PasswordInput,
  required,
  useFocusOnNewScreen,
  useForm,
} from '@palier/web-identity';
import { CONTENT_LANG, useDocumentTitle, useMe } from '@palier/web-session';
import { Button, ButtonLink, Card, Icon, Link, PageLayout, StepCounter } from '@palier/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { NotYet } from '../common/not-yet';
import { ErasureNotice, KeptNotice, useErasureDate } from '../my-data/erasure-notice';
import { plannedErasure } from '../my-data/requests';
import { useMyRequests } from '../my-data/use-my-requests';

const STEPS = ['explain', 'confirm'] as const;
type Step = (typeof STEPS)[number];
const TITLES = { explain: 'delete.title', confirm: 'delete.confirmTitle' } as const;

/** Step 1: what is erased, what stays without the name, how to change one's mind. */
function Explain({ onContinue }: { onContinue: () => void }) {
  const { t } = useTranslation('privacy');
  const { me } = useMe();
  const centres = me?.memberships ?? [];
  return (
    <PageLayout title={t('delete.title')} lead={<p>{t('delete.explainLead')}</p>}>
      <div className="privacy-measure">
        <section aria-labelledby="erased-title">
          <h2 id="erased-title">{t('delete.erasedTitle')}</h2>
          <ul>
            <li>{t('delete.erasedAccount')}</li>
            <li>{t('delete.erasedCommunities')}</li>
            <li>{t('delete.erasedHousehold')}</li>
          </ul>
        </section>
        <section aria-labelledby="kept-title">
          <h2 id="kept-title">{t('delete.keptTitle')}</h2>
          <ul>
            <li>{t('delete.keptWritings')}</li>
            <li>{t('delete.keptHousehold')}</li>
            <li>{t('delete.keptTrace')}</li>
          </ul>
          {centres.length > 0 && (
            <ul className="link-list">
              {centres.map(({ community }) => (
                <li key={community.id}>
                  <Link
                    to={`/c/${encodeURIComponent(community.slug)}/confidentialite`}
                    icon="shield"
                  >
                    <Trans
                      t={t}
                      i18nKey="delete.keptCentre"
                      values={{ name: community.name }}
                      components={{ name: <bdi lang={CONTENT_LANG} /> }}
                    />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="grace-title">
          <h2 id="grace-title">{t('delete.graceTitle')}</h2>
          <p>{t('delete.graceText')}</p>
        </section>
        <Card as="section" aria-labelledby="copy-first-title" className="privacy-note">
          <h2 id="copy-first-title">{t('delete.copyTitle')}</h2>
          <p>{t('delete.copyText')}</p>
          <Link to="/compte/donnees" icon="inbox">
            {t('delete.copyLink')}
          </Link>
        </Card>
        <div className="privacy-actions">
          <Button icon="arrow-forward" onClick={onContinue} data-testid="delete-continue">
            {t('delete.continue')}
          </Button>
        </div>
      </div>
    </PageLayout>
  );
}

/** Step 2: the password again, then the one button that asks for the deletion. */
function Confirm({
  password,
  onPassword,
  onDone,
}: {
  password: string;
  onPassword: (value: string) => void;
  onDone: (request: PrivacyRequestFieldsFragment) => void;
}) {
  const { t } = useTranslation('privacy');
  const form = useForm('delete-account', ['currentPassword']);
  const [requestDeletion] = useMutation(RequestAccountDeletionDocument, {
    refetchQueries: [MyPrivacyRequestsDocument],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let planned: PrivacyRequestFieldsFragment | undefined;
    const done = await form.submit(
      check({ currentPassword: password }, { currentPassword: required }),
      async () => {
        const { data } = await requestDeletion({ variables: { password } });
        planned = data?.requestAccountDeletion;
      },
      // A wrong password comes back on `password`: this form's field says it in its own words.
      {
        problemsOf: (error) =>
          fieldProblemsOf(error).some((p) => p.field === 'password')
            ? { currentPassword: 'invalid_format' }
            : undefined,
      },
    );
    if (done && planned) onDone(planned);
  };

  return (
    <PageLayout title={t('delete.confirmTitle')} lead={<p>{t('delete.confirmLead')}</p>}>
      <form noValidate onSubmit={(event) => void submit(event)} className="privacy-measure">
        <FormErrors form={form} />
        <FailureAlert error={form.failure} />
        <PasswordInput
          {...form.field('currentPassword')}
          label={t('delete.password')}
          hint={t('delete.passwordHint')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => onPassword(event.currentTarget.value)}
        />
        <div className="privacy-actions">
          <Button type="submit" icon="trash" disabled={form.busy} data-testid="delete-submit">
            {t('delete.submit')}
          </Button>
        </div>
      </form>
    </PageLayout>
  );
}

/** The end: the date, and that the person can still change their mind until then. */
function Done({ request }: { request: PrivacyRequestFieldsFragment }) {
  const { t } = useTranslation('privacy');
  const date = useErasureDate(request);
  return (
    <PageLayout
      title={
        <span className="privacy-title-icon">
          <Icon name="check" />
          <span>{t('delete.doneTitle')}</span>
        </span>
      }
    >
      <div className="privacy-measure" data-testid="deletion-requested">
        <p>
          <strong>{t('delete.doneDate', { date })}</strong>
        </p>
        <p>{t('delete.doneText')}</p>
        <ButtonLink to="/compte/donnees" icon="arrow-forward" iconAfter>
          {t('delete.doneLink')}
        </ButtonLink>
      </div>
    </PageLayout>
  );
}

/**
 * `/compte/supprimer`: deleting my account, one screen a step — what will happen, then my
 * password — and the date it will be done. "Retour" keeps the password typed. When a deletion is
 * already planned, the page says so, with "Garder mon compte".
 */
export function DeleteAccountPage() {
  const { t } = useTranslation('privacy');
  const { requests, error, refetch } = useMyRequests();
  const [index, setIndex] = useState(0);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<PrivacyRequestFieldsFragment | null>(null);
  const [kept, setKept] = useState(false);
  const step: Step = STEPS[index] ?? 'explain';
  const planned = requests && plannedErasure(requests);

  useDocumentTitle(
    done
      ? t('delete.doneTitle')
      : planned
        ? t('delete.alreadyTitle')
        : t('delete.documentTitle', {
            step: t(TITLES[step]),
            current: index + 1,
            total: STEPS.length,
          }),
  );

  // A new step is a new screen: read it from the top.
  useFocusOnNewScreen(done ? 'done' : index);

  let content: ReactNode;
  if (done) {
    content = <Done request={done} />;
  } else if (!requests) {
    content = (
      <PageLayout title={t('delete.title')}>
        <NotYet error={error} retry={refetch} />
      </PageLayout>
    );
  } else if (planned) {
    content = (
      <>
        <BackLink to="/compte/donnees">{t('delete.back')}</BackLink>
        <PageLayout title={t('delete.alreadyTitle')}>
          <ErasureNotice request={planned} onKept={() => setKept(true)} />
        </PageLayout>
      </>
    );
  } else {
    content = (
      <>
        {step === 'explain' ? (
          <BackLink to="/compte/donnees">{t('delete.back')}</BackLink>
        ) : (
          <BackButton onClick={() => setIndex(0)} />
        )}
        {kept && <KeptNotice />}
        <StepCounter current={index + 1} total={STEPS.length}>
          {t('delete.stepCounter', { current: index + 1, total: STEPS.length })}
        </StepCounter>
        {step === 'explain' ? (
          <Explain onContinue={() => setIndex(1)} />
        ) : (
          <Confirm password={password} onPassword={setPassword} onDone={setDone} />
        )}
      </>
    );
  }
  return (
    <div className="page" data-testid="delete-account-page">
      {content}
    </div>
  );
}
