import type { ReactNode } from 'react'
import { iconArrayLayout } from '@/lib/icon-array'
import { formatNumber, messages, type Locale } from '@/lib/i18n'
import { iconArrayId } from '@/lib/page-ids'

interface Props {
  /** The figure's id in content/figures.json. */
  id: string
  of: 100 | 1000
  /** What the filled people had: the picture's title. */
  what: string
  groups: { label: string; count: number }[]
  /** The figure's words and citation (made by the pipeline). */
  children: ReactNode
  lang: Locale
}

/** One cell: a person (head and shoulders), 10 × 12 units. */
const PERSON = 'M5 1.2a2.1 2.1 0 1 1 0 4.2a2.1 2.1 0 1 1 0-4.2ZM1.6 11.2v-2.2c0-1.9 1.5-3.2 3.4-3.2s3.4 1.3 3.4 3.2v2.2Z'
const W = 10
const H = 12

/**
 * A picture of a number, drawn at build time as static SVG: filled people had the outcome, outlined
 * people did not. The picture is hidden from screen readers; the words under each array and the
 * caption say the same numbers, so it is never the only place a number appears. Colours come from
 * currentColor, so it follows dark mode and prints in black.
 */
export function IconArrayFigure({ id, of, what, groups, children, lang }: Props) {
  const t = messages(lang).figures
  const on = iconArrayId(id, 'on')
  const off = iconArrayId(id, 'off')
  return (
    <figure className="icon-array not-prose">
      <p className="icon-array-title">{what}</p>
      <div className="icon-array-groups">
        {groups.map((g, i) => {
          const { cols, rows, filled, empty } = iconArrayLayout(of, g.count)
          return (
            <div key={g.label} className="icon-array-group" data-of={of}>
              <svg viewBox={`0 0 ${cols * W} ${rows * H}`} aria-hidden="true" focusable="false">
                {/* The icons are defined once per figure; the other arrays reuse them (same document). */}
                {i === 0 ? (
                  <defs>
                    <pattern id={on} width={W} height={H} patternUnits="userSpaceOnUse">
                      <path d={PERSON} fill="currentColor" />
                    </pattern>
                    <pattern id={off} width={W} height={H} patternUnits="userSpaceOnUse">
                      <path d={PERSON} fill="none" stroke="currentColor" strokeWidth="0.8" />
                    </pattern>
                  </defs>
                ) : null}
                {filled.map((r, j) => (
                  <rect key={`f${j}`} x={r.x * W} y={r.y * H} width={r.w * W} height={r.h * H} fill={`url(#${on})`} />
                ))}
                {empty.map((r, j) => (
                  <rect key={`e${j}`} x={r.x * W} y={r.y * H} width={r.w * W} height={r.h * H} fill={`url(#${off})`} />
                ))}
              </svg>
              <p>
                <strong>{t.inOf(g.count, formatNumber(of, lang))}</strong>{' '}
                {g.label}
              </p>
            </div>
          )
        })}
      </div>
      <figcaption>
        <p>{t.eachFigure}</p>
        {children}
        {/* PEMAT-P asks a chart to say how to use it: compare the groups, then ask. */}
        <p>{t.howToUse}</p>
      </figcaption>
    </figure>
  )
}
