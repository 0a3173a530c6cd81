/**
 * The site's only script: small enhancements to pages that read completely without it. Bundled
 * by esbuild into public/enhance.js (scripts/bundle-browser.mjs) and loaded as a module on every
 * page (components/layout/EnhanceScript.tsx). Each part looks for its own markup and does nothing
 * on a page without it.
 */
import { contents } from './contents'
import { copyLinks } from './copy-link'
import { headerSearch } from './header-search'
import { languageLinks } from './language'
import { previews } from './previews'
import { printButtons, summaryFrom } from './print'
import { searchPage } from './search'
import { sources } from './sources'
import { tables } from './tables'

headerSearch()
contents()
sources()
tables()
copyLinks()
languageLinks()
printButtons()
summaryFrom()
previews()
void searchPage()
