import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

/** One mail as the product writes it into `${DATA_DIR}/outbox` when no SMTP_URL is set. */
export interface OutboxMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly link: string;
  readonly sentAt: string;
}

export type MailKind = 'invitation' | 'password-reset';
const LINK_PATHS: Record<MailKind, string> = { invitation: '/invitation/', 'password-reset': '/password/reset/' };

async function readOutbox(): Promise<OutboxMail[]> {
  const folder = join(inject('dataDir'), 'outbox');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return []; // no mail sent yet, so no folder either
  }
  const mails = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as OutboxMail),
  );
  return mails.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

/** Every mail of this kind the product sent to the address, oldest first. */
export async function mailsTo(address: string, kind: MailKind): Promise<OutboxMail[]> {
  const wanted = address.toLowerCase();
  return (await readOutbox()).filter(
    (mail) => mail.to.toLowerCase().includes(wanted) && new URL(mail.link).pathname.startsWith(LINK_PATHS[kind]),
  );
}

/**
 * The newest mail of this kind to the address, once there are more than `before` of them:
 * the product may write it just after answering the request that caused it.
 */
export async function waitForMail(address: string, kind: MailKind, before = 0): Promise<OutboxMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = await mailsTo(address, kind);
    const newest = mails.at(-1);
    if (newest && mails.length > before) return newest;
    if (Date.now() > deadline) throw new Error(`no ${kind} mail to ${address} in the outbox within 10 s`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/**
 * Lets every open invitation and reset link mailed to the address expire, as if their time had
 * passed: the one thing a browser cannot wait for.
 */
export async function expireLinksOf(address: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const past = "now() - interval '1 minute'";
    await client.query(`UPDATE invitation SET expires_at = ${past} WHERE email = $1 AND accepted_at IS NULL`, [
      address.toLowerCase(),
    ]);
    await client.query(
      `UPDATE password_reset SET expires_at = ${past}
       WHERE used_at IS NULL AND account_id IN (SELECT id FROM account WHERE email = $1)`,
      [address.toLowerCase()],
    );
  } finally {
    await client.end();
  }
}
