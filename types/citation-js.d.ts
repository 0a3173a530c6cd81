// citation-js ships no type declarations; this covers the part we use (build time only).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object | object[])
    format(kind: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string
  }
}
declare module '@citation-js/plugin-csl'
