import { defineRule } from './define'

export const missing = defineRule({ id: 'frontmatter/missing', catches: 'a file with no frontmatter block (`---` … `---`) at the top', severity: 'error' })
export const yaml = defineRule({ id: 'frontmatter/yaml', catches: 'frontmatter that is not valid YAML (indentation, an unquoted colon)', severity: 'error' })
export const schema = defineRule({ id: 'frontmatter/schema', catches: 'a missing or invalid field, a typo in a field name (with the nearest name), a bad date', severity: 'error' })
