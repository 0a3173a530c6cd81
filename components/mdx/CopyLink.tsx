/**
 * "Copy link to this section". Without JavaScript it is a plain link to the heading (the address
 * bar then holds the section's link); browser/copy-link.ts makes a click copy the canonical
 * address and say so in words.
 */
export function CopyLink({ id }: { id: string }) {
  return (
    <span className="copy-link no-print">
      <a href={`#${id}`} data-copy-link="" aria-label="Copy link to this section" aria-describedby={id}>
        Copy link
      </a>
    </span>
  )
}
