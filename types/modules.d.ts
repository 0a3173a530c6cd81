declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types'
  import type { TocEntry } from '@/lib/toc'
  import type { CitedReference } from '@/lib/citations/remark-citations'
  /** The article body, rendered with the components from mdx-components.tsx. */
  export default function MDXContent(props: MDXProps): React.JSX.Element
  /** h2/h3 headings for the contents list (exported by lib/mdx/remark-content.ts). */
  export const headings: TocEntry[]
  /** The article's reference list in citation order (exported by lib/mdx/remark-content.ts). */
  export const references: CitedReference[]
}
