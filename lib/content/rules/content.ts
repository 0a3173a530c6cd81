import { defineRule } from './define'

export const duplicateSlug = defineRule({ id: 'content/duplicate-slug', catches: 'two files with one address (letter case and .md/.mdx are ignored)', severity: 'error' })
export const slug = defineRule({ id: 'content/slug', catches: 'a file name that is not a clean address (lowercase words joined by hyphens)', severity: 'error' })
export const extension = defineRule({ id: 'content/extension', catches: 'a content file that does not end in .mdx', severity: 'error' })
