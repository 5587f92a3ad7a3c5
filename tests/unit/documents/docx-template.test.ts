import { afterEach, describe, expect, it } from 'vitest'
import { Document, Footer, Packer, Paragraph, TextRun } from 'docx'
import { plainText, readDocx } from '../../support/docx-read'
import { setUpCore, type CoreHarness } from '../../support/temp-core'

let t: CoreHarness
afterEach(async () => t?.dispose())

/** A template as Word saves one: a placeholder split across runs, another in the footer. */
async function wordTemplate(extra = ''): Promise<string> {
  const doc = new Document({
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph('电话：{{联系电话}}')] }) },
        children: [
          new Paragraph({ children: [new TextRun('{{机关'), new TextRun({ text: '名称}}', bold: true }), new TextRun('关于{{事项}}的公告')] }),
          new Paragraph(`{{正文}}${extra}`),
          new Paragraph('上传模板里的固定措辞。'),
        ],
      },
    ],
  })
  return (await Packer.toBuffer(doc)).toString('base64')
}

const INPUTS = { 事项: '集中销毁侵权假冒伪劣商品', 正文: '第一段。\n第二段。', 主送机关: '' }

async function ready() {
  t = await setUpCore()
}

describe('uploaded Word templates', () => {
  it('lists the placeholders a Word file uses, flagging unknown ones', async () => {
    await ready()
    const r = await t.ok('documents.template.inspect', { kind: 'notice', base64: await wordTemplate('{{罚款金额}}') })
    expect(r.placeholders).toEqual([
      { name: '机关名称', known: true },
      { name: '事项', known: true },
      { name: '正文', known: true },
      { name: '罚款金额', known: false },
      { name: '联系电话', known: true },
    ])
  })

  it('refuses a file with unknown placeholders, broken braces, or that is not a .docx, and saves nothing', async () => {
    await ready()
    const unknown = await t.call('documents.template.upload', { kind: 'notice', base64: await wordTemplate('{{罚款金额}}'), fileName: '公告.docx', basedOn: 0 })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: 'Word 模板中有未知的占位符：{{罚款金额}}' } } })
    const broken = await t.call('documents.template.upload', { kind: 'notice', base64: await wordTemplate('{{事项'), fileName: '公告.docx', basedOn: 0 })
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('有未闭合的 {{') } })
    const notDocx = await t.call('documents.template.upload', { kind: 'notice', base64: Buffer.from('hello').toString('base64'), fileName: '公告.docx', basedOn: 0 })
    expect(notDocx).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '这不是有效的 Word 文档（.docx）' } })
    const wrongName = await t.call('documents.template.upload', { kind: 'notice', base64: await wordTemplate(), fileName: '公告.doc', basedOn: 0 })
    expect(wrongName).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileName: '只接受 .docx 文件' } } })
    expect((await t.ok('documents.template.get', { kind: 'notice' })).current.versionNo).toBe(0)
  })

  it('generates from the uploaded file instead of the built-in layout, and can go back to the default', async () => {
    await ready()
    const state = await t.ok('documents.template.upload', { kind: 'notice', base64: await wordTemplate(), fileName: '本局公告模板.docx', basedOn: 0 })
    expect(state.current).toMatchObject({ versionNo: 1, docxName: '本局公告模板.docx' })

    const g = await t.ok('documents.generate', { kind: 'notice', values: INPUTS, date: '2026-11-23' })
    const parts = readDocx(Buffer.from(g.base64, 'base64'))
    const text = plainText(parts['word/document.xml']!)
    expect(text).toContain('测试县市场监督管理局关于集中销毁侵权假冒伪劣商品的公告')
    expect(text).toContain('上传模板里的固定措辞。')
    expect(text).toContain('第一段。')
    expect(text).not.toContain('{{')
    const footer = Object.entries(parts).find(([p]) => /word\/footer\d*\.xml/.test(p))![1]
    expect(plainText(footer)).toBe('电话：0591-1234567')
    expect((await t.ok('documents.archive.list', {}))[0]).toMatchObject({ templateVersion: 1 })

    const missing = await t.call('documents.generate', { kind: 'notice', values: { 正文: '只有正文' }, date: '2026-11-23' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'values.事项': '请填写“事项”' } } })

    const back = await t.ok('documents.template.restore', { kind: 'notice', versionNo: 0, basedOn: 1 })
    expect(back.current).toMatchObject({ versionNo: 2, docxName: null })
    const plain = await t.ok('documents.preview', { kind: 'notice', values: INPUTS, date: '2026-11-23' })
    expect(docText(plain.base64)).not.toContain('上传模板里的固定措辞。')
    const again = await t.ok('documents.template.restore', { kind: 'notice', versionNo: 1, basedOn: 2 })
    expect(again.current).toMatchObject({ versionNo: 3, docxName: '本局公告模板.docx' })
    const fromWord = await t.ok('documents.preview', { kind: 'notice', values: INPUTS, date: '2026-11-23' })
    expect(docText(fromWord.base64)).toContain('上传模板里的固定措辞。')
  })
})

const docText = (base64: string) => plainText(readDocx(Buffer.from(base64, 'base64'))['word/document.xml']!)
