import type { Person, Report } from '../report.ts';
import { type Lang, noteWords, personWords, phrasebook, warningWords, wordsContext } from '../words/index.ts';

/**
 * The report as one self-contained HTML file: no script, no external asset, every value escaped,
 * and a Content-Security-Policy that would block a script even if one slipped in.
 */
export function reportHtml(report: Report, people: Person[] = report.people, lang: Lang = 'en'): string {
  const book = phrasebook(lang);
  const context = wordsContext(report);
  const s = report.summary;
  const title = book.ui.title(report.owner.name);
  const row = (p: Person) => {
    const words = personWords(p, context, book);
    const name = escapeHtml(p.name || book.ui.hiddenProfile);
    const link = p.profileUrl
      ? `<a href="${escapeHtml(p.profileUrl)}" rel="noopener noreferrer">${name}</a>`
      : name;
    const where = [p.position, p.company].filter(Boolean).map(escapeHtml).join(' · ');
    return `<li class="person ${p.category}">
<div class="head"><span class="rank">${p.rank}</span> <span class="name">${link}</span> <span class="badge">${escapeHtml(words.label)}</span> <span class="score" title="${escapeHtml(book.ui.score)}">${p.score}</span></div>
${where ? `<div class="where">${where}</div>` : ''}
<ul class="reasons">${words.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
${words.draft ? `<blockquote class="draft">${escapeHtml(words.draft)}</blockquote>` : ''}
</li>`;
  };
  const warnings = report.warnings.map(
    (w) =>
      `<li>${escapeHtml(w.file)}${w.row ? ` ${escapeHtml(book.ui.row(w.row))}` : ''}: ${escapeHtml(warningWords(w, book))}</li>`,
  );
  return `<!doctype html>
<html lang="${book.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(book.ui.summary(s, report.asOf))}</p>
${s.notes.map((n) => `<p class="note">${escapeHtml(noteWords(n, book))}</p>`).join('\n')}
</header>
<main>
<ol class="people">
${people.map(row).join('\n')}
</ol>
${warnings.length ? `<section class="warnings"><h2>${escapeHtml(book.ui.warningsTitle)}</h2><ul>${warnings.join('')}</ul></section>` : ''}
</main>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#1f2933;background:#f7f8fa;margin:0}
header,main{max-width:860px;margin:0 auto;padding:16px}
h1{font-size:1.5em;margin:.5em 0}
.note{color:#7a4b00;background:#fff6e0;padding:8px 12px;border-radius:6px}
.people{list-style:none;padding:0}
.person{background:#fff;border:1px solid #e1e5ea;border-radius:8px;padding:12px 16px;margin:0 0 10px}
.head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.rank{color:#7b8794;min-width:2em}
.name{font-weight:600}
.name a{color:#0b5cab;text-decoration:none}
.badge{font-size:.8em;padding:1px 8px;border-radius:10px;background:#e4e7eb}
.former-colleague .badge{background:#d9f2e6;color:#0b6b3a}
.current-colleague .badge{background:#dbe9fb;color:#0b4a8b}
.alumni .badge{background:#f3e8fd;color:#5b2a86}
.score{margin-left:auto;font-weight:600}
.where{color:#52606d}
.reasons{margin:6px 0;padding-left:20px}
.draft{margin:6px 0 0;padding:8px 12px;background:#f0f4f8;border-left:3px solid #9fb3c8;border-radius:4px}
.warnings{font-size:.9em;color:#52606d}
`;
