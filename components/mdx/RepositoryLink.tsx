import { site } from '@/lib/config'

/** The public source repository, as a plain link showing its address (set in lib/config.ts). */
export function RepositoryLink() {
  return <a href={site.repository}>{site.repository.replace(/^https:\/\//, '')}</a>
}
