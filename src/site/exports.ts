/**
 * The open-data records of a build, in one place for every file under `/data/` (the JSON and CSV
 * exports, the tidy tables and each case study's own file), so that they are the same records:
 * the published case studies, newest first, each with its page's absolute address.
 */
import { exportRecord, type ExportRecord } from '../lib/exports.ts';
import { absoluteUrl, caseStudyUrl } from '../lib/urls.ts';
import { base } from './base.ts';
import { publishedCaseStudies, type CaseStudyEntry } from './collection.ts';

/** Where the build is published; Astro's `site`, or the preview server's address when none is set. */
const siteOf = (site: URL | undefined) => site ?? new URL('http://localhost:4321');

/** One case study's record, as in `case-studies.json`. */
export function exportRecordOf(entry: CaseStudyEntry, site: URL | undefined): ExportRecord {
  return exportRecord(entry, absoluteUrl(siteOf(site), caseStudyUrl(base, entry.id)));
}

/** Every published case study's record, newest first. */
export async function exportRecords(site: URL | undefined): Promise<ExportRecord[]> {
  return (await publishedCaseStudies()).map((entry) => exportRecordOf(entry, site));
}
