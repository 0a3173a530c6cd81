/**
 * Under each table wider than its column (components/mdx/Table.tsx), a visible line saying it
 * scrolls sideways; kept in step when the window is resized or the phone turned.
 */
export function tables() {
  const regions = [...document.querySelectorAll<HTMLElement>('.table-scroll')]
  if (!regions.length) return
  const fit = () => {
    for (const region of regions) {
      const wide = region.scrollWidth > region.clientWidth + 1
      let hint = region.nextElementSibling?.classList.contains('table-hint') ? (region.nextElementSibling as HTMLElement) : null
      if (wide && !hint) {
        // The words come with the table, in the page's language (data-hint).
        hint = Object.assign(document.createElement('p'), { className: 'table-hint', textContent: region.dataset.hint ?? '' })
        region.after(hint)
      }
      if (hint) hint.hidden = !wide
    }
  }
  fit()
  new ResizeObserver(fit).observe(document.documentElement)
}
