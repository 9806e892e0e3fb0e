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
  const node = Plot.plot({ ...options, document: document as unknown as Document, className: 'chart' });
  for (const style of node.querySelectorAll('style')) style.remove();
  node.removeAttribute('style');
  for (const el of node.querySelectorAll('[style]')) el.removeAttribute('style');
  if (node.tagName.toLowerCase() === 'svg') node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return node.outerHTML;
}

export { Plot };
