import type { PropsOf } from '@/lib/content/components'

/** Ruled lines to write on once printed; on screen they say what they are for. */
export function NotesSpace({ lines = 6 }: PropsOf<'NotesSpace'>) {
  return (
    <div className="notes-space not-prose" role="img" aria-label={`${lines} blank lines for notes, to fill in on paper`}>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} />
      ))}
    </div>
  )
}
