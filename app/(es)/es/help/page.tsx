import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('help', 'es')

export default function Page() {
  return <StandalonePage slug="help" lang="es" />
}
