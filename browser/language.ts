/**
 * The link to the same page in the other language (components/layout/LanguageLinks.tsx). Both
 * versions keep the same section ids, so a reader part-way down a page lands on the same section;
 * without JavaScript the link opens the page at the top.
 */
export function languageLinks() {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.language-links a') : null
    if (link && window.location.hash) link.hash = window.location.hash
  })
}
