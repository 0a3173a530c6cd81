import { ChangeLogs } from '@/components/article/ChangeLogs'
import { CorrectionsList } from '@/components/article/CorrectionsList'
import { changeLogs, collectCorrections } from '@/lib/content/corrections'
import { getArticles, getPages } from '@/lib/content/loader'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Corrections',
  description: 'Every correction we have made to this site, newest first: the date, the page, what changed and why. Then every change, page by page.',
  path: '/corrections/',
})

export default function CorrectionsPage() {
  const entries = [...getArticles(), ...getPages()]
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">Corrections</h1>
      <p className="mt-3 text-xl text-muted">
        When something we said was wrong or misleading, we fix it and list it here, newest first. Below them, every
        change to each page, routine updates included. <a href="/about/#reporting-a-mistake">How to report a mistake</a>.
      </p>
      <CorrectionsList corrections={collectCorrections(entries)} />
      <ChangeLogs logs={changeLogs(entries)} />
    </div>
  )
}
