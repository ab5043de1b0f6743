import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import { LRUCache } from 'lru-cache';
import pg from 'pg';

/** A session's idle expiry in the database moves only when it would move by at least this much. */
export const TOUCH_AFTER_MS = 60_000;

// Sessions whose stored expiry is remembered; one not remembered is simply touched.
const REMEMBERED_SESSIONS = 100_000;

export type ClosableStore = session.Store & { close(): Promise<void> | void };

type Callback = (error?: unknown) => void;

/**
 * connect-pg-simple's PostgreSQL store, which with rolling sessions would write every session's
 * idle expiry on every request: 2,000 members voting at once cost 2,000 UPDATEs that change
 * nothing anyone notices. This one reads the stored expiry along with the session and writes a
 * new one only when it moves by TOUCH_AFTER_MS or more (connect-mongo's `touchAfter`), so a
 * session ends between 59 and 60 idle minutes after its last request rather than at exactly 60.
 */
export function sessionStore(databaseUrl: string, errorLog: (message: string) => void): ClosableStore {
  const PgStore = connectPgSimple(session);
  const pool = new pg.Pool({ connectionString: databaseUrl });
  pool.on('error', (error) => errorLog(`Session store connection: ${error.message}`));
  const stored = new LRUCache<string, number>({ max: REMEMBERED_SESSIONS });

  class LazyTouchStore extends PgStore {
    override get(sid: string, callback: (error: unknown, session?: session.SessionData | null) => void): void {
      pool
        .query<{ sess: session.SessionData | string; expire: Date }>('SELECT sess, expire FROM "session" WHERE sid = $1 AND expire >= now()', [sid])
        .then(({ rows: [row] }) => {
          if (!row) {
            stored.delete(sid);
            callback(null, null);
            return;
          }
          stored.set(sid, row.expire.getTime());
          callback(null, typeof row.sess === 'string' ? (JSON.parse(row.sess) as session.SessionData) : row.sess);
        })
        .catch((error: unknown) => callback(error));
    }

    override set(sid: string, data: session.SessionData, callback?: Callback): void {
      super.set(sid, data, (error?: unknown) => {
        if (error) stored.delete(sid);
        else if (data.cookie.expires) stored.set(sid, new Date(data.cookie.expires).getTime());
        callback?.(error);
      });
    }

    override touch(sid: string, data: session.SessionData, callback?: () => void): void {
      const next = data.cookie.expires ? new Date(data.cookie.expires).getTime() : undefined;
      const known = stored.get(sid);
      if (next !== undefined && known !== undefined && next - known < TOUCH_AFTER_MS) {
        callback?.();
        return;
      }
      // connect-pg-simple passes the error on, though the typings say nothing is passed.
      super.touch(sid, data, ((error?: unknown) => {
        if (error) stored.delete(sid);
        else if (next !== undefined) stored.set(sid, next);
        callback?.();
      }) as () => void);
    }

    override destroy(sid: string, callback?: Callback): void {
      stored.delete(sid);
      super.destroy(sid, callback);
    }

    override async close(): Promise<void> {
      await (super.close() as Promise<void> | void);
      await pool.end();
    }
  }

  return new LazyTouchStore({ pool, tableName: 'session', createTableIfMissing: false, errorLog: (...args: unknown[]) => errorLog(args.map(String).join(' ')) });
}
