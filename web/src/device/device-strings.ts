/** The page's words for the two places an export can be read: this device, or the server. */
export interface DeviceStrings {
  whereTitle: string;
  onDevice: string;
  onDeviceHint: string;
  onServer: string;
  onServerHint: string;
  analysing: string;
  stage: { reading: string; inflating: string; analysing: string };
  nothingSent: string;
  preparing: string;
  sentLine: (files: number, sent: string, whole: string) => string;
  unreadableTitle: string;
  unreadable: (reason: string) => string;
  uploadWhole: string;
  uploadWholeHint: string;
  badge: string;
  downloadHtml: string;
  downloadJson: string;
  keptTitle: string;
  kept: (n: number) => string;
  clearKept: string;
  cleared: string;
  saveTitle: string;
  saveHint: string;
  save: string;
  forget: string;
  workerFailed: string;
  /** The same, said where the person chose the server: the page could not reduce the file. */
  workerFailedHere: string;
  noWorker: string;
  noWorkerHere: string;
  failedTitle: string;
  preparingTitle: string;
  backToReport: string;
  notCarried: (reason: string) => string;
  gone: string;
}

export const DEVICE_EN: DeviceStrings = {
  whereTitle: 'Where should your export be read?',
  onDevice: 'On this device — nothing is uploaded',
  onDeviceHint:
    'The analysis runs in this browser. The report lives in this tab until you close it, and only you see it; your marks and corrections are kept in this browser until you clear them.',
  onServer: 'On our server — with a link for 30 days',
  onServerHint:
    'Only the columns the analysis reads are uploaded — no message text, subject, attachment or invitation note — and deleted as soon as they are read. The report is kept for 30 days behind a link no one can guess; anyone you give the link to can open it, and you can delete it any time.',
  analysing: 'Reading your export on this device…',
  stage: {
    reading: 'Opening the files…',
    inflating: 'Unpacking the export…',
    analysing: 'Finding your former colleagues…',
  },
  nothingSent: 'Nothing leaves this device.',
  preparing: 'Taking out what the analysis does not read…',
  sentLine: (files, sent, whole) =>
    `Sending ${files} file${files === 1 ? '' : 's'} with only the columns the analysis reads: ${sent} instead of ${whole}. Message texts, subjects, attachments and invitation notes stay on this device.`,
  unreadableTitle: 'This file could not be read in the page',
  unreadable: (reason) => `The page could not read it to take out what the analysis does not need: ${reason}`,
  uploadWhole: 'Upload the whole file as it is',
  uploadWholeHint:
    'The whole file would go to the server, message texts included, and be deleted as soon as it is read.',
  badge: 'Read on this device: nothing was uploaded. The report lives in this tab only.',
  downloadHtml: 'Download the report (HTML)',
  downloadJson: 'Report data (JSON)',
  keptTitle: 'Kept in this browser',
  kept: (n) =>
    n === 0
      ? 'Marks and corrections you make are kept in this browser, so they come back when you read your export here again.'
      : `This browser keeps your marks and corrections for ${n} ${n === 1 ? 'person or name' : 'people and names'}, so they come back when you read your export here again.`,
  clearKept: 'Clear what this browser keeps',
  cleared: 'Cleared: this browser keeps nothing of yours now.',
  saveTitle: 'A link for later',
  saveHint:
    'This report is only in this tab. To come back to it from a link for 30 days, save it to the server: the page uploads only the columns the analysis reads, with no message text.',
  save: 'Save to the server for a link',
  forget: 'Closing or reloading this tab forgets the report; your export stays where it is.',
  workerFailed:
    'The analysis stopped in this browser (it may have run out of memory). Try reading it on the server instead.',
  workerFailedHere: 'the page’s own reader stopped in this browser (it may have run out of memory).',
  noWorker:
    'This browser cannot run the page’s own reader (Web Workers are turned off). Choose “On our server” to read it there.',
  noWorkerHere: 'this browser cannot run the page’s own reader (Web Workers are turned off).',
  failedTitle: 'The analysis could not run here',
  preparingTitle: 'Getting your export ready…',
  backToReport: 'Back to the report',
  notCarried: (reason) =>
    `Saved, but your marks and corrections from this device did not all come along: ${reason}`,
  gone: 'The report read on this device was in a tab that was closed or reloaded. Choose your export again: the marks and corrections this browser keeps come back with it.',
};

export const DEVICE_DE: DeviceStrings = {
  whereTitle: 'Wo soll Ihr Export gelesen werden?',
  onDevice: 'Auf diesem Gerät – nichts wird hochgeladen',
  onDeviceHint:
    'Die Auswertung läuft in diesem Browser. Der Bericht bleibt in diesem Tab, bis Sie ihn schließen, und nur Sie sehen ihn; Ihre Markierungen und Korrekturen behält dieser Browser, bis Sie sie löschen.',
  onServer: 'Auf unserem Server – mit einem Link für 30 Tage',
  onServerHint:
    'Hochgeladen werden nur die Spalten, die die Auswertung liest – kein Nachrichtentext, kein Betreff, kein Anhang, keine Einladungsnotiz – und gelöscht, sobald sie gelesen sind. Der Bericht bleibt 30 Tage hinter einem Link, den niemand erraten kann; wem Sie den Link geben, der kann ihn öffnen, und Sie können ihn jederzeit löschen.',
  analysing: 'Ihr Export wird auf diesem Gerät gelesen …',
  stage: {
    reading: 'Die Dateien werden geöffnet …',
    inflating: 'Der Export wird entpackt …',
    analysing: 'Ihre früheren Kolleginnen und Kollegen werden gesucht …',
  },
  nothingSent: 'Nichts verlässt dieses Gerät.',
  preparing: 'Was die Auswertung nicht liest, wird herausgenommen …',
  sentLine: (files, sent, whole) =>
    `${files} ${files === 1 ? 'Datei wird' : 'Dateien werden'} gesendet, nur mit den Spalten, die die Auswertung liest: ${sent} statt ${whole}. Nachrichtentexte, Betreffzeilen, Anhänge und Einladungsnotizen bleiben auf diesem Gerät.`,
  unreadableTitle: 'Diese Datei konnte auf der Seite nicht gelesen werden',
  unreadable: (reason) =>
    `Die Seite konnte sie nicht lesen, um herauszunehmen, was die Auswertung nicht braucht: ${reason}`,
  uploadWhole: 'Die ganze Datei so hochladen',
  uploadWholeHint:
    'Die ganze Datei ginge an den Server, Nachrichtentexte eingeschlossen, und würde gelöscht, sobald sie gelesen ist.',
  badge: 'Auf diesem Gerät gelesen: nichts wurde hochgeladen. Der Bericht ist nur in diesem Tab.',
  downloadHtml: 'Bericht herunterladen (HTML)',
  downloadJson: 'Berichtsdaten (JSON)',
  keptTitle: 'In diesem Browser behalten',
  kept: (n) =>
    n === 0
      ? 'Markierungen und Korrekturen behält dieser Browser, damit sie wiederkommen, wenn Sie Ihren Export hier erneut lesen.'
      : `Dieser Browser behält Ihre Markierungen und Korrekturen zu ${n} ${n === 1 ? 'Person oder Firma' : 'Personen und Firmen'}, damit sie wiederkommen, wenn Sie Ihren Export hier erneut lesen.`,
  clearKept: 'Löschen, was dieser Browser behält',
  cleared: 'Gelöscht: Dieser Browser behält nichts mehr von Ihnen.',
  saveTitle: 'Ein Link für später',
  saveHint:
    'Dieser Bericht ist nur in diesem Tab. Um 30 Tage lang über einen Link zu ihm zurückzukommen, speichern Sie ihn auf dem Server: Die Seite lädt nur die Spalten hoch, die die Auswertung liest, ohne Nachrichtentexte.',
  save: 'Auf dem Server speichern, für einen Link',
  forget: 'Wenn Sie diesen Tab schließen oder neu laden, ist der Bericht weg; Ihr Export bleibt, wo er ist.',
  workerFailed:
    'Die Auswertung ist in diesem Browser abgebrochen (vielleicht war der Speicher voll). Versuchen Sie es stattdessen auf dem Server.',
  workerFailedHere:
    'der Leser der Seite ist in diesem Browser abgebrochen (vielleicht war der Speicher voll).',
  noWorker:
    'Dieser Browser kann den Leser der Seite nicht ausführen (Web Worker sind abgeschaltet). Wählen Sie „Auf unserem Server“, um ihn dort lesen zu lassen.',
  noWorkerHere: 'dieser Browser kann den Leser der Seite nicht ausführen (Web Worker sind abgeschaltet).',
  failedTitle: 'Die Auswertung konnte hier nicht laufen',
  preparingTitle: 'Ihr Export wird vorbereitet …',
  backToReport: 'Zurück zum Bericht',
  notCarried: (reason) =>
    `Gespeichert, aber nicht alle Ihre Markierungen und Korrekturen von diesem Gerät sind mitgekommen: ${reason}`,
  gone: 'Der auf diesem Gerät gelesene Bericht war in einem Tab, der geschlossen oder neu geladen wurde. Wählen Sie Ihren Export erneut: Die Markierungen und Korrekturen, die dieser Browser behält, kommen mit.',
};
