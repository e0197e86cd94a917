import type { SafetyPlanView } from '@careloop/core';

/** The card's section headings: our own wording on the six steps (never the branded form's). */
const HEADINGS = {
  warningSigns: 'When to use this plan: my warning signs',
  copingStrategies: 'Things I can do on my own',
  socialDistractions: 'People and places that take my mind off things',
  helpContacts: 'People I can ask for help',
  professionalContacts: 'Professionals and crisis lines',
  environmentSafety: 'Making my surroundings safer',
  reasonsForLiving: 'What matters most to me',
} as const;

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const withPhone = (name: string, extra: (string | null)[], phone: string | null) =>
  `${esc(name)}${extra
    .filter(Boolean)
    .map((e) => ` <span class="muted">(${esc(e!)})</span>`)
    .join('')}${phone ? ` — <strong>${esc(phone)}</strong>` : ''}`;

function section(title: string, items: string[]): string {
  const body = items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p class="muted">—</p>';
  return `<section><h2>${esc(title)}</h2>${body}</section>`;
}

/**
 * The plan as a pocket card: one sheet printed on one side, folded in half twice, so the front
 * panel shows the title and the crisis lines and the inside panels follow the plan's order.
 * Self-contained (inline CSS only); the URL carries ids only.
 */
export function safetyPlanCardHtml(plan: SafetyPlanView, clientName: string, signedOn: string | null): string {
  const panels = [
    `<section class="front"><h1>My safety plan</h1><p>${esc(clientName)}</p>
      ${signedOn ? `<p class="muted">Signed ${esc(signedOn)}</p>` : '<p class="muted">Draft — not yet signed</p>'}
      <p class="lifeline">In a crisis call or text <strong>988</strong>. In danger now, call <strong>911</strong>.</p></section>`,
    section(HEADINGS.warningSigns, plan.warningSigns.map(esc)) +
      section(HEADINGS.copingStrategies, plan.copingStrategies.map(esc)),
    section(
      HEADINGS.socialDistractions,
      plan.socialDistractions.map((d) => withPhone(d.name, [], d.phone)),
    ) +
      section(
        HEADINGS.helpContacts,
        plan.helpContacts.map((c) => withPhone(c.name, [c.relationship], c.phone)),
      ),
    section(
      HEADINGS.professionalContacts,
      plan.professionalContacts.map((c) => withPhone(c.name, [c.role], c.phone)),
    ) +
      section(
        HEADINGS.environmentSafety,
        plan.environmentSafety.map(
          (e) =>
            `${esc(e.means)}${e.plan ? `: ${esc(e.plan)}` : ''}${
              e.responsiblePerson
                ? ` <span class="muted">(${esc(e.responsiblePerson)}${e.byDate ? `, by ${esc(e.byDate)}` : ''})</span>`
                : ''
            }${e.completedOn ? ` <span class="muted">done ${esc(e.completedOn)}</span>` : ''}`,
        ),
      ) +
      section(HEADINGS.reasonsForLiving, plan.reasonsForLiving.map(esc)),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Safety plan card</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  @page { size: letter portrait; margin: 0.4in; }
  body { font-family: system-ui, sans-serif; font-size: 10pt; color: #111; margin: 0; }
  .sheet { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr; width: 7.7in; height: 10.2in; }
  .panel { box-sizing: border-box; padding: 0.25in; border: 1px dashed #888; overflow: hidden; }
  h1 { font-size: 16pt; margin: 0 0 0.1in; } h2 { font-size: 10.5pt; margin: 0.08in 0 0.03in; }
  ul { margin: 0; padding-left: 1.1em; } li { margin: 0.02in 0; }
  .muted { color: #444; } .lifeline { margin-top: 0.3in; font-size: 11pt; }
  .fold-hint { font-size: 8pt; color: #444; margin: 0.1in 0; }
  @media print { .fold-hint, .actions { display: none; } .panel { border-color: #bbb; } }
</style></head>
<body><main>
<p class="fold-hint">Print on one sheet, cut or fold along the dashed lines into a pocket card.</p>
<div class="sheet">${panels.map((p) => `<div class="panel">${p}</div>`).join('')}</div>
</main></body></html>`;
}
