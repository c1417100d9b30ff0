/**
 * Row types of every table, as Kysely sees them. They stay inside src/db: repositories turn rows
 * into domain objects. Civil dates are `YYYY-MM-DD` text, instants ISO-8601 text (UTC), money
 * integer fen, booleans 0/1 — the same in SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export interface AgencyTable {
  id: Generated<number>;
  /** Short ASCII code used in application numbers, e.g. SGAJ. */
  code: string;
  name: string;
  /** 统一社会信用代码 or 组织机构代码 (for 索引号 later). */
  org_code: string | null;
  kind: string; // 'agency' | 'government_office'
  supervisor_id: number | null;
  address: string | null;
  phone: string | null;
  postal_code: string | null;
  created_at: string;
}

export interface DepartmentTable {
  id: Generated<number>;
  agency_id: number;
  name: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface MembershipTable {
  user_id: number;
  agency_id: number;
  role: string;
  department_id: number | null;
}

export interface SessionTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  agency_id: number;
  created_at: string;
  expires_at: string;
}

export interface CaseTable {
  id: Generated<number>;
  agency_id: number;
  number: string;
  query_code_hash: string;
  channel: string;
  received_on: string;
  receipt_note: string | null;
  submitted_at: string;
  applicant_type: string;
  applicant_name: string;
  id_type: string | null;
  id_number: string | null;
  org_code: string | null;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postal_code: string | null;
  info_title: string;
  info_doc_number: string | null;
  info_description: string;
  info_purpose: string | null;
  form_wanted: string;
  delivery_wanted: string;
  status: string;
  department_id: number | null;
  officer_id: number | null;
  correction_requested_on: string | null;
  correction_items: string | null;
  correction_due_on: string | null;
  supplemented_on: string | null;
  extension_days: number;
  extension_reason: string | null;
  extension_approved_by: number | null;
  fee_method: string | null;
  fee_units: number | null;
  /** 按件: applications of the same applicant earlier in the natural month. */
  fee_prior_units: number | null;
  fee_amount_fen: number | null;
  fee_notice_on: string | null;
  fee_due_on: string | null;
  fee_paid_on: string | null;
  outcome: string | null;
  outcome_basis: string | null;
  outcome_reason: string | null;
  decided_on: string | null;
  first_decided_on: string | null;
  replied_on: string | null;
  reply_method: string | null;
  closed_on: string | null;
  repeat_of_case_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CasePauseTable {
  id: Generated<number>;
  case_id: number;
  kind: string;
  party: string | null;
  start_on: string;
  end_on: string | null;
  note: string | null;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: number;
  agency_id: number;
  action: string;
  actor_user_id: number | null;
  actor_label: string;
  occurred_at: string;
  on_date: string;
  from_status: string | null;
  to_status: string | null;
  /** JSON: { before, after, note, … }. */
  data: string;
}

export interface AttachmentTable {
  id: Generated<number>;
  case_id: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_at: string;
}

export interface SettingTable {
  agency_id: number;
  key: string;
  value: string;
}

export interface CounterTable {
  agency_id: number;
  name: string;
  value: number;
}

export interface MailOutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}

export interface CatalogColumnTable {
  id: Generated<number>;
  agency_id: number;
  parent_id: number | null;
  name: string;
  sort: Generated<number>;
}

export interface ItemTable {
  id: Generated<number>;
  agency_id: number;
  /** Assigned on approval; unique and never changed. */
  index_number: string | null;
  title: string;
  summary: string | null;
  topic: string | null;
  column_id: number | null;
  publisher: string;
  written_on: string | null;
  /** The day the information was formed or changed (第二十六条). */
  formed_on: string | null;
  published_on: string | null;
  doc_number: string | null;
  validity: string;
  validity_changed_on: string | null;
  disclosure_method: string;
  disclosure_scope: string;
  keywords: string | null;
  body_html: string;
  /** The body as plain text, for search. */
  body_text: string;
  department_id: number | null;
  /** 第二十条第（N）项, 1–15. */
  article20: number | null;
  /** For 第二十条第（一）项: 规章 or 行政规范性文件. */
  regulation_kind: string | null;
  abolished_on: string | null;
  status: string;
  author_id: number | null;
  reviewer_id: number | null;
  review_note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ItemEventTable {
  id: Generated<number>;
  item_id: number;
  agency_id: number;
  action: string;
  actor_user_id: number | null;
  actor_label: string;
  occurred_at: string;
  on_date: string;
  from_status: string | null;
  to_status: string | null;
  data: string;
}

export interface ItemChannelTable {
  id: Generated<number>;
  item_id: number;
  channel: string;
  published_on: string;
  url: string | null;
  account_id: number | null;
}

export interface ItemAttachmentTable {
  id: Generated<number>;
  item_id: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_at: string;
}

export interface PeriodFigureTable {
  agency_id: number;
  year: number;
  month: number;
  kind: string;
  /** A count, or fen for amounts (bigint in PostgreSQL: read with Number()). */
  value: number | string;
  entered_by: string;
  entered_at: string;
}

export interface MediaAccountTable {
  id: Generated<number>;
  agency_id: number;
  platform: string;
  name: string;
  administrator: string;
  opened_on: string | null;
  closed_on: string | null;
}

export interface MediaAccountChangeTable {
  id: Generated<number>;
  account_id: number;
  changed_on: string;
  change: string;
  note: string | null;
}

export interface AppealTable {
  id: Generated<number>;
  agency_id: number;
  /** review | litigation_direct | litigation_after_review (section 四's rows). */
  kind: string;
  case_number: string | null;
  /** 复议申请人 or 原告: personal data. */
  claimant: string;
  /** 复议机关 or 人民法院. */
  body: string;
  received_on: string;
  /** upheld | corrected | other | pending (section 四's columns). */
  result: string;
  decided_on: string | null;
  application_case_id: number | null;
  notes: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AppealEventTable {
  id: Generated<number>;
  appeal_id: number;
  agency_id: number;
  action: string;
  actor_user_id: number | null;
  actor_label: string;
  occurred_at: string;
  on_date: string;
  /** JSON: { summary, before, after }. */
  data: string;
}

export interface AnnualReportTable {
  id: Generated<number>;
  agency_id: number;
  year: number;
  /** draft | checked | signed | published */
  status: string;
  /** The current AnnualReport model as JSON. */
  model: string;
  signed_by: number | null;
  signed_by_label: string | null;
  signed_on: string | null;
  /** The catalog item it was published as. */
  item_id: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportVersionTable {
  id: Generated<number>;
  report_id: number;
  agency_id: number;
  /** 1, 2, 3 … per report. */
  number: number;
  /** create | edit | recompute | check | sign | publish */
  action: string;
  /** The status after this version. */
  status: string;
  /** The model as it stood after this version (JSON). */
  model: string;
  summary: string;
  actor_user_id: number | null;
  actor_label: string;
  occurred_at: string;
}

export interface Database {
  agencies: AgencyTable;
  departments: DepartmentTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  cases: CaseTable;
  case_pauses: CasePauseTable;
  case_events: CaseEventTable;
  attachments: AttachmentTable;
  settings: SettingTable;
  counters: CounterTable;
  mail_outbox: MailOutboxTable;
  catalog_columns: CatalogColumnTable;
  items: ItemTable;
  item_events: ItemEventTable;
  item_channels: ItemChannelTable;
  item_attachments: ItemAttachmentTable;
  period_figures: PeriodFigureTable;
  media_accounts: MediaAccountTable;
  media_account_changes: MediaAccountChangeTable;
  appeals: AppealTable;
  appeal_events: AppealEventTable;
  annual_reports: AnnualReportTable;
  annual_report_versions: AnnualReportVersionTable;
}
