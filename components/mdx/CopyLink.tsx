import { messages, type Locale } from '@/lib/i18n'

/**
 * "Copy link to this section". Without JavaScript it is a plain link to the heading (the address
 * bar then holds the section's link); browser/copy-link.ts makes a click copy the canonical
 * address and say so in words.
 */
export function CopyLink({ id, lang }: { id: string; lang: Locale }) {
  const t = messages(lang).article
  return (
    <span className="copy-link no-print">
      <a href={`#${id}`} data-copy-link="" aria-label={t.copyLinkLabel} aria-describedby={id}>
        {t.copyLink}
      </a>
    </span>
  )
}
