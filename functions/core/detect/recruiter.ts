/**
 * Recruiters connect with people at every job, so connecting with one during a job is no sign of
 * working together. Known by their title, or by working at a staffing or search firm.
 */
const RECRUITER_TITLE =
  /recruit|talent acquisition|talent partner|head of talent|talent lead|sourcer|sourcing|headhunt|staffing|executive search|resourcing/i;
const STAFFING_FIRM =
  /\b(robert half|michael page|page group|pagegroup|hays|randstad|adecco|korn ferry|kforce|manpower|manpowergroup|kelly services|spencer stuart|heidrick|egon zehnder|russell reynolds|hudson|harvey nash|modis|aerotek|allegis|teksystems|insight global|cielo|hirequest|staffing|headhunt\w*|executive search|recruitment|recruiting)\b/i;

export function isRecruiter(position: string, company = ''): boolean {
  return RECRUITER_TITLE.test(position) || (company !== '' && STAFFING_FIRM.test(company));
}
