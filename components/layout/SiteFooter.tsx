import { site } from '@/lib/config'

/** The medical disclaimer and the pages that say who we are and how we work. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div>
        <p>
          <strong>This site is for education, not medical advice.</strong> It cannot tell you whether a treatment is right
          for you. Talk to a doctor or other qualified health professional about your own care. If you might be in danger,{' '}
          <a href="/help/">get help now</a>.
        </p>
        <nav aria-label="About this site">
          <ul>
            <li><a href="/about/">About {site.name}</a></li>
            <li><a href="/about/#editorial-policy">Editorial policy</a></li>
            <li><a href="/about/#privacy">Privacy</a></li>
            <li><a href="/corrections/">Corrections</a></li>
          </ul>
        </nav>
        <p className="text-muted">
          Run by a small independent team, with no money from drug makers or clinics (<a href="/about/#who-we-are">who we are</a>). No
          adverts, no cookies, no tracking. We do not run or recommend any clinic.
        </p>
      </div>
    </footer>
  )
}
