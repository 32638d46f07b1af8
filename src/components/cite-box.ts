/**
 * The cite box in the browser: writes today's date into each citation's accessed clause (the
 * build leaves it out, so no date is frozen into the page), and shows the copy buttons.
 */

/** Fills a `{year}`/`{month}`/`{day}` template with today's date, months named as the style names them. */
function accessedText(template: string, months: readonly string[], today: Date): string {
  return template
    .replace('{year}', String(today.getFullYear()))
    .replace('{month}', months[today.getMonth()] ?? '')
    .replace('{day}', String(today.getDate()));
}

const today = new Date();
for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  // The template is citeproc's own escaped HTML, made at build time from the style and locale.
  slot.innerHTML = accessedText(slot.dataset.accessed ?? '', (slot.dataset.months ?? '').split('|'), today);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target || !navigator.clipboard) continue;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText((target.textContent ?? '').replace(/\s+/g, ' ').trim()).then(() => {
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}
