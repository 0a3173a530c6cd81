import { NotFoundPage, notFoundMetadata } from '@/components/pages/NotFoundPage'

// The Spanish 404, moved by scripts/postbuild.ts to out/es/404.html, which hosts serve for unknown
// addresses under /es/ (scripts/serve.ts does; so do Cloudflare Pages and, with a rule, Netlify).
export const metadata = notFoundMetadata('es')

export default function Page() {
  return <NotFoundPage lang="es" />
}
