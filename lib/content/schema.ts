import { z } from 'zod'
import { SECTION_IDS } from './sections'

/** A calendar date written as YYYY-MM-DD (quoted or not: we parse YAML 1.2, so it stays text). */
const isoDate = z.iso.date()

/** Slug of another article: lowercase words joined by hyphens, like its file name. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const slug = z.string().regex(slugPattern, { error: 'lowercase words joined by hyphens, like an article file name (side-effects)' })

/** Fields shared by articles and standalone pages (help, about). */
const common = {
  /** Page title, shown as the h1 and in the browser tab ("Title – Site"). Plain words, no trailing full stop. */
  title: z.string().trim().min(3).max(80),
  /** One or two sentences for link previews and search results. At most 160 characters. */
  description: z.string().trim().min(20).max(160),
  /** Date a qualified reviewer last checked the whole page against its sources (YYYY-MM-DD). */
  lastReviewed: isoDate,
  /** Date the next full review is due (YYYY-MM-DD), after lastReviewed. The check fails once it has passed. */
  nextReviewDue: isoDate,
  /**
   * Who reviewed it, as a role or credential (for example "Psychiatric pharmacist"), never a
   * person's name: we do not publish reviewers we cannot show.
   */
  reviewer: z
    .string()
    .trim()
    .min(3)
    // Room for a translation's note ("traducción del texto en inglés…"): Spanish runs about a fifth longer.
    .max(120)
    .refine((s) => !/^(dr|mr|mrs|ms|mx|prof)\.?\s/i.test(s), {
      message: 'a role or credential (for example "Consultant psychiatrist"), not a person\'s name',
    }),
  /**
   * What changed at each review, newest first: shown under the review stamp so returning readers
   * can see what is new. Corrections are listed apart, and on /corrections/.
   */
  history: z
    .array(
      z
        .strictObject({
          date: isoDate,
          /** What changed, in a sentence. */
          summary: z.string().trim().min(3).max(200),
          /** `correction` when something we said was wrong or misleading; `update` (the default) otherwise. */
          kind: z.enum(['update', 'correction']).default('update'),
          /** For a correction: what was wrong, and how it came to light. */
          why: z.string().trim().min(3).max(300).optional(),
        })
        .superRefine((h, ctx) => {
          if (h.kind === 'correction' && !h.why)
            ctx.addIssue({ code: 'custom', path: ['why'], message: 'a reason for the correction (what was wrong, and how it came to light)', input: undefined })
        }),
    )
    .min(1)
    .optional(),
  /** true while the page is being written: checked like any other, but never published. */
  draft: z.boolean().default(false),
}

/** Review dates must be in order; a page due for review before it was reviewed is a typo. */
function reviewOrder(fm: { lastReviewed: string; nextReviewDue: string }, ctx: z.RefinementCtx) {
  if (fm.nextReviewDue <= fm.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `a date after lastReviewed (${fm.lastReviewed})`,
      input: fm.nextReviewDue,
    })
  }
}

/** Article-only fields. */
const articleFields = {
  /** Which section of the site it belongs to: one of the ids in lib/content/sections.ts. */
  section: z.enum(SECTION_IDS),
  /** Position within its section, 1 first. Reading order is section order, then this. */
  order: z.int().min(1).max(999),
  /**
   * 3 to 5 short bullets shown in the "Key facts" box at the top. They may carry citations like
   * the body (`[@key]`), and should only summarise what the article says and cites.
   */
  // 220 characters of English; Spanish runs about a fifth longer.
  keyFacts: z.array(z.string().trim().min(10).max(260)).min(3).max(5),
  /** Slugs of other articles worth reading next (shown under "Related reading"). */
  related: z.array(slug).max(6).optional(),
}

/**
 * A translation (content/es/…) names what it translates, so the check can tell when the original
 * has changed since, and the two pages can link to each other.
 */
const translationFields = {
  /** The English file this translates, from the project root: content/articles/side-effects.mdx. */
  translationOf: z.string().regex(/^content\/(articles|pages)\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/, {
    error: 'the English file this translates, like content/articles/side-effects.mdx',
  }),
  /** The git revision of that English file the translation was made from (a commit id, 7 to 40 hex digits). */
  sourceRevision: z.string().regex(/^[0-9a-f]{7,40}$/, { error: 'a git commit id (7 to 40 hex digits), from `git log -1 --format=%h -- <English file>`' }),
}

/** Frontmatter of `content/articles/<slug>.mdx`. This schema is the only documentation of the fields. */
export const articleSchema = z.strictObject({ ...common, ...articleFields }).superRefine(reviewOrder)

/** Frontmatter of `content/pages/<slug>.mdx` (crisis help, about): no section, order or key facts. */
export const pageSchema = z.strictObject(common).superRefine(reviewOrder)

/** A translated article (content/<lang>/articles/<slug>.mdx): an article that names its original. */
export const translatedArticleSchema = z.strictObject({ ...common, ...articleFields, ...translationFields }).superRefine(reviewOrder)

/** A translated page (content/<lang>/pages/<slug>.mdx). */
export const translatedPageSchema = z.strictObject({ ...common, ...translationFields }).superRefine(reviewOrder)

/** The frontmatter schema for a collection in a language, with its field names (for "did you mean"). */
export function schemaFor(collection: 'articles' | 'pages', translated: boolean) {
  const schema = translated ? (collection === 'articles' ? translatedArticleSchema : translatedPageSchema) : collection === 'articles' ? articleSchema : pageSchema
  return { schema, keys: Object.keys(schema.shape) }
}

export type ArticleFrontmatter = z.output<typeof articleSchema> & Partial<Pick<z.output<typeof translatedArticleSchema>, 'translationOf' | 'sourceRevision'>>
export type PageFrontmatter = z.output<typeof pageSchema> & Partial<Pick<z.output<typeof translatedPageSchema>, 'translationOf' | 'sourceRevision'>>
