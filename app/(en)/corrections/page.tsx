import { CorrectionsPage, correctionsMetadata } from '@/components/pages/CorrectionsPage'

export const metadata = correctionsMetadata('en')

export default function Page() {
  return <CorrectionsPage lang="en" />
}
