import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalOf } from '@pakt/web-data';
import { ErrorAlert, ErrorSummary, LoadingStatus, NotFound, PageTitle, SelectField, TextField, useFormat } from '@pakt/web-ui';
import { problemText } from '../components/ActionButton';
import { CreateDeclarationMutation } from '../graphql/mutations';
import { DeclarationListQuery, DeclarationsQuery } from '../graphql/queries';
import { useDeclarationMessages } from '../messages';
import { declarationPath } from '../paths';
import type { ReaderNotice } from './DeclarationPage';

/** /alliances/:slug/declarations — the alliance's joint declarations with their phase; the chair or secretariat begins a new one. */
export function DeclarationsPage() {
  const { slug = '' } = useParams();
  const { t } = useDeclarationMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: DeclarationsQuery, variables: { slug } });
  const allianceId = data?.alliance?.id ?? '';
  const [list, reexecuteList] = useQuery({ query: DeclarationListQuery, variables: { allianceId }, pause: allianceId === '' });

  if ((error && !data) || (list.error && !list.data)) {
    return (
      <ErrorAlert
        onRetry={() => {
          reexecute({ requestPolicy: 'network-only' });
          reexecuteList({ requestPolicy: 'network-only' });
        }}
      />
    );
  }
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;
  const declarations = list.data?.declarations;

  return (
    <>
      <PageTitle title={t('list.title')} />
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      {!declarations ? (
        <LoadingStatus />
      ) : declarations.length === 0 ? (
        <p className="muted">{t('list.none')}</p>
      ) : (
        <table className="admin-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.createTitle')}</th>
              <th scope="col">{t('list.body')}</th>
              <th scope="col">{t('list.phase')}</th>
              <th scope="col">{t('list.adopted')}</th>
            </tr>
          </thead>
          <tbody>
            {declarations.map((declaration) => (
              <tr key={declaration.id}>
                <th scope="row">
                  <Link to={declarationPath(alliance.slug, declaration.id)}>{declaration.title}</Link>
                </th>
                <td>{declaration.body.name}</td>
                <td>{t(`phases.${declaration.phase}`)}</td>
                <td>{declaration.adoptedAt ? format.dateTime(declaration.adoptedAt) : t('list.notAdopted')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {alliance.viewerPermissions.includes('declaration.steer') && <CreateDeclaration slug={alliance.slug} bodies={alliance.bodies} />}
    </>
  );
}

function CreateDeclaration({ slug, bodies }: { slug: string; bodies: readonly { id: string; name: string; kind: string }[] }) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateDeclarationMutation);
  // The steering board first: it is the body that usually adopts the declaration.
  const ordered = [...bodies].sort((a, b) => Number(b.kind === 'STEERING_BOARD') - Number(a.kind === 'STEERING_BOARD'));
  const [title, setTitle] = useState('');
  const [bodyId, setBodyId] = useState(ordered[0]?.id ?? '');
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setProblem({ field: 'title', message: t('form.titleEmpty') });
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    const result = await create({ input: { bodyId, title } });
    setBusy(false);
    if (result.data) {
      navigate(declarationPath(slug, result.data.createDeclaration.id), { state: { notice: t('list.created') } satisfies ReaderNotice });
      return;
    }
    if (result.error) {
      setProblem({ field: null, message: problemText(refusalOf(result.error), t) });
      setAttempt((count) => count + 1);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('list.create')}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {problem && (
          <ErrorSummary title={t('form.errorSummary')} fields={problem.field ? [{ fieldId: `${id}-title`, message: problem.message }] : []} attempt={attempt}>
            {problem.field === null && <p>{problem.message}</p>}
          </ErrorSummary>
        )}
        <TextField
          id={`${id}-title`}
          label={t('list.createTitle')}
          autoComplete="off"
          value={title}
          onChange={setTitle}
          error={problem?.field === 'title' ? problem.message : null}
        />
        <SelectField
          id={`${id}-body`}
          label={t('list.createBody')}
          value={bodyId}
          onChange={setBodyId}
          options={ordered.map((body) => ({ value: body.id, label: body.name }))}
          error={null}
        />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('list.createSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
