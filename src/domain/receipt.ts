/**
 * The date an application counts as received (条例 第三十一条), by the channel it came through.
 * All answer deadlines (第三十条, 第三十三条) run from this date.
 *
 * 第三十一条 行政机关收到政府信息公开申请的时间，按照下列规定确定：
 * （一）申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；
 * （二）申请人以邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日；以平常信函等
 *      无需签收的邮寄方式提交政府信息公开申请的，政府信息公开工作机构应当于收到申请的当日与申请人
 *      确认，确认之日为收到申请之日；
 * （三）申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日
 *      为收到申请之日。
 *
 * Online portal: the system's automatic acknowledgement, which gives the applicant an application
 * number, is the 双方确认 of （三）; the service that records a portal application therefore
 * passes the submission date as `confirmedOn`.
 */
import { DomainError } from './errors.ts';
import { parseCivilDate } from './dates.ts';
import type { CivilDate } from './dates.ts';

/** The facts of receipt that staff record (all optional; which are needed depends on the channel). */
export interface ReceiptFacts {
  /** Day the applicant handed in, said, sent or posted the application. */
  submittedOn?: CivilDate | null;
  /** Day the agency signed for a registered / tracked letter. */
  signedOn?: CivilDate | null;
  /** A 平常信函 or other post needing no signature. */
  ordinaryLetter?: boolean | null;
  /** Day of 确认: with the applicant for ordinary letters; 双方确认 for internet channels and fax. */
  confirmedOn?: CivilDate | null;
}

type DateFact = 'submittedOn' | 'signedOn' | 'confirmedOn';

/** One input of the intake form for a channel. */
export interface ReceiptFieldSpec {
  name: DateFact | 'ordinaryLetter';
  label: string;
  kind: 'date' | 'boolean';
  /** When the field must be filled: always, never, or depending on the 平常信函 box. */
  required: 'always' | 'optional' | 'if_ordinary_letter' | 'unless_ordinary_letter';
}

const REG = '《中华人民共和国政府信息公开条例》';
const RULE_1 = '申请人当面提交政府信息公开申请的，以提交之日为收到申请之日';
const RULE_2A = '申请人以邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日';
const RULE_2B =
  '以平常信函等无需签收的邮寄方式提交政府信息公开申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日';
const RULE_3 = '申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日';

const date = (name: DateFact, label: string, required: ReceiptFieldSpec['required']): ReceiptFieldSpec => ({
  name,
  label,
  kind: 'date',
  required,
});

/** Channels through which an application arrives, with the form fields each needs. */
export const CHANNELS = [
  {
    code: 'online',
    label: '网上申请',
    article: '第三十一条第（三）项',
    fields: [date('submittedOn', '提交日期', 'optional'), date('confirmedOn', '系统回执（确认）日期', 'always')],
  },
  {
    code: 'letter',
    label: '信函',
    article: '第三十一条第（二）项',
    fields: [
      date('submittedOn', '寄出日期', 'optional'),
      { name: 'ordinaryLetter', label: '平常信函（无需签收）', kind: 'boolean', required: 'optional' },
      date('signedOn', '签收日期', 'unless_ordinary_letter'),
      date('confirmedOn', '与申请人确认日期', 'if_ordinary_letter'),
    ],
  },
  {
    code: 'in_person',
    label: '当面提交',
    article: '第三十一条第（一）项',
    fields: [date('submittedOn', '提交日期', 'always')],
  },
  {
    code: 'fax',
    label: '传真',
    article: '第三十一条第（三）项',
    fields: [date('submittedOn', '发送日期', 'optional'), date('confirmedOn', '双方确认日期', 'always')],
  },
  {
    code: 'email',
    label: '电子邮件',
    article: '第三十一条第（三）项',
    fields: [date('submittedOn', '发送日期', 'optional'), date('confirmedOn', '双方确认日期', 'always')],
  },
  {
    code: 'oral',
    label: '口头申请',
    article: '第二十九条、第三十一条第（一）项',
    fields: [date('submittedOn', '口头提出申请日期', 'always')],
  },
] as const satisfies readonly { code: string; label: string; article: string; fields: readonly ReceiptFieldSpec[] }[];

export type ReceiptChannel = (typeof CHANNELS)[number]['code'];

/** True if `s` is a channel code. */
export function isReceiptChannel(s: string): s is ReceiptChannel {
  return CHANNELS.some((c) => c.code === s);
}

/** The Chinese label of a channel code (the code itself if unknown). */
export function channelLabel(code: string): string {
  return CHANNELS.find((c) => c.code === code)?.label ?? code;
}

/** Names of the facts that must be filled for a channel (and the state of the 平常信函 box). */
export function requiredFacts(channel: ReceiptChannel, ordinaryLetter = false): DateFact[] {
  const def = CHANNELS.find((c) => c.code === channel);
  const fields: readonly ReceiptFieldSpec[] = def?.fields ?? [];
  return fields
    .filter(
      (f) =>
        f.required === 'always' ||
        (f.required === 'if_ordinary_letter' && ordinaryLetter) ||
        (f.required === 'unless_ordinary_letter' && !ordinaryLetter),
    )
    .map((f) => f.name as DateFact);
}

/** The date an application counts as received, and the rule applied. */
export interface Receipt {
  receivedOn: CivilDate;
  /** Which provision was applied: 第三十一条第（二）项 …, as in CHANNELS. */
  article: string;
  /** A Chinese sentence quoting the provision, for the case record and letters. */
  rule: string;
}

function ruleFor(channel: ReceiptChannel, ordinary: boolean): { from: DateFact; rule: string } {
  switch (channel) {
    case 'in_person':
      return { from: 'submittedOn', rule: `依据${REG}第三十一条第（一）项，${RULE_1}。` };
    case 'oral':
      return {
        from: 'submittedOn',
        rule: `申请人口头提出申请，由政府信息公开工作机构代为填写政府信息公开申请（${REG}第二十九条）；参照第三十一条第（一）项，${RULE_1}。`,
      };
    case 'letter':
      return ordinary
        ? { from: 'confirmedOn', rule: `依据${REG}第三十一条第（二）项，${RULE_2B}。` }
        : { from: 'signedOn', rule: `依据${REG}第三十一条第（二）项，${RULE_2A}。` };
    case 'online':
      return {
        from: 'confirmedOn',
        rule: `依据${REG}第三十一条第（三）项，${RULE_3}；网上申请系统自动回执申请编号即为双方确认。`,
      };
    case 'fax':
    case 'email':
      return { from: 'confirmedOn', rule: `依据${REG}第三十一条第（三）项，${RULE_3}。` };
  }
}

function fieldLabel(channel: ReceiptChannel, name: DateFact): string {
  const fields: readonly ReceiptFieldSpec[] = CHANNELS.find((c) => c.code === channel)?.fields ?? [];
  return fields.find((f) => f.name === name)?.label ?? name;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION', message, [{ field, message }]);
}

/**
 * The date of receipt under 第三十一条 for an application that came through `channel`.
 * Throws VALIDATION naming the field when a needed fact is missing or malformed, when the date
 * of receipt is after `today`, or when it is before the submission date.
 */
export function receiptDate(channel: string, facts: ReceiptFacts, today: CivilDate): Receipt {
  if (!isReceiptChannel(channel)) throw invalid('channel', `收件渠道“${channel}”无效`);
  const { from, rule } = ruleFor(channel, facts.ordinaryLetter === true);
  const article = CHANNELS.find((c) => c.code === channel)?.article ?? '';
  const label = fieldLabel(channel, from);
  const raw = facts[from];
  if (raw === undefined || raw === null || raw.trim() === '') throw invalid(from, `请填写${label}`);
  const receivedOn = parseCivilDate(raw, from, label);
  if (receivedOn > today) throw invalid(from, `${label}（${receivedOn}）不能晚于今天（${today}）`);
  if (from !== 'submittedOn' && facts.submittedOn) {
    const submittedLabel = fieldLabel(channel, 'submittedOn');
    const submittedOn = parseCivilDate(facts.submittedOn, 'submittedOn', submittedLabel);
    if (receivedOn < submittedOn) {
      throw invalid(from, `${label}（${receivedOn}）不能早于${submittedLabel}（${submittedOn}）`);
    }
  }
  return { receivedOn, article, rule };
}
