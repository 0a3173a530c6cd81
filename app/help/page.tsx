import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('help')

export default function Page() {
  return <StandalonePage slug="help" />
}
