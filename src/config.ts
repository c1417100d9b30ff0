/** Settings from the environment, read once at start. */
import { DEFAULT_DATABASE_URL } from './db/database.ts';

export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${env.PORT}`);
  return {
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    port,
    host: env.HOST || '0.0.0.0',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'gongkai@localhost',
    logLevel: env.LOG_LEVEL || 'info',
  };
}
