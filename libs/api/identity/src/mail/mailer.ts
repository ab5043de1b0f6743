import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import { writeToOutbox } from './outbox';

/** A mail ready to send: both bodies and the one link it is about. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  link: string;
}

/**
 * Sends mail through SMTP when SMTP_URL is set. Without it (a local install, the tests) each mail
 * becomes a file in the outbox and its link goes to the log, so a new user can still follow it.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings) {
    this.transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : null;
  }

  async send(mail: Mail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.settings.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      return;
    }
    const file = await writeToOutbox(this.settings.outboxDir, { ...mail, sentAt: new Date().toISOString() });
    this.logger.log(`No SMTP_URL: mail "${mail.subject}" to ${mail.to} written to ${file}; its link: ${mail.link}`);
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
