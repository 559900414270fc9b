import type { Tie } from '../../functions/core/report.ts';
import type { Lang } from '../../functions/core/words/index.ts';
import { DEVICE_DE, DEVICE_EN, type DeviceStrings } from './device/device-strings.ts';

/**
 * The page's own words, one table a language. The people's words (reasons, drafts, status, labels)
 * come from the API in the same language (`?lang=`); these are the page's headings, buttons and notes.
 */
export interface Strings {
  lang: Lang;
  /** Reading on this device or on the server: the choice, the progress and the tools of each. */
  device: DeviceStrings;
  languageLabel: string;
  tagline: string;
  pageTitle: string;
  footer: string;
  // Landing
  landingTitle: string;
  landingLead: string;
  dropTitle: string;
  dropHint: string;
  factReads: [string, string];
  factGet: [string, string];
  factHappens: [string, string];
  employersSummary: string;
  employersLabel: string;
  employersHint: string;
  employersReportHint: string;
  employersApply: string;
  employersApplied: string;
  employersNeeded: string;
  employerUnreadable: (line: string) => string;
  employerUnreadableUpload: (line: string) => string;
  // Progress
  uploading: string;
  reading: string;
  sent: (percent: number) => string;
  readingHint: string;
  uploadProgress: string;
  processing: string;
  failedTitle: string;
  chooseAnother: string;
  tryAgain: string;
  checkAgain: string;
  loadFailed: string;
  slow: string;
  gone: string;
  deleted: string;
  somethingWrong: string;
  uploadRefused: string;
  uploadFailed: string;
  serverAnswered: (status: number) => string;
  // Report
  reportTitle: (owner: string | null) => string;
  listTitle: string;
  filtersLabel: string;
  filtersButton: string;
  category: string;
  categories: {
    all: string;
    former: string;
    possible: string;
    current: string;
    alumni: string;
    other: string;
  };
  status: string;
  statuses: { all: string; due: string; inTouch: string; quiet: string };
  employer: string;
  anyEmployer: string;
  search: string;
  searchPlaceholder: string;
  sort: string;
  sorts: { rank: string; name: string; quiet: string };
  sortTooMany: (limit: number) => string;
  total: (n: number, filtered: boolean) => string;
  loading: string;
  emptyFiltered: string;
  emptyAll: string;
  clearFilters: string;
  listLabel: string;
  rank: string;
  hiddenProfile: string;
  tie: Record<Tie, string>;
  sinceYears: (company: string, years: string) => string;
  now: string;
  detailsOf: (name: string) => string;
  changed: string;
  showNewOrder: string;
  // Expanded row
  why: string;
  howSure: string;
  sure: (word: string, confidence: number) => string;
  score: (score: number) => string;
  scoreHint: string;
  lastContact: (date: string) => string;
  connectedOn: (date: string) => string;
  evidence: string;
  draftFor: (label: string) => string;
  draftEdit: (name: string) => string;
  copy: string;
  copyLabel: (name: string) => string;
  copied: string;
  selected: string;
  openProfile: string;
  searchProfile: string;
  profileHint: string;
  // Keep in touch
  keepInTouch: string;
  messagedToday: string;
  messagedOn: string;
  messagedDate: string;
  snooze: string;
  snoozeFor: string;
  snoozeChoices: [months: number, label: string][];
  notNow: string;
  notColleague: string;
  wasColleague: string;
  undo: string;
  undone: string;
  markedMessaged: (date: string) => string;
  markedSnoozed: (date: string) => string;
  markedNotNow: string;
  markedNotColleague: string;
  markedColleague: string;
  actionFailed: string;
  // Pictures
  picturesTitle: string;
  timelineTitle: string;
  timelineDesc: string;
  timelineCaption: string;
  timelineBar: (period: string, total: number, colleagues: number) => string;
  timelineJobs: string;
  graphTitle: string;
  graphCaption: string;
  graphEmployers: string;
  graphWentTo: string;
  graphShow: (company: string) => string;
  graphNode: (company: string, people: number, employer: boolean) => string;
  // More
  aboutTitle: string;
  counts: {
    former: (n: number) => string;
    possible: (n: number) => string;
    current: (n: number) => string;
    alumni: (n: number) => string;
    messages: (n: number) => string;
  };
  byEmployer: string;
  byEmployerCols: [string, string, string, string];
  warnings: (n: number) => string;
  // Tools
  toolsTitle: string;
  mergeTitle: string;
  mergeCompany: string;
  mergeSame: string;
  merge: string;
  merged: (a: string, b: string) => string;
  unmerged: (a: string, b: string) => string;
  mergeBothEmployers: (a: string, b: string) => string;
  mergeAnyway: string;
  cancel: string;
  mergeFailed: string;
  takeWithYou: string;
  downloadCsv: string;
  reminders: string;
  comeBack: string;
  expires: string;
  deleteNow: string;
  deleteConfirm: string;
  deleteFailed: string;
}

const en: Strings = {
  lang: 'en',
  device: DEVICE_EN,
  languageLabel: 'Language',
  tagline: 'Your former colleagues, ranked, explained, with a first message.',
  pageTitle: 'Reconnect — find the former colleagues worth a message',
  footer:
    'Read on this device, nothing is uploaded. Read on the server, the upload is deleted as soon as it is read and the report expires after 30 days.',
  landingTitle: 'Who from your past jobs is worth a message?',
  landingLead:
    'Reconnect reads your LinkedIn data export, finds the former colleagues in it, ranks them by how close and how recent the tie is, explains each rank, and drafts a short first message for each.',
  dropTitle: 'Drop your LinkedIn export here',
  dropHint: 'or choose the ZIP LinkedIn sent you — or its Connections.csv and other CSV files',
  factReads: [
    'What it reads',
    'Connections.csv, and when present your positions, messages, invitations, endorsements and recommendations.',
  ],
  factGet: [
    'How to get it',
    'On LinkedIn: Settings → Data privacy → Get a copy of your data. The fast archive is enough.',
  ],
  factHappens: [
    'What happens to it',
    'On this device, nothing leaves your browser. On the server, only the columns the analysis reads are sent, deleted once read; the report expires after 30 days, and a button deletes it at once.',
  ],
  employersSummary: 'Uploading Connections.csv without Positions.csv? Name your employers first',
  employersLabel: 'Your employers, one a line',
  employersHint:
    'Company, a colon, then when you started and left; leave the end out for your current job. Used only when your files hold no Positions.csv.',
  employersReportHint:
    'Company, a colon, then when you started and left; leave the end out for your current job. The list is ranked again with them; nothing is uploaded again.',
  employersApply: 'Rank again with these employers',
  employersApplied: 'Ranked again with your employers.',
  employersNeeded:
    'Without your employers no colleague can be told apart. Name them here and the list is ranked again.',
  employerUnreadable: (line) =>
    `Could not read "${line}". Write each employer like "Acme: 2018-03..2021-06".`,
  employerUnreadableUpload: (line) =>
    `Could not read "${line}". Write each employer like "Acme: 2018-03..2021-06", then choose your files again.`,
  uploading: 'Uploading your export…',
  reading: 'Reading your export…',
  sent: (p) => `${p} % sent`,
  readingHint: 'Finding your former colleagues. A large export takes a few seconds.',
  uploadProgress: 'Upload progress',
  processing: 'Processing',
  failedTitle: 'That file could not be used',
  chooseAnother: 'Choose another file',
  tryAgain: 'Try again',
  checkAgain: 'Check again',
  loadFailed: 'The report could not be loaded just now. Check your connection and try again.',
  slow: 'This is taking much longer than it should. Keep this page’s link and try again in a few minutes.',
  gone: 'That report no longer exists: it expired or was deleted. Upload your export again to make a new one.',
  deleted: 'Your report was deleted.',
  somethingWrong: 'Something went wrong. Please try again.',
  uploadRefused: 'The upload was refused. Is the file under 50 MB?',
  uploadFailed: 'The upload did not get through. Check your connection and try again.',
  serverAnswered: (s) => `The server answered ${s}. Please try again.`,
  reportTitle: (owner) =>
    owner ? `Who ${owner} should get back in touch with` : 'Who to get back in touch with',
  listTitle: 'People, best to reconnect with first',
  filtersLabel: 'Filter people',
  filtersButton: 'Filters',
  category: 'Who',
  categories: {
    all: 'Everyone',
    former: 'Former colleagues',
    possible: 'Former colleagues, possible ones too',
    current: 'Current colleagues',
    alumni: 'Alumni of your employers',
    other: 'Others',
  },
  status: 'Keep in touch',
  statuses: { all: 'Any', due: 'Due', inTouch: 'In touch', quiet: 'Quiet for years' },
  employer: 'Employer',
  anyEmployer: 'Any employer',
  search: 'Search',
  searchPlaceholder: 'Name, company or title',
  sort: 'Order',
  sorts: { rank: 'Best to reconnect first', name: 'Name', quiet: 'Longest without contact' },
  sortTooMany: (n) =>
    `That order needs ${n.toLocaleString('en')} people or fewer: filter first. Shown best first.`,
  total: (n, filtered) =>
    `${n.toLocaleString('en')} ${n === 1 ? 'person' : 'people'}${filtered ? ' match' : ''}`,
  loading: 'Loading…',
  emptyFiltered: 'No one matches these filters.',
  emptyAll: 'No one to show.',
  clearFilters: 'Clear the filters',
  listLabel: 'People',
  rank: 'Rank',
  hiddenProfile: 'Hidden profile',
  tie: { close: 'close tie', familiar: 'familiar tie', distant: 'distant tie' },
  sinceYears: (company, years) => `${company} ${years}`,
  now: 'now',
  detailsOf: (name) => `${name}: reasons, evidence and draft`,
  changed: 'The order has changed since you acted here.',
  showNewOrder: 'Show the new order',
  why: 'Why here',
  howSure: 'How sure',
  sure: (word, c) =>
    `${word} (${c.toFixed(2)}: of people rated so, about ${Math.round(c * 100)} in 100 are right)`,
  score: (s) => `Reconnect score ${s} of 100`,
  scoreHint: 'Higher: a word is worth more now (how close the tie and how long the silence).',
  lastContact: (d) => `Last contact ${d}`,
  connectedOn: (d) => `Connected ${d}`,
  evidence: 'Evidence',
  draftFor: (label) => `${label}: a draft to edit`,
  draftEdit: (name) => `Message to ${name}, editable`,
  copy: 'Copy',
  copyLabel: (name) => `Copy the message to ${name}`,
  copied: 'Copied',
  selected: 'Selected: press Ctrl+C',
  openProfile: 'Open on LinkedIn',
  searchProfile: 'Find on LinkedIn',
  profileHint: 'opens in a new tab',
  keepInTouch: 'Keep in touch',
  messagedToday: 'I messaged them today',
  messagedOn: 'Save',
  messagedDate: 'Or: I messaged them on',
  snooze: 'Snooze',
  snoozeFor: 'Snooze for',
  snoozeChoices: [
    [1, '1 month'],
    [3, '3 months'],
    [6, '6 months'],
    [12, '1 year'],
  ],
  notNow: 'Not now',
  notColleague: 'Not a colleague',
  wasColleague: 'Was a colleague',
  undo: 'Undo',
  undone: 'Undone.',
  markedMessaged: (d) => `Marked as messaged on ${d}: in touch now.`,
  markedSnoozed: (d) => `Snoozed until ${d}: out of the way until then.`,
  markedNotNow: 'Not now: no reminder until their next interval has passed.',
  markedNotColleague: 'Marked not a colleague: ranked again.',
  markedColleague: 'Marked a colleague: ranked again.',
  actionFailed: 'That did not work. Please try again.',
  picturesTitle: 'Your working life in connections',
  timelineTitle: 'Connections over time',
  timelineDesc:
    'Bars show connections per quarter; the dark part is colleagues. Numbered bands mark your jobs.',
  timelineCaption: 'Connections per quarter; dark: colleagues. Numbered bands: your jobs.',
  timelineBar: (period, total, colleagues) => `${period}: ${total} connections, ${colleagues} colleagues`,
  timelineJobs: 'Your jobs',
  graphTitle: 'Your employers and where their former colleagues work now',
  graphCaption: 'Choose a company to see its people in the list.',
  graphEmployers: 'Your employers',
  graphWentTo: 'Where they went',
  graphShow: (company) => `Show the people of ${company}`,
  graphNode: (company, n, employer) =>
    employer ? `${company}: ${n} colleagues` : `${company}: ${n} of your former colleagues`,
  aboutTitle: 'Your network in numbers',
  counts: {
    former: (n) => `likely former ${n === 1 ? 'colleague' : 'colleagues'}`,
    possible: (n) => `${n.toLocaleString('en')} more possible ones (shown on request, not counted)`,
    current: (n) => `current ${n === 1 ? 'colleague' : 'colleagues'}`,
    alumni: (n) => `${n === 1 ? 'alumnus' : 'alumni'} of your employers`,
    messages: (n) => `${n === 1 ? 'message' : 'messages'} read`,
  },
  byEmployer: 'Colleagues by employer',
  byEmployerCols: ['Employer', 'Former', 'Current', 'Alumni'],
  warnings: (n) => `${n} ${n === 1 ? 'note' : 'notes'} about rows skipped or repaired`,
  toolsTitle: 'Correct, export, keep or delete',
  mergeTitle: 'Two names, one company?',
  mergeCompany: 'Company',
  mergeSame: 'is the same as',
  merge: 'Merge',
  merged: (a, b) => `Merged: ${a} and ${b} now count as one company.`,
  unmerged: (a, b) => `${a} and ${b} are two companies again.`,
  mergeBothEmployers: (a, b) =>
    `${a} and ${b} are both your own employers. Merged, your time at both counts as one company. Merge them?`,
  mergeAnyway: 'Merge them',
  cancel: 'Cancel',
  mergeFailed: 'The merge did not work. Please try again.',
  takeWithYou: 'Take it with you',
  downloadCsv: 'Download CSV',
  reminders: 'Calendar reminders',
  comeBack: 'Come back to this report with this link (no account needed): ',
  expires: 'It expires on its own; you can also delete it now.',
  deleteNow: 'Delete my report now',
  deleteConfirm: 'Delete this report for good? This cannot be undone.',
  deleteFailed: 'The report could not be deleted. Please try again.',
};

const de: Strings = {
  lang: 'de',
  device: DEVICE_DE,
  languageLabel: 'Sprache',
  tagline: 'Ihre früheren Kolleginnen und Kollegen: gereiht, erklärt, mit einer ersten Nachricht.',
  pageTitle: 'Reconnect — die früheren Kolleginnen und Kollegen, denen eine Nachricht lohnt',
  footer:
    'Auf diesem Gerät gelesen, wird nichts hochgeladen. Auf dem Server gelesen, wird der Upload gelöscht, sobald er gelesen ist, und der Bericht verfällt nach 30 Tagen.',
  landingTitle: 'Wem aus früheren Jobs lohnt sich eine Nachricht?',
  landingLead:
    'Reconnect liest Ihren LinkedIn-Datenexport, findet darin Ihre früheren Kolleginnen und Kollegen, reiht sie danach, wie eng und wie frisch der Kontakt ist, erklärt jede Stelle und entwirft für jede Person eine kurze erste Nachricht.',
  dropTitle: 'Ihren LinkedIn-Export hier ablegen',
  dropHint: 'oder die ZIP-Datei von LinkedIn wählen — oder ihre Connections.csv und weitere CSV-Dateien',
  factReads: [
    'Was es liest',
    'Connections.csv und, wenn vorhanden, Ihre Positionen, Nachrichten, Einladungen, Empfehlungen und Bestätigungen.',
  ],
  factGet: [
    'Wie Sie ihn bekommen',
    'Auf LinkedIn: Einstellungen → Datenschutz → Kopie Ihrer Daten anfordern. Das schnelle Archiv genügt.',
  ],
  factHappens: [
    'Was damit geschieht',
    'Auf diesem Gerät verlässt nichts Ihren Browser. Auf dem Server gehen nur die Spalten hin, die die Auswertung liest, gelöscht, sobald sie gelesen sind; der Bericht verfällt nach 30 Tagen, und ein Knopf löscht ihn sofort.',
  ],
  employersSummary: 'Nur Connections.csv ohne Positions.csv? Nennen Sie zuerst Ihre Arbeitgeber',
  employersLabel: 'Ihre Arbeitgeber, einer pro Zeile',
  employersHint:
    'Firma, ein Doppelpunkt, dann Beginn und Ende; beim aktuellen Job das Ende weglassen. Nur verwendet, wenn Ihre Dateien keine Positions.csv enthalten.',
  employersReportHint:
    'Firma, ein Doppelpunkt, dann Beginn und Ende; beim aktuellen Job das Ende weglassen. Die Liste wird damit neu gereiht; nichts wird erneut hochgeladen.',
  employersApply: 'Mit diesen Arbeitgebern neu reihen',
  employersApplied: 'Mit Ihren Arbeitgebern neu gereiht.',
  employersNeeded:
    'Ohne Ihre Arbeitgeber lässt sich niemand als Kollegin oder Kollege erkennen. Nennen Sie sie hier, und die Liste wird neu gereiht.',
  employerUnreadable: (line) =>
    `„${line}“ ist nicht lesbar. Schreiben Sie jeden Arbeitgeber wie „Acme: 2018-03..2021-06“.`,
  employerUnreadableUpload: (line) =>
    `„${line}“ ist nicht lesbar. Schreiben Sie jeden Arbeitgeber wie „Acme: 2018-03..2021-06“ und wählen Sie Ihre Dateien erneut.`,
  uploading: 'Ihr Export wird hochgeladen…',
  reading: 'Ihr Export wird gelesen…',
  sent: (p) => `${p} % gesendet`,
  readingHint:
    'Ihre früheren Kolleginnen und Kollegen werden gesucht. Ein großer Export dauert einige Sekunden.',
  uploadProgress: 'Fortschritt des Hochladens',
  processing: 'Verarbeitung',
  failedTitle: 'Diese Datei ließ sich nicht verwenden',
  chooseAnother: 'Andere Datei wählen',
  tryAgain: 'Erneut versuchen',
  checkAgain: 'Erneut prüfen',
  loadFailed:
    'Der Bericht ließ sich gerade nicht laden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  slow: 'Das dauert viel länger als üblich. Behalten Sie den Link dieser Seite und versuchen Sie es in ein paar Minuten erneut.',
  gone: 'Diesen Bericht gibt es nicht mehr: Er ist verfallen oder wurde gelöscht. Laden Sie Ihren Export erneut hoch.',
  deleted: 'Ihr Bericht wurde gelöscht.',
  somethingWrong: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  uploadRefused: 'Das Hochladen wurde abgelehnt. Ist die Datei kleiner als 50 MB?',
  uploadFailed: 'Das Hochladen kam nicht durch. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  serverAnswered: (s) => `Der Server antwortete ${s}. Bitte versuchen Sie es erneut.`,
  reportTitle: (owner) =>
    owner ? `Bei wem sich ${owner} wieder melden sollte` : 'Bei wem Sie sich wieder melden sollten',
  listTitle: 'Personen, die wichtigsten zuerst',
  filtersLabel: 'Personen filtern',
  filtersButton: 'Filter',
  category: 'Wer',
  categories: {
    all: 'Alle',
    former: 'Frühere Kolleginnen und Kollegen',
    possible: 'Frühere Kolleginnen und Kollegen, auch mögliche',
    current: 'Aktuelle Kolleginnen und Kollegen',
    alumni: 'Alumni Ihrer Arbeitgeber',
    other: 'Andere',
  },
  status: 'In Kontakt bleiben',
  statuses: { all: 'Alle', due: 'Fällig', inTouch: 'In Kontakt', quiet: 'Seit Jahren still' },
  employer: 'Arbeitgeber',
  anyEmployer: 'Alle Arbeitgeber',
  search: 'Suche',
  searchPlaceholder: 'Name, Firma oder Titel',
  sort: 'Reihenfolge',
  sorts: { rank: 'Wichtigste zuerst', name: 'Name', quiet: 'Am längsten ohne Kontakt' },
  sortTooMany: (n) =>
    `Diese Reihenfolge geht bis ${n.toLocaleString('de')} Personen: filtern Sie zuerst. Gezeigt: die wichtigsten zuerst.`,
  total: (n, filtered) =>
    `${n.toLocaleString('de')} ${n === 1 ? 'Person' : 'Personen'}${filtered ? ' passen' : ''}`,
  loading: 'Wird geladen…',
  emptyFiltered: 'Niemand passt zu diesen Filtern.',
  emptyAll: 'Niemand zu zeigen.',
  clearFilters: 'Filter zurücksetzen',
  listLabel: 'Personen',
  rank: 'Platz',
  hiddenProfile: 'Verborgenes Profil',
  tie: { close: 'enger Kontakt', familiar: 'vertrauter Kontakt', distant: 'loser Kontakt' },
  sinceYears: (company, years) => `${company} ${years}`,
  now: 'heute',
  detailsOf: (name) => `${name}: Gründe, Hinweise und Entwurf`,
  changed: 'Die Reihenfolge hat sich geändert, seit Sie hier etwas getan haben.',
  showNewOrder: 'Neue Reihenfolge zeigen',
  why: 'Warum hier',
  howSure: 'Wie sicher',
  sure: (word, c) =>
    `${word} (${c.toFixed(2).replace('.', ',')}: von so eingestuften Personen sind etwa ${Math.round(c * 100)} von 100 richtig)`,
  score: (s) => `Reconnect-Punkte ${s} von 100`,
  scoreHint: 'Höher: Ein Wort lohnt sich jetzt mehr (wie eng der Kontakt, wie lang die Stille).',
  lastContact: (d) => `Letzter Kontakt ${d}`,
  connectedOn: (d) => `Vernetzt ${d}`,
  evidence: 'Hinweise',
  draftFor: (label) => `${label}: ein Entwurf zum Bearbeiten`,
  draftEdit: (name) => `Nachricht an ${name}, bearbeitbar`,
  copy: 'Kopieren',
  copyLabel: (name) => `Die Nachricht an ${name} kopieren`,
  copied: 'Kopiert',
  selected: 'Markiert: Strg+C drücken',
  openProfile: 'Auf LinkedIn öffnen',
  searchProfile: 'Auf LinkedIn suchen',
  profileHint: 'öffnet einen neuen Tab',
  keepInTouch: 'In Kontakt bleiben',
  messagedToday: 'Heute angeschrieben',
  messagedOn: 'Speichern',
  messagedDate: 'Oder: angeschrieben am',
  snooze: 'Pausieren',
  snoozeFor: 'Pausieren für',
  snoozeChoices: [
    [1, '1 Monat'],
    [3, '3 Monate'],
    [6, '6 Monate'],
    [12, '1 Jahr'],
  ],
  notNow: 'Jetzt nicht',
  notColleague: 'Keine Kollegin, kein Kollege',
  wasColleague: 'War Kollegin oder Kollege',
  undo: 'Rückgängig',
  undone: 'Rückgängig gemacht.',
  markedMessaged: (d) => `Als angeschrieben am ${d} vermerkt: jetzt in Kontakt.`,
  markedSnoozed: (d) => `Pausiert bis ${d}: bis dahin aus dem Weg.`,
  markedNotNow: 'Jetzt nicht: keine Erinnerung, bis der nächste Abstand vorbei ist.',
  markedNotColleague: 'Als keine Kollegin, kein Kollege vermerkt: neu gereiht.',
  markedColleague: 'Als Kollegin oder Kollege vermerkt: neu gereiht.',
  actionFailed: 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.',
  picturesTitle: 'Ihr Berufsleben in Kontakten',
  timelineTitle: 'Kontakte über die Zeit',
  timelineDesc:
    'Balken zeigen Kontakte pro Quartal; der dunkle Teil sind Kolleginnen und Kollegen. Nummerierte Bänder markieren Ihre Jobs.',
  timelineCaption: 'Kontakte pro Quartal; dunkel: Kolleginnen und Kollegen. Nummerierte Bänder: Ihre Jobs.',
  timelineBar: (period, total, colleagues) =>
    `${period}: ${total} Kontakte, ${colleagues} Kolleginnen und Kollegen`,
  timelineJobs: 'Ihre Jobs',
  graphTitle: 'Ihre Arbeitgeber und wo ihre früheren Leute heute arbeiten',
  graphCaption: 'Wählen Sie eine Firma, um ihre Leute in der Liste zu sehen.',
  graphEmployers: 'Ihre Arbeitgeber',
  graphWentTo: 'Wohin sie gingen',
  graphShow: (company) => `Die Leute von ${company} zeigen`,
  graphNode: (company, n, employer) =>
    employer
      ? `${company}: ${n} Kolleginnen und Kollegen`
      : `${company}: ${n} Ihrer früheren Kolleginnen und Kollegen`,
  aboutTitle: 'Ihr Netzwerk in Zahlen',
  counts: {
    former: () => 'wahrscheinlich frühere Kolleginnen und Kollegen',
    possible: (n) => `${n.toLocaleString('de')} weitere mögliche (auf Wunsch gezeigt, nicht mitgezählt)`,
    current: () => 'aktuelle Kolleginnen und Kollegen',
    alumni: () => 'Alumni Ihrer Arbeitgeber',
    messages: (n) => (n === 1 ? 'Nachricht gelesen' : 'Nachrichten gelesen'),
  },
  byEmployer: 'Kolleginnen und Kollegen nach Arbeitgeber',
  byEmployerCols: ['Arbeitgeber', 'Früher', 'Aktuell', 'Alumni'],
  warnings: (n) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'} zu übersprungenen oder reparierten Zeilen`,
  toolsTitle: 'Korrigieren, mitnehmen, behalten oder löschen',
  mergeTitle: 'Zwei Namen, eine Firma?',
  mergeCompany: 'Firma',
  mergeSame: 'ist dieselbe wie',
  merge: 'Zusammenführen',
  merged: (a, b) => `Zusammengeführt: ${a} und ${b} zählen jetzt als eine Firma.`,
  unmerged: (a, b) => `${a} und ${b} sind wieder zwei Firmen.`,
  mergeBothEmployers: (a, b) =>
    `${a} und ${b} sind beide Ihre eigenen Arbeitgeber. Zusammengeführt zählt Ihre Zeit bei beiden als eine Firma. Zusammenführen?`,
  mergeAnyway: 'Zusammenführen',
  cancel: 'Abbrechen',
  mergeFailed: 'Das Zusammenführen hat nicht geklappt. Bitte versuchen Sie es erneut.',
  takeWithYou: 'Zum Mitnehmen',
  downloadCsv: 'CSV herunterladen',
  reminders: 'Kalender-Erinnerungen',
  comeBack: 'Mit diesem Link kommen Sie zu diesem Bericht zurück (kein Konto nötig): ',
  expires: 'Er verfällt von selbst; Sie können ihn auch jetzt löschen.',
  deleteNow: 'Meinen Bericht jetzt löschen',
  deleteConfirm: 'Diesen Bericht endgültig löschen? Das lässt sich nicht rückgängig machen.',
  deleteFailed: 'Der Bericht ließ sich nicht löschen. Bitte versuchen Sie es erneut.',
};

export const STRINGS: Record<Lang, Strings> = { en, de };
