/**
 * An annual report as JSON: the model itself (docs/report-schema.json), indented, keys in the
 * model's order. Issue 5's importer reads the same form back.
 */
import type { AnnualReport } from '../../domain/report/model.ts';

/** The report's JSON form, with a final newline. */
export function reportToJson(report: AnnualReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
