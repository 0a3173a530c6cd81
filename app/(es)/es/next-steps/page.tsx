import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('next-steps', 'es')

export default function Page() {
  return <StandalonePage slug="next-steps" lang="es" />
}
