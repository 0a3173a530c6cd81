import { ReferencesPage, referencesMetadata } from '@/components/pages/ReferencesPage'

export const metadata = referencesMetadata('en')

export default function Page() {
  return <ReferencesPage lang="en" />
}
