import { ReferencesPage, referencesMetadata } from '@/components/pages/ReferencesPage'

export const metadata = referencesMetadata('es')

export default function Page() {
  return <ReferencesPage lang="es" />
}
