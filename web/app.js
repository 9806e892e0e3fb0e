// crosscheck: small enhancements of pages that work without JavaScript. Loaded as a module from
// this server only (the Content-Security-Policy allows no other script).

/** Document page: the claim named in the address is marked in the list beside the text too. */
function followTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  for (const el of document.querySelectorAll('.claim.is-current')) el.classList.remove('is-current');
  if (!id) return;
  const item = document.querySelector(`.claim[data-anchor="${CSS.escape(id)}"]`);
  if (item) {
    item.classList.add('is-current');
    item.scrollIntoView({ block: 'nearest' });
  }
  const mark = document.getElementById(id);
  if (mark) mark.focus({ preventScroll: true });
}

/** Charts: the title of a mark as a tooltip that follows the pointer and keyboard focus. */
function chartTips() {
  const charts = document.querySelectorAll('svg.chart');
  if (charts.length === 0) return;
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  tip.setAttribute('role', 'tooltip');
  document.body.append(tip);
  const textOf = (el) => el.closest('a, g > *')?.querySelector('title')?.textContent ?? null;
  const show = (text, x, y) => {
    tip.textContent = text;
    tip.hidden = false;
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(8, Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - w - 8))}px`;
    tip.style.top = `${y + 16}px`;
  };
  for (const chart of charts) {
    chart.addEventListener('pointermove', (e) => {
      const text = e.target instanceof Element ? textOf(e.target) : null;
      if (text) show(text, e.pageX, e.pageY);
      else tip.hidden = true;
    });
    chart.addEventListener('pointerleave', () => (tip.hidden = true));
    chart.addEventListener('focusin', (e) => {
      const text = e.target instanceof Element ? e.target.querySelector('title')?.textContent : null;
      if (!text) return;
      const box = e.target.getBoundingClientRect();
      show(text, box.right + window.scrollX, box.top + window.scrollY);
    });
    chart.addEventListener('focusout', () => (tip.hidden = true));
  }
  // Plot's titles would also show as the browser's own tooltip, on top of this one.
  for (const t of document.querySelectorAll('svg.chart title')) {
    const holder = t.parentElement;
    if (holder && !holder.getAttribute('aria-label')) holder.setAttribute('aria-label', t.textContent ?? '');
  }
}

/** Ingest: send the form in the background with a progress bar, and show the outcome in place. */
function ingestForm() {
  const form = document.getElementById('ingest-form');
  if (!(form instanceof HTMLFormElement)) return;
  const progress = document.getElementById('ingest-progress');
  const status = document.getElementById('ingest-status');
  const outcome = document.getElementById('ingest-outcome');
  const button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.responseType = 'document';
    xhr.upload.addEventListener('progress', (p) => {
      if (p.lengthComputable && progress instanceof HTMLProgressElement) progress.value = (100 * p.loaded) / p.total;
    });
    xhr.upload.addEventListener('load', () => {
      if (status) status.textContent = 'Sent. Reading and extracting…';
      if (progress instanceof HTMLProgressElement) progress.removeAttribute('value');
    });
    xhr.addEventListener('load', () => {
      if (progress) progress.hidden = true;
      if (button instanceof HTMLButtonElement) button.disabled = false;
      const doc = xhr.response;
      const result = doc?.getElementById('ingest-outcome');
      const message = doc?.querySelector('main .notice');
      if (result && outcome) {
        outcome.replaceChildren(...result.childNodes);
        if (status) status.textContent = 'Done.';
        outcome.querySelector('#ingest-result')?.focus();
        form.reset();
      } else if (status) status.textContent = message?.textContent ?? `The server answered ${xhr.status}.`;
    });
    xhr.addEventListener('error', () => {
      if (progress) progress.hidden = true;
      if (button instanceof HTMLButtonElement) button.disabled = false;
      if (status) status.textContent = 'The server could not be reached.';
    });
    if (progress) progress.hidden = false;
    if (button instanceof HTMLButtonElement) button.disabled = true;
    if (status) status.textContent = 'Sending…';
    xhr.send(new FormData(form));
  });
}

followTarget();
window.addEventListener('hashchange', followTarget);
chartTips();
ingestForm();
