import { defineRule } from './define'

export const unknownArticle = defineRule({ id: 'digest/unknown-article', catches: 'a `<KeyFactsDigest>` that preselects an article that does not exist or is a draft', severity: 'error' })
