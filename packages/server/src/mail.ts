import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  /** The outbox row's id: a file transport names its file after it, SMTP puts it in the Message-ID. */
  id: number;
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Where the outbox's mails go. `send` resolves when the mail has been accepted, and rejects with the reason otherwise. */
export interface MailTransport {
  readonly kind: 'smtp' | 'files';
  send(mail: Mail): Promise<void>;
}

/**
 * SMTP (`COMPTOIR_SMTP_URL=smtp://user:password@host:587`, or `smtps://` for TLS from the start), through nodemailer.
 * A mail the server refuses stays in the outbox and is tried again at the next run.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      const domain = mail.from.split('@')[1] ?? 'comptoir.local';
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<outbox-${mail.id}@${domain}>`,
      });
    },
  };
}

/**
 * Without SMTP, each mail is written to `dir` as `<id>.eml` (RFC 5322, UTF-8): a developer reads what would have
 * been sent, and a test reads it too.
 */
export function fileTransport(dir: string): MailTransport {
  return {
    kind: 'files',
    async send(mail) {
      mkdirSync(dir, { recursive: true });
      const header = (value: string) => `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`;
      const message = [
        `Message-ID: <outbox-${mail.id}@comptoir.local>`,
        `From: ${mail.from}`,
        `To: ${mail.to}`,
        `Subject: ${header(mail.subject)}`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        mail.text.replace(/\r?\n/g, '\r\n'),
      ].join('\r\n');
      writeFileSync(join(dir, `${mail.id}.eml`), message);
    },
  };
}
