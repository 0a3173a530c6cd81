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
