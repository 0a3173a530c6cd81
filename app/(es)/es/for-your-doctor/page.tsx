import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('for-your-doctor', 'es')

export default function Page() {
  return <StandalonePage slug="for-your-doctor" lang="es" />
}
