import type { PropsOf } from '@/lib/content/components'
import { messages, type Locale } from '@/lib/i18n'

/** Ruled lines to write on once printed; on screen they say what they are for. */
export function NotesSpace({ lines = 6, lang }: PropsOf<'NotesSpace'> & { lang: Locale }) {
  return (
    <div className="notes-space not-prose" role="img" aria-label={messages(lang).summary.notesLabel(lines)}>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} />
      ))}
    </div>
  )
}
