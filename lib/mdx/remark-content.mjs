// Next's MDX loader imports remark plugins with plain Node, which cannot load TypeScript on
// Node 20; tsx's documented tsImport API loads our TypeScript plugin (and all of lib/) for it.
import { tsImport } from 'tsx/esm/api'

const { default: remarkContent } = await tsImport('./remark-content.ts', import.meta.url)
export default remarkContent
