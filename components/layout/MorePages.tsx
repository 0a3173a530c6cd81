/** The pages that are not articles, listed on the home page and the articles index. */
export function MorePages({ headingId }: { headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-bold">Also on this site</h2>
      <ul className="mt-3 space-y-2">
        <li><a href="/help/" className="font-semibold">Get help now</a>: crisis lines and emergency numbers.</li>
        <li><a href="/for-your-doctor/" className="font-semibold">A summary for your doctor</a>: the key facts you choose, questions and space for notes, to print.</li>
        <li><a href="/glossary/" className="font-semibold">Glossary</a>: the medical and research words we use, in plain language.</li>
        <li><a href="/references/" className="font-semibold">All references</a>: every source we cite, and when we checked it.</li>
        <li><a href="/corrections/" className="font-semibold">Corrections</a>: what we got wrong, when we fixed it, and why.</li>
        <li><a href="/about/" className="font-semibold">About this site</a>: who we are, how we check facts, and our privacy promise.</li>
      </ul>
    </section>
  )
}
