import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('help', 'en')

export default function Page() {
  return <StandalonePage slug="help" lang="en" />
}
