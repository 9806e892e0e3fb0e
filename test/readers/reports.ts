/**
 * Short reports written for these tests, in the style of wire copy, about fictional places
 * (Marevo, Doltsa, the Vessa valley). Each carries at least one attributed figure.
 */

export const MARKET_STRIKE = {
  title: 'Shelling hits Marevo market',
  html: '<p>MAREVO, Nov 9 (Kestrel) - At least 12 people were killed when shells hit the covered market in Marevo on Thursday morning, the regional health department said.</p><p>The northern command said its units had not fired on the town and blamed the opposing side for the strike.</p>',
};

export const VALLEY_DISPLACED = {
  title: 'Thousands leave the Vessa valley as fighting nears',
  html: '<p>More than 4,000 people have fled villages in the Vessa valley since Monday, according to the Doltsa relief office.</p><p>"The roads south are full of families on foot," said Irena Holm, who coordinates the office\'s shelters.</p>',
};

export const BRIDGE_DETAINED = {
  title: 'Police detain 30 after bridge protest in Doltsa',
  html: '<p>Police in Doltsa detained 30 people after a protest on the Iron Bridge on Saturday, a police spokesman told reporters.</p><p>Organisers said the protest had been peaceful.</p>',
};

/** A whole page: head metadata (outlet, publication date), a script that must never be read. */
export function page(
  report: { title: string; html: string },
  opts: { outlet?: string; published?: string; script?: string } = {},
): string {
  const meta = [
    opts.outlet ? `<meta property="og:site_name" content="${opts.outlet}">` : '',
    opts.published ? `<meta property="article:published_time" content="${opts.published}T08:30:00Z">` : '',
  ].join('');
  const script = opts.script ? `<script>${opts.script}</script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${report.title}</title>${meta}${script}</head><body><article><h1>${report.title}</h1>${report.html}${script}</article></body></html>`;
}
