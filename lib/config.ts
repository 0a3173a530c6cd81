/**
 * Site-wide settings. `origin` is the one place the public address is set: canonical URLs, link
 * previews, the sitemap, the feed and "copy link to this section" all derive from it.
 */
export const site = {
  name: 'Ketamine Explained',
  /** Public origin, no trailing slash. Override at build time with SITE_ORIGIN. */
  origin: (process.env.SITE_ORIGIN ?? 'https://ketamine-explained.example').replace(/\/+$/, ''),
  description:
    'Plain-language, fully referenced information about ketamine and esketamine treatment for depression.',
  locale: 'en-US',
} as const
