import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CommentFieldsFragment, RecommendationCommentsQuery as CommentsResult } from '@pakt/web-data';
import { errorWithCode } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, TextAreaField, useFormat } from '@pakt/web-ui';
import {
  AddRecommendationCommentMutation,
  EditRecommendationCommentMutation,
  ResolveRecommendationThreadMutation,
} from '../graphql/mutations';
import { RecommendationCommentsQuery } from '../graphql/queries';
import { useRecommendationMessages } from '../messages';

const PAGE_SIZE = 20;
const COMMENTS_CONTEXT = { additionalTypenames: ['RecommendationComment'] };

type Thread = NonNullable<CommentsResult['recommendation']>['comments']['edges'][number]['node'];

interface CommentsProps {
  readonly recommendationId: string;
  readonly mayDiscuss: boolean;
}

/** The discussion: threads oldest first, each with its replies; more threads page by page. */
export function Comments({ recommendationId, mayDiscuss }: CommentsProps) {
  const { t } = useRecommendationMessages();
  const headingId = useId();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('comments.title')}</h2>
      {cursors.map((after, index) => (
        <CommentPage
          key={after ?? 'first'}
          recommendationId={recommendationId}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          mayDiscuss={mayDiscuss}
          onMore={(cursor) => setCursors((all) => [...all, cursor])}
        />
      ))}
      {mayDiscuss ? <NewThread recommendationId={recommendationId} /> : <p className="muted">{t('comments.readOnly')}</p>}
    </section>
  );
}

interface CommentPageProps {
  readonly recommendationId: string;
  readonly after: string | null;
  readonly first: boolean;
  readonly last: boolean;
  readonly mayDiscuss: boolean;
  readonly onMore: (cursor: string) => void;
}

function CommentPage({ recommendationId, after, first, last, mayDiscuss, onMore }: CommentPageProps) {
  const { t } = useRecommendationMessages();
  const [{ data, error }, reexecute] = useQuery({
    query: RecommendationCommentsQuery,
    variables: { id: recommendationId, first: PAGE_SIZE, after },
    // An empty first page holds no comment yet, so the cache must be told that a new one concerns it.
    context: COMMENTS_CONTEXT,
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const start = useRef<HTMLDivElement>(null);
  const loaded = data !== undefined;
  // A page loaded on request takes focus, so keyboard users continue where the new threads begin.
  useEffect(() => {
    if (!first && loaded) start.current?.focus();
  }, [first, loaded]);

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const comments = data.recommendation?.comments;
  if (!comments) return null;
  return (
    <div ref={start} tabIndex={first ? undefined : -1} className="comments__page">
      {first && (
        <p className="muted">{comments.totalCount === 0 ? t('comments.none') : t('comments.count', { count: comments.totalCount })}</p>
      )}
      {comments.edges.map(({ node }) => (
        <ThreadView key={node.id} thread={node} recommendationId={recommendationId} mayDiscuss={mayDiscuss} reload={reload} />
      ))}
      {last && comments.pageInfo.hasNextPage && comments.pageInfo.endCursor && (
        <button type="button" className="button button--secondary" onClick={() => onMore(comments.pageInfo.endCursor ?? '')}>
          {t('comments.more')}
        </button>
      )}
    </div>
  );
}

interface ThreadViewProps {
  readonly thread: Thread;
  readonly recommendationId: string;
  readonly mayDiscuss: boolean;
  readonly reload: () => void;
}

function ThreadView({ thread, recommendationId, mayDiscuss, reload }: ThreadViewProps) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const [, resolve] = useMutation(ResolveRecommendationThreadMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const announce = (message: string) => {
    setNotice(message);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };
  const toggle = async () => {
    setFailed(false);
    const result = await resolve({ input: { id: thread.id, resolved: !thread.resolved } });
    if (result.error) {
      setFailed(true);
      return;
    }
    announce(thread.resolved ? t('comments.reopenedNotice') : t('comments.resolvedNotice'));
  };

  const body = (
    <article className="comment-thread" aria-label={t('comments.by', { name: thread.author.displayName, time: format.dateTime(thread.createdAt) })}>
      <CommentView comment={thread} level={3} mayDiscuss={mayDiscuss} reload={reload} />
      {thread.resolved && thread.resolvedBy && thread.resolvedAt && (
        <p className="muted">{t('comments.resolvedBy', { name: thread.resolvedBy.displayName, time: format.dateTime(thread.resolvedAt) })}</p>
      )}
      {thread.replies.length > 0 && (
        <ol className="comment-replies">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentView comment={reply} level={4} mayDiscuss={mayDiscuss} reload={reload} />
            </li>
          ))}
        </ol>
      )}
      {mayDiscuss && (
        <div className="actions">
          <ReplyForm recommendationId={recommendationId} thread={thread} onDone={announce} />
          <button type="button" className="button button--secondary" onClick={() => void toggle()}>
            {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      )}
      {failed && <ErrorAlert message={t('form.failed')} />}
      <p ref={noticeRef} tabIndex={-1} role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
    </article>
  );

  if (!thread.resolved) return body;
  // Resolved threads stay reachable, folded under who resolved them.
  return (
    <details className="record">
      <summary>
        {t('comments.resolvedSummary', {
          name: thread.author.displayName,
          time: format.dateTime(thread.createdAt),
        })}
      </summary>
      {body}
    </details>
  );
}

interface CommentViewProps {
  readonly comment: CommentFieldsFragment;
  readonly level: 3 | 4;
  readonly mayDiscuss: boolean;
  readonly reload: () => void;
}

function CommentView({ comment, level, mayDiscuss, reload }: CommentViewProps) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, edit] = useMutation(EditRecommendationCommentMutation);
  const editId = useId();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const Heading = level === 3 ? 'h3' : 'h4';

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(t('comments.empty'));
      document.getElementById(editId)?.focus();
      return;
    }
    const result = await edit({ input: { id: comment.id, version: comment.version, body: text.trim() } });
    if (result.data) {
      setEditing(false);
      setProblem(null);
      setNotice(t('comments.saved'));
      setTimeout(() => noticeRef.current?.focus(), 0);
      return;
    }
    if (errorWithCode(result.error, 'CONFLICT')) {
      // The typed text stays; the current version is fetched so the next save is based on it.
      setProblem(t('comments.conflict'));
      reload();
    } else if (errorWithCode(result.error, 'BAD_USER_INPUT')) {
      setProblem(t('form.invalid', { label: t('comments.editBody') }));
    } else {
      setProblem(t('form.failed'));
    }
    document.getElementById(editId)?.focus();
  };

  return (
    <div className="comment">
      <Heading className="comment__meta">
        {t('comments.by', { name: comment.author.displayName, time: format.dateTime(comment.createdAt) })}
        {comment.edited && <span className="muted"> {t('comments.edited')}</span>}
      </Heading>
      {editing ? (
        <form className="form" noValidate onSubmit={(event) => void save(event)}>
          <TextAreaField id={editId} label={t('comments.editBody')} value={text} onChange={setText} error={problem} rows={4} />
          {problem === t('comments.conflict') && (
            <details className="record">
              <summary>{t('conflict.theirsAnonymous')}</summary>
              <p className="comment__body">{comment.body}</p>
            </details>
          )}
          <div className="actions">
            <button type="submit" className="button">
              {t('comments.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setEditing(false);
                setProblem(null);
                setTimeout(() => editButton.current?.focus(), 0);
              }}
            >
              {t('comments.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment__body">{comment.body}</p>
      )}
      {mayDiscuss && comment.viewerMayEdit && !editing && (
        <button
          ref={editButton}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setText(comment.body);
            setEditing(true);
            setNotice(null);
            setTimeout(() => document.getElementById(editId)?.focus(), 0);
          }}
        >
          {t('comments.edit')}
        </button>
      )}
      <p ref={noticeRef} tabIndex={-1} role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
    </div>
  );
}

function ReplyForm({ recommendationId, thread, onDone }: { recommendationId: string; thread: Thread; onDone: (message: string) => void }) {
  const { t } = useRecommendationMessages();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [, add] = useMutation(AddRecommendationCommentMutation);
  const fieldId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(t('comments.empty'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    const result = await add({ input: { recommendationId, parentId: thread.id, body: text.trim() } });
    if (result.error) {
      setProblem(errorWithCode(result.error, 'BAD_USER_INPUT') ? t('form.invalid', { label: t('comments.replyBody') }) : t('form.failed'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setText('');
    setProblem(null);
    setOpen(false);
    onDone(t('comments.replied'));
  };

  if (!open) {
    return (
      <button
        ref={toggle}
        type="button"
        className="button button--secondary"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          setTimeout(() => document.getElementById(fieldId)?.focus(), 0);
        }}
      >
        {t('comments.reply')}
        <span className="visually-hidden">{` – ${t('comments.replyTo', { name: thread.author.displayName })}`}</span>
      </button>
    );
  }
  return (
    <form className="form comment-reply" noValidate onSubmit={(event) => void send(event)}>
      <TextAreaField
        id={fieldId}
        label={t('comments.replyTo', { name: thread.author.displayName })}
        value={text}
        onChange={setText}
        error={problem}
        rows={3}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('comments.sendReply')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  );
}

function NewThread({ recommendationId }: { recommendationId: string }) {
  const { t } = useRecommendationMessages();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, add] = useMutation(AddRecommendationCommentMutation);
  const fieldId = useId();
  const headingId = useId();
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    if (text.trim() === '') {
      setProblem(t('comments.empty'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    const result = await add({ input: { recommendationId, body: text.trim() } });
    if (result.error) {
      setProblem(errorWithCode(result.error, 'BAD_USER_INPUT') ? t('form.invalid', { label: t('comments.body') }) : t('form.failed'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setText('');
    setProblem(null);
    setNotice(t('comments.posted'));
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  return (
    <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void send(event)}>
      <h3 id={headingId}>{t('comments.newThread')}</h3>
      <TextAreaField id={fieldId} label={t('comments.body')} value={text} onChange={setText} error={problem} rows={4} />
      <div className="actions">
        <button type="submit" className="button">
          {t('comments.post')}
        </button>
      </div>
      <p ref={noticeRef} tabIndex={-1} role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
    </form>
  );
}
