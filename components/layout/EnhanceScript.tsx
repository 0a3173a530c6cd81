import { versioned } from '@/lib/assets'

/** The site's one script (browser/enhance.ts): deferred, as every module script is. */
export function EnhanceScript() {
  return <script type="module" src={versioned('/enhance.js')} />
}
