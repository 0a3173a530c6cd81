import type { ComponentProps } from 'react'
import type { Locale } from '@/lib/i18n'
import { CopyLink } from './CopyLink'

type Props = ComponentProps<'h2'> & { level: 2 | 3; lang: Locale }

/**
 * A section heading with its "Copy link to this section" control beside it. The id comes from
 * lib/toc.ts (GitHub's slug rules, or an id the editor pinned), so links shared today keep working.
 */
export function Heading({ level, id, children, lang, ...rest }: Props) {
  const Tag = `h${level}` as const
  if (!id) return <Tag {...rest}>{children}</Tag>
  return (
    <div className="heading-wrapper">
      <Tag id={id} {...rest}>
        {children}
      </Tag>
      <CopyLink id={id} lang={lang} />
    </div>
  )
}

export const H2 = (props: ComponentProps<'h2'> & { lang: Locale }) => <Heading level={2} {...props} />
export const H3 = (props: ComponentProps<'h3'> & { lang: Locale }) => <Heading level={3} {...props} />
