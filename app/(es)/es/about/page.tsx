import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('about', 'es')

export default function Page() {
  return <StandalonePage slug="about" lang="es" />
}
