import { Blocks } from '../../../electron/core/documents/blocks'
import { pageDocument, toDocxBytes, DEFAULT_FONTS, type DocumentFonts } from '../../../electron/core/documents/gbt9704'

/** A document using every building block, long enough for odd and even pages. */
export async function sampleDocx(fonts: DocumentFonts = DEFAULT_FONTS): Promise<Buffer> {
  const b = new Blocks(fonts)
  const rows = Array.from({ length: 40 }, (_v, i) => [String(i + 1), `涉嫌侵权商品${i + 1}`, 'LV', `${(i % 7) + 1}`, '件', `${(i + 1) * 120}.00`])
  return toDocxBytes(
    pageDocument({
      fonts,
      title: '关于集中销毁侵权假冒伪劣商品的公告',
      creator: '测试',
      children: [
        ...b.title(['清溪县市场监督管理局', '关于集中销毁侵权假冒伪劣商品的公告']),
        b.documentNumber('清市监〔2026〕3号'),
        ...b.blankLines(1),
        b.addressee('各市场监督管理所'),
        b.heading(1, '一、销毁物品'),
        b.paragraph('根据《中华人民共和国行政强制法》第二十七条的规定，本局定于2026年11月30日对依法没收的侵权假冒伪劣商品集中销毁。'),
        b.heading(2, '（一）物品明细'),
        b.table(['序号', '品名', '品牌', '数量', '单位', '货值（元）'], rows, { widths: [1, 4, 2, 1.5, 1, 2], align: ['center', 'left', 'left', 'right', 'center', 'right'] }),
        ...Array.from({ length: 6 }, (_v, i) => b.paragraph(`第${i + 1}段正文。销毁工作由执法人员两人以上实施，邀请见证人到场见证，全程录像，销毁完毕后制作销毁记录。`)),
        ...b.attachmentNote(['销毁物品清单', '销毁现场照片']),
        ...b.signature('清溪县市场监督管理局', '2026-11-23', { sealed: true }),
        ...b.attachmentPage('附件1', ['销毁物品清单'], [b.paragraph('见上表。')]),
        ...b.signatureLines(['执法人员', '见证人']),
      ],
    }),
    fonts,
    b.rowSets,
  )
}
