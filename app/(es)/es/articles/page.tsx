import { ArticlesIndexPage, articlesIndexMetadata } from '@/components/pages/ArticlesIndexPage'

export const metadata = articlesIndexMetadata('es')

export default function Page() {
  return <ArticlesIndexPage lang="es" />
}
