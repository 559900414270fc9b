/**
 * Students list their school as their company. When the owner taught, assisted or worked at that
 * school, a student there is no colleague: working there now says nothing about working together.
 */
const SCHOOL =
  /\b(universit|universidad|universidade|università|universität|hochschule|college|school|schule|école|escuela|institut|institute of technology|academy|akademie|polytechnic|politecnico)/i;
const STUDENT =
  /\b(student|studentin|studying|studies|studiert|estudiante|étudiant|studente|undergrad|graduate|grad student|bachelor|master'?s|msc|m\.sc|bsc|b\.sc|mba candidate|phd candidate|phd student|doctoral|doktorand|alumn|class of|candidate)\b/i;

/** A working student (Werkstudent) works there. */
const WORKING_STUDENT = /\b(working student|werkstudent|student (assistant|worker|employee)|studentische)/i;

export function isStudentAtSchool(employerName: string, position: string): boolean {
  // At a school, a headline with no title at all is most often a student's.
  if (!SCHOOL.test(employerName) || WORKING_STUDENT.test(position)) return false;
  return STUDENT.test(position) || !/\p{L}/u.test(position);
}
