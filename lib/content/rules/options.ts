import { defineRule } from './define'

export const noOptions = defineRule({ id: 'options/no-options', catches: 'an `<OptionsTable>` on a page with no `<Options>` block to draw it from', severity: 'error' })
export const unknownRow = defineRule({ id: 'options/unknown-row', catches: 'an `<OptionsTable>` row that is not one of the questions every option answers', severity: 'error' })
