/**
 * "Print this page": a real button, hidden until browser/print.ts can make it work (it needs
 * JavaScript). Its space is kept from the first paint, so its arrival shifts nothing (CLS 0).
 */
export function PrintButton() {
  return (
    <div className="no-print mt-3 min-h-11">
      <button type="button" data-print="" hidden className="inline-flex min-h-11 items-center gap-2 rounded border border-line bg-surface px-4 py-2 text-base font-semibold text-ink hover:border-ink">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
        </svg>
        Print this page
      </button>
    </div>
  )
}
