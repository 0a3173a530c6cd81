import { z } from 'zod'

/** One example of a component as an editor writes it: shown in the guide, rendered by the tests. */
export interface ComponentExample {
  title: string
  mdx: string
}

/**
 * A component editors may write in content. Its props schema is the one truth about its props: the
 * check validates every use against it, and the React component takes its props type from it.
 */
export interface ContentComponent<P extends z.ZodType = z.ZodType> {
  summary: string
  props: P
  /** Whether the component wraps content (block) or stands alone (none). */
  children: 'block' | 'none'
  examples: ComponentExample[]
}

const component = <P extends z.ZodType>(c: ContentComponent<P>) => c

// About 120 characters of English; Spanish runs about a fifth longer.
const title = z.string().trim().min(3).max(160)

export const COMPONENTS = {
  Callout: component({
    summary: 'A highlighted box whose kind is said in words ("Good to know", "Important"), not only by its colour.',
    props: z.strictObject({
      /** "info" (background, tips) or "warning" (a risk or limit the reader must not miss). */
      kind: z.enum(['info', 'warning']).default('info'),
      /** Short heading, shown after the kind's label. */
      title: title.optional(),
    }),
    children: 'block',
    examples: [
      {
        title: 'A warning with a title',
        mdx: '<Callout kind="warning" title="Before you sign up for at-home ketamine">\n\nThe largest study of at-home ketamine had no comparison group. [@hull2022]\n\n</Callout>',
      },
      { title: 'Background, no title', mdx: '<Callout>\n\nEsketamine is a nasal spray made from one form of ketamine. [@spravatoUS]\n\n</Callout>' },
    ],
  }),
  CareCard: component({
    summary: 'When to get help, as NHS care cards do: the level is said in words, and every card cites its source.',
    props: z.strictObject({
      /** non-urgent, urgent or emergency. */
      level: z.enum(['non-urgent', 'urgent', 'emergency']),
      /** What the reader should do, e.g. "Call your care team the same day if:". */
      title,
    }),
    children: 'block',
    examples: [
      {
        title: 'Urgent',
        mdx: '<CareCard level="urgent" title="Call your care team the same day if:">\n\n- your depression or thoughts of suicide get worse [@spravatoUS]\n\n</CareCard>',
      },
    ],
  }),
  Checklist: component({
    summary: 'A printable list with a box to tick beside each line (drawn by CSS, so no unlabelled form controls).',
    props: z.strictObject({ title: title.optional() }),
    children: 'block',
    examples: [
      { title: 'Questions to ask', mdx: '{/* no-cite: checklist */}\n<Checklist title="The treatment">\n\n- How many sessions will I have, and how often?\n\n</Checklist>' },
    ],
  }),
  Fig: component({
    summary: 'A number shared by several pages (content/figures.json): it becomes the figure\'s words followed by its citation.',
    props: z.strictObject({ id: z.string().min(1) }),
    children: 'none',
    examples: [{ title: 'Monitoring time', mdx: 'Staff watch you for <Fig id="esketamine-monitoring" /> after each dose.' }],
  }),
  IconArray: component({
    summary: 'A picture of a shared figure (content/figures.json, with "array"): 100 or 1,000 people, filled for those who had the outcome, with the figure\'s words and source as its caption.',
    props: z.strictObject({ id: z.string().min(1) }),
    children: 'none',
    examples: [{ title: 'Feeling detached on esketamine and on a dummy spray', mdx: '<IconArray id="esketamine-dissociation" />' }],
  }),
  KeyFactsDigest: component({
    summary: 'Every article\'s key facts with their sources, each with a box to leave it out of the printout (the summary for your doctor).',
    props: z.strictObject({
      /** Article slugs, separated by spaces, that start ticked for printing. */
      preselect: z.string().trim().min(1).optional(),
    }),
    children: 'none',
    examples: [{ title: 'Four articles ticked', mdx: '<KeyFactsDigest preselect="what-is-ketamine-therapy how-well-does-it-work side-effects who-should-not-have-ketamine" />' }],
  }),
  NotesSpace: component({
    summary: 'Ruled lines to write on when the page is printed.',
    props: z.strictObject({
      /** How many lines, 2 to 20. */
      lines: z.int().min(2).max(20).default(6),
    }),
    children: 'none',
    examples: [{ title: 'Six lines', mdx: '<NotesSpace lines={6} />' }],
  }),
  Options: component({
    summary: 'Treatment options side by side, as a patient decision aid lays them out: each option a heading with the same questions below it. One column on a phone, two on paper.',
    props: z.strictObject({}),
    children: 'block',
    examples: [
      {
        title: 'One option',
        mdx: '<Options>\n\n## Esketamine nasal spray [#esketamine]\n\n- **How it is given:** you spray it into your nose in a certified clinic, and staff watch you for <Fig id="esketamine-monitoring" />.\n\n</Options>',
      },
    ],
  }),
  OptionsTable: component({
    summary: "Some of the options' answers as one table, drawn from the page's <Options> block (the same words and sources as the cards): a comparison at a glance. Put the section's heading and how to use the table inside; it is left out of the printout, where the cards are the summary.",
    props: z.strictObject({
      /** The questions to show, as the cards label them, separated by semicolons. */
      rows: z.string().trim().min(1),
    }),
    children: 'block',
    examples: [
      {
        title: 'How often, from one option',
        mdx: '<OptionsTable rows="How often">\n\n## At a glance [#at-a-glance]\n\n{/* no-cite: about-site */}\nCross out what you could not fit into your week.\n\n</OptionsTable>\n\n<Options>\n\n## Esketamine nasal spray [#esketamine]\n\n- **How often:** twice a week at first, and staff watch you for <Fig id="esketamine-monitoring" /> each time.\n\n</Options>',
      },
    ],
  }),
  RepositoryLink: component({
    summary: 'A plain link to the public source repository set in lib/config.ts.',
    props: z.strictObject({}),
    children: 'none',
    examples: [{ title: 'In a sentence', mdx: '{/* no-cite: about-site */}\nOur source is public: <RepositoryLink />.' }],
  }),
  Timeline: component({
    summary: 'Steps in time order (a session from before to the next day) as a numbered list drawn as a line with a dot per step.',
    props: z.strictObject({ title: title.optional() }),
    children: 'block',
    examples: [
      {
        title: 'Two steps',
        mdx: '<Timeline title="An esketamine session">\n\n1. **Before:** staff check your blood pressure. [@spravatoHcpDosing]\n2. **After:** staff watch you for <Fig id="esketamine-monitoring" />.\n\n</Timeline>',
      },
    ],
  }),
} satisfies Record<string, ContentComponent>

export type ComponentName = keyof typeof COMPONENTS
export type PropsOf<N extends ComponentName> = z.input<(typeof COMPONENTS)[N]['props']>

/** Components the pipeline itself writes, never by hand, each with what an editor writes instead. */
export const GENERATED_COMPONENTS: Readonly<Record<string, string>> = {
  Cite: 'cite with [@key] after the claim.',
  DigestArticle: "write <KeyFactsDigest /> to list every article's key facts.",
  GlossaryTerm: 'link the term to its glossary entry: [term](/glossary/#term).',
  IconArrayFigure: 'write <IconArray id="…" /> with a figure from content/figures.json.',
  KeyFacts: 'key facts go in the keyFacts field of the frontmatter.',
  NextSteps: 'every article gets it by itself; edit content/pages/next-steps.mdx.',
  OptionsGlance: 'write <OptionsTable rows="…"> around a heading and how to use the table.',
}

/**
 * The HTML an editor may write directly: text-level elements that load nothing and run nothing.
 * Everything else (script, style, iframe, object, embed, form, inputs…) is refused by the check.
 */
export const SAFE_HTML = ['abbr', 'b', 'br', 'cite', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr'] as const
