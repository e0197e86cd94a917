import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where reminder emails go. Pluggable: SMTP in production, a fake object in tests. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer, e.g. `smtps://user:pass@smtp.example:465`. Used only when SMTP_URL is set. */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport(smtpUrl, { from });
  return {
    async send(message) {
      await transporter.sendMail({ to: message.to, subject: message.subject, text: message.text });
    },
    close() {
      transporter.close();
    },
  };
}
