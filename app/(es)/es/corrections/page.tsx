import { CorrectionsPage, correctionsMetadata } from '@/components/pages/CorrectionsPage'

export const metadata = correctionsMetadata('es')

export default function Page() {
  return <CorrectionsPage lang="es" />
}
