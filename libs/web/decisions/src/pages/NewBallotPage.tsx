import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ballotSettingsProblems, MAJORITY_RULES, type MajorityRule, VOTING_UNITS, type VotingUnit } from '@pakt/domain';
import {
  CheckboxGroup,
  ErrorAlert,
  ErrorSummary,
  type FieldProblem,
  LoadingStatus,
  NotFound,
  PageTitle,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '@pakt/web-ui';
import { managesBallots } from '../access';
import { ballotProblem } from '../components/problem';
import { CreateBallotMutation } from '../graphql/mutations';
import { BodyBallotsQuery } from '../graphql/queries';
import { useDecisionsMessages } from '../messages';
import { ballotPath, bodyBallotsPath } from '../paths';

type Field = 'title' | 'motionText' | 'options' | 'votingUnit' | 'majority' | 'quorumPercent' | 'maxDelegations' | 'settings';
const FIELD_IDS: Record<Field, string> = {
  title: 'ballot-title',
  motionText: 'ballot-motion',
  options: 'ballot-options',
  votingUnit: 'ballot-voting-unit',
  majority: 'ballot-majority',
  quorumPercent: 'ballot-quorum',
  maxDelegations: 'ballot-max-delegations',
  settings: 'ballot-settings',
};
// The api's and libs/domain's field names, and where each problem shows in this form.
const API_FIELDS: Record<string, Field> = {
  title: 'title',
  motionText: 'motionText',
  options: 'options',
  votingUnit: 'votingUnit',
  majority: 'majority',
  quorumPercent: 'quorumPercent',
  maxDelegations: 'maxDelegations',
  secret: 'settings',
  voteChangesAllowed: 'settings',
  doubleMajority: 'settings',
};

interface Draft {
  title: string;
  motionText: string;
  named: boolean;
  options: string;
  votingUnit: VotingUnit;
  majority: MajorityRule;
  quorumPercent: string;
  maxDelegations: string;
  settings: string[];
}

const START: Draft = {
  title: '',
  motionText: '',
  named: false,
  options: '',
  votingUnit: 'PERSON',
  majority: 'SIMPLE',
  quorumPercent: '0',
  maxDelegations: '1',
  settings: [],
};

function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** /alliances/:slug/bodies/:bodyId/ballots/new — the chair, deputy or secretariat prepares a ballot (a DRAFT) of the body. */
export function NewBallotPage() {
  const { slug = '', bodyId = '' } = useParams();
  const { t } = useDecisionsMessages();
  const navigate = useNavigate();
  const [{ data, error }, reexecute] = useQuery({ query: BodyBallotsQuery, variables: { slug, bodyId } });
  const [, create] = useMutation(CreateBallotMutation);
  const [draft, setDraft] = useState<Draft>(START);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const body = alliance?.bodies.find((candidate) => candidate.id === bodyId);
  if (!alliance || !body) return <NotFound />;
  const manages = managesBallots(data.viewer, body.id, alliance.viewerPermissions);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const messageFor = (field: Field): string => {
    switch (field) {
      case 'title':
        return t('form.required', { label: t('form.titleField') });
      case 'options':
        return t('form.tooFewOptions');
      case 'quorumPercent':
        return t('form.quorumRange');
      case 'maxDelegations':
        return t('form.maxDelegationsRange');
      case 'settings':
        return draft.settings.includes('doubleMajority') && draft.votingUnit !== 'ORGANISATION'
          ? t('form.doubleMajorityNeedsOrganisations')
          : t('form.secretNoChange');
      case 'votingUnit':
        return t('form.nobodyEligible');
      default:
        return t('form.failed');
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const options = draft.named ? draft.options.split('\n').map((option) => option.trim()).filter((option) => option !== '') : [];
    const settings = {
      options,
      majority: draft.majority,
      quorumPercent: wholeNumber(draft.quorumPercent),
      doubleMajority: draft.settings.includes('doubleMajority'),
      votingUnit: draft.votingUnit,
      secret: draft.settings.includes('secret'),
      voteChangesAllowed: draft.settings.includes('voteChangesAllowed'),
      maxDelegations: draft.votingUnit === 'ORGANISATION' ? 0 : wholeNumber(draft.maxDelegations),
      weights: [],
    };
    // The same rules the api applies (libs/domain), checked here first so the form answers at once.
    const found: Partial<Record<Field, string>> = {};
    if (draft.title.trim() === '') found.title = messageFor('title');
    if (draft.named && options.length < 2) found.options = messageFor('options');
    for (const name of Object.keys(ballotSettingsProblems(settings))) {
      const field = API_FIELDS[name];
      if (field) found[field] = messageFor(field);
    }
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    const result = await create({
      input: { bodyId: body.id, subjectType: 'MOTION', title: draft.title.trim(), motionText: draft.motionText.trim() || null, ...settings },
    });
    setBusy(false);
    const created = result.data?.createBallot;
    if (created) {
      void navigate(ballotPath(alliance.slug, created.id));
      return;
    }
    if (result.error) {
      const problem = ballotProblem(result.error);
      if (problem.kind === 'refused' && Object.keys(problem.fields).length > 0) {
        const refused: Partial<Record<Field, string>> = {};
        for (const [name, message] of Object.entries(problem.fields)) refused[API_FIELDS[name] ?? 'settings'] = API_FIELDS[name] ? messageFor(API_FIELDS[name]) : message;
        setProblems(refused);
      } else {
        setFailure(problem.kind === 'forbidden' ? t('form.notAllowed') : t('form.failed'));
      }
      setAttempt((count) => count + 1);
    }
  };

  const fieldProblems: FieldProblem[] = (Object.keys(FIELD_IDS) as Field[]).flatMap((field) => {
    const message = problems[field];
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });
  const title = t('form.title');

  return (
    <>
      <PageTitle title={title} />
      <Link to={bodyBallotsPath(alliance.slug, body.id)} className="back-link">
        {t('common.toBody', { name: body.name })}
      </Link>
      <h1>{title}</h1>
      {!manages ? (
        <p>{t('form.notAllowed')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <p className="lead">{t('form.intro')}</p>
          {(fieldProblems.length > 0 || failure) && (
            <ErrorSummary title={t('form.errorSummary')} fields={fieldProblems} attempt={attempt}>
              {failure && <p>{failure}</p>}
            </ErrorSummary>
          )}
          <TextField
            id={FIELD_IDS.title}
            label={t('form.titleField')}
            hint={t('form.titleHint')}
            autoComplete="off"
            value={draft.title}
            onChange={(value) => set('title', value)}
            error={problems.title ?? null}
          />
          <TextAreaField
            id={FIELD_IDS.motionText}
            label={t('form.motion')}
            hint={t('form.motionHint')}
            value={draft.motionText}
            onChange={(value) => set('motionText', value)}
            error={problems.motionText ?? null}
            rows={5}
          />
          <RadioGroup
            id="ballot-options-kind"
            legend={t('form.optionsKind')}
            options={[
              { value: 'yes-no', label: t('form.yesNo') },
              { value: 'named', label: t('form.named') },
            ]}
            value={draft.named ? 'named' : 'yes-no'}
            onChange={(value) => set('named', value === 'named')}
            error={null}
          />
          {draft.named && (
            <TextAreaField
              id={FIELD_IDS.options}
              label={t('form.options')}
              hint={t('form.optionsHint')}
              value={draft.options}
              onChange={(value) => set('options', value)}
              error={problems.options ?? null}
            />
          )}
          <SelectField
            id={FIELD_IDS.votingUnit}
            label={t('form.votingUnit')}
            value={draft.votingUnit}
            options={VOTING_UNITS.map((unit) => ({ value: unit, label: t(`votingUnit.${unit}`) }))}
            onChange={(value) => set('votingUnit', value as VotingUnit)}
            error={problems.votingUnit ?? null}
          />
          <RadioGroup
            id={FIELD_IDS.majority}
            legend={t('form.majority')}
            options={MAJORITY_RULES.map((rule) => ({ value: rule, label: `${t(`majority.${rule}`)}: ${t(`majorityHint.${rule}`)}` }))}
            value={draft.majority}
            onChange={(value) => set('majority', value as MajorityRule)}
            error={problems.majority ?? null}
          />
          <TextField
            id={FIELD_IDS.quorumPercent}
            label={t('form.quorum')}
            hint={t('form.quorumHint')}
            autoComplete="off"
            value={draft.quorumPercent}
            onChange={(value) => set('quorumPercent', value)}
            error={problems.quorumPercent ?? null}
          />
          {draft.votingUnit === 'PERSON' && (
            <TextField
              id={FIELD_IDS.maxDelegations}
              label={t('form.maxDelegations')}
              hint={t('form.maxDelegationsHint')}
              autoComplete="off"
              value={draft.maxDelegations}
              onChange={(value) => set('maxDelegations', value)}
              error={problems.maxDelegations ?? null}
            />
          )}
          <CheckboxGroup
            id={FIELD_IDS.settings}
            legend={t('form.settings')}
            options={[
              { value: 'secret', label: t('form.secret') },
              { value: 'voteChangesAllowed', label: t('form.voteChange') },
              { value: 'doubleMajority', label: t('form.doubleMajority') },
            ]}
            selected={draft.settings}
            onChange={(selected) => set('settings', selected)}
            hint={t('form.doubleMajorityHint')}
            error={problems.settings ?? null}
          />
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {busy ? t('form.saving') : t('form.submit')}
          </button>
        </form>
      )}
    </>
  );
}
