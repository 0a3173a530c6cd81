import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('glossary', 'es')

export default function Page() {
  return <StandalonePage slug="glossary" lang="es" />
}
