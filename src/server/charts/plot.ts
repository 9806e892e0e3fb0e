import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Draws an Observable Plot chart on the server and returns its SVG (or figure) markup, so the
 * page shows it without JavaScript. Plot writes its styles as a `<style>` element and `style`
 * attributes, which the Content-Security-Policy forbids: they are removed here and app.css
 * carries the same rules for the class `chart`. Text (titles, labels) is escaped by the DOM's
 * serialisation, like everything else taken from articles.
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  return clean(Plot.plot({ ...options, document: document as unknown as Document, className: 'chart' }));
}

/** A legend of one scale (swatches of colours or shapes), drawn like {@link renderPlot}. */
export function renderLegend(options: Plot.LegendScales): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  // `document` is an option of every Plot function that makes elements, though not typed here.
  const withDocument = { ...options, document, className: 'chart' } as Plot.LegendScales;
  return clean(Plot.legend(withDocument) as Element);
}

function clean(node: Element): string {
  for (const style of node.querySelectorAll('style')) style.remove();
  node.removeAttribute('style');
  for (const el of node.querySelectorAll('[style]')) el.removeAttribute('style');
  // Plot names each group of marks ("dot", "x-axis tick") with aria-label, which ARIA does not
  // allow on an element without a role; the chart's own label and each mark's stay.
  for (const g of node.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  if (node.tagName.toLowerCase() === 'svg') node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return node.outerHTML;
}

export { Plot };
