import { StandalonePage, standaloneMetadata } from '@/components/article/StandalonePage'

export const metadata = standaloneMetadata('about')

export default function Page() {
  return <StandalonePage slug="about" />
}
