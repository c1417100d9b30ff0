/**
 * Sends the daily digest once per working day at DIGEST_HOUR (Beijing time) while the server runs
 * and SMTP is configured. The last day sent is kept in the settings table, so a restart does not
 * send twice.
 */
import { chinaDate } from '../clock.ts';
import { listAgencies } from '../db/repositories/agencies.ts';
import { getSetting, putSetting } from '../db/repositories/settings.ts';
import type { Deps } from './deps.ts';
import { sendDigest } from './digest.ts';

export const DIGEST_HOUR = 8;

type MailOptions = Parameters<typeof sendDigest>[2];
const SYSTEM_AGENCY = 0;

function chinaHour(t: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(t));
}

/** Sends today's digests if it is a working day, past DIGEST_HOUR, and not yet sent today. */
export async function sendDailyDigestIfDue(deps: Deps, mail: MailOptions): Promise<number> {
  const now = deps.clock.now();
  const today = chinaDate(now);
  if (chinaHour(now) < DIGEST_HOUR || !deps.calendar.covers(today) || !deps.calendar.isWorkingDay(today)) return 0;
  if ((await getSetting<string>(deps.db, SYSTEM_AGENCY, 'digestSentOn')) === today) return 0;
  await putSetting(deps.db, SYSTEM_AGENCY, 'digestSentOn', today);
  let sent = 0;
  for (const a of (await listAgencies(deps.db)).filter((x) => x.kind === 'agency')) {
    sent += (await sendDigest(deps, a.id, mail)).sent;
  }
  return sent;
}

/** Checks every ten minutes; returns a function that stops the timer. */
export function scheduleDailyDigest(deps: Deps, mail: MailOptions, onError: (err: unknown) => void): () => void {
  const tick = () => void sendDailyDigestIfDue(deps, mail).catch(onError);
  const timer = setInterval(tick, 10 * 60_000);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
