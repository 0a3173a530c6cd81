import { PAGE_IDS } from '@/lib/page-ids'

/**
 * Crisis help on every page, before the header, so it is the second thing a keyboard reaches.
 * Two short lines on a phone, so the page's answer still fits the first screen. The 988 line and
 * "local emergency number" wording are explained, with sources, on /help/.
 */
export function CrisisStrip() {
  return (
    <aside aria-label="Crisis help" id={PAGE_IDS.crisisHelp} className="crisis-strip">
      <p>
        <strong>Thinking about suicide or in danger?</strong> Call or text <a href="tel:988">988</a> (US) or your local
        emergency number. <a href="/help/">Get help now</a>
      </p>
    </aside>
  )
}
