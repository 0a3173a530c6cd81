import { defineRule } from './define'

export const figureSchema = defineRule({ id: 'figures/schema', catches: 'a shared figure in content/figures.json that is invalid, duplicated, or cites an unknown source', severity: 'error' })
export const unknownFigure = defineRule({ id: 'figures/unknown-id', catches: 'a `<Fig>` whose id is not in content/figures.json (with the nearest ids)', severity: 'error' })
export const noArray = defineRule({ id: 'figures/no-array', catches: 'an `<IconArray>` whose figure has no counts to draw (no "array" in content/figures.json)', severity: 'error' })
