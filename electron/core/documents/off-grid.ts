import { Paragraph, type IContext, type IXmlableObject } from 'docx'

// The page's 22-line grid gives every paragraph a 3号 line. Smaller text (table cells, notes) sets its own
// exact line height; Word lets that override the grid, but LibreOffice snaps each line to the grid anyway
// unless the paragraph says <w:snapToGrid w:val="0"/>, which the docx library cannot express, so it is
// added here to the paragraph's properties as they are written.

/** Elements CT_PPr puts before w:snapToGrid; it goes before the first element not among them. */
const BEFORE_SNAP = new Set(
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd'
    .split(' ')
    .map((n) => `w:${n}`),
)

const keyOf = (el: unknown): string => (el && typeof el === 'object' ? (Object.keys(el)[0] ?? '') : '')

/** A paragraph off the page's line grid, for text that is not 3号. */
export class OffGridParagraph extends Paragraph {
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context)
    const body: unknown = xml?.['w:p']
    if (!Array.isArray(body)) return xml
    let pPr = body.find((el) => keyOf(el) === 'w:pPr') as { 'w:pPr': unknown[] } | undefined
    if (!pPr) {
      pPr = { 'w:pPr': [] }
      body.unshift(pPr)
    }
    const props = pPr['w:pPr']
    const at = props.findIndex((el) => !BEFORE_SNAP.has(keyOf(el)))
    props.splice(at === -1 ? props.length : at, 0, { 'w:snapToGrid': { _attr: { 'w:val': false } } })
    return xml
  }
}
