/**
 * "Print this page" (components/article/PrintButton.tsx): a real button, hidden until this
 * script can make it work; its space is kept from the first paint, so showing it shifts nothing.
 */
export function printButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => window.print())
    button.hidden = false
  }
}

/**
 * The summary for your doctor, reached from an article's print control (?from=<slug>): tick that
 * article too. The address is only read, never stored; without JavaScript the preset ticks stand.
 */
export function summaryFrom() {
  const from = new URLSearchParams(location.search).get('from')
  if (!from) return
  const box = [...document.querySelectorAll<HTMLInputElement>('input[data-digest]')].find((b) => b.dataset.digest === from)
  if (box) box.checked = true
}
