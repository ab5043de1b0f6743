import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One mail as the outbox keeps it: one JSON file per mail. */
export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The link the mail asks its reader to open. */
  link: string;
  /** ISO 8601 */
  sentAt: string;
}

/** Writes the mail as `<ISO time>-<random>.json`; only this user may read it, as it holds a sign-in link. */
export async function writeToOutbox(dir: string, mail: OutboxMail): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Colons are not allowed in Windows file names; the name still sorts by time.
  const name = `${mail.sentAt.replace(/:/g, '-')}-${randomBytes(4).toString('hex')}.json`;
  const file = path.join(dir, name);
  await writeFile(file, `${JSON.stringify(mail, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}

/** Every mail in the outbox, oldest first; none when the folder does not exist yet. */
export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith('.json')).sort();
  return Promise.all(files.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as OutboxMail));
}
