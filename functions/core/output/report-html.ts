import type { Category, Person, Report } from '../report.ts';
import { plural } from '../wording.ts';

/**
 * The report as one self-contained HTML file: no script, no external asset, every value escaped,
 * and a Content-Security-Policy that would block a script even if one slipped in.
 */
const LABELS: Record<Category, string> = {
  'former-colleague': 'Former colleague',
  'current-colleague': 'Current colleague',
  alumni: 'Alumni',
  other: 'Other',
};

export function reportHtml(report: Report, people: Person[] = report.people): string {
  const s = report.summary;
  const title = report.owner.name ? `Reconnect — ${report.owner.name}` : 'Reconnect report';
  return `<!doctype html>
<html lang="en">
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
<p>As of ${escapeHtml(report.asOf)}: ${plural(s.connections, 'connection')} — <strong>${plural(s.likelyFormerColleagues, 'likely former colleague')}</strong>${s.formerColleagues > s.likelyFormerColleagues ? ` (${s.formerColleagues} with possible ones)` : ''}, ${plural(s.currentColleagues, 'current colleague')}, ${plural(s.alumni, 'alumnus', 'alumni')} of your employers.</p>
${s.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
</header>
<main>
<ol class="people">
${people.map(personHtml).join('\n')}
</ol>
${warningsHtml(report)}
</main>
</body>
</html>
`;
}

function personHtml(p: Person): string {
  const name = escapeHtml(p.name || 'Hidden profile');
  const link = p.profileUrl
    ? `<a href="${escapeHtml(p.profileUrl)}" rel="noopener noreferrer">${name}</a>`
    : name;
  const where = [p.position, p.company].filter(Boolean).map(escapeHtml).join(' at ');
  return `<li class="person ${p.category}">
<div class="head"><span class="rank">${p.rank}</span> <span class="name">${link}</span> <span class="badge">${LABELS[p.category]}</span> <span class="score" title="score 0–100">${p.score}</span></div>
${where ? `<div class="where">${where}</div>` : ''}
<ul class="reasons">${p.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
${p.draft ? `<blockquote class="draft">${escapeHtml(p.draft)}</blockquote>` : ''}
</li>`;
}

function warningsHtml(report: Report): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.map(
    (w) => `<li>${escapeHtml(w.file)}${w.row ? ` row ${w.row}` : ''}: ${escapeHtml(w.message)}</li>`,
  );
  return `<section class="warnings"><h2>Rows skipped or repaired</h2><ul>${items.join('')}</ul></section>`;
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
