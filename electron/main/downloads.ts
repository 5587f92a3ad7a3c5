import { dialog, shell, type BrowserWindow, type Session } from 'electron'

const KINDS: Record<string, { title: string; filter: string; saved: string; open: string }> = {
  docx: { title: '保存文书', filter: 'Word 文档', saved: '文书已保存', open: '用 Word/WPS 打开' },
  xlsx: { title: '保存表格', filter: 'Excel 工作簿', saved: '表格已保存', open: '用 Excel/WPS 打开' },
  // Scans attached to a seizure: the window refuses new windows, so a PDF is saved and opened outside.
  pdf: { title: '保存扫描件', filter: 'PDF 文件', saved: '扫描件已保存', open: '用 PDF 阅读器打开' },
}

/**
 * Documents and tables reach the desktop as downloads from the page. Ask where to save them (with a
 * filter for the type), and once written offer to open them in Word/Excel or WPS.
 */
export function handleDocumentDownloads(session: Session, getWindow: () => BrowserWindow | null): void {
  session.on('will-download', (_event, item) => {
    const ext = item.getFilename().toLowerCase().split('.').pop() ?? ''
    const kind = KINDS[ext]
    item.setSaveDialogOptions({
      title: kind?.title ?? '保存文件',
      defaultPath: item.getFilename(),
      filters: kind ? [{ name: kind.filter, extensions: [ext] }] : [],
    })
    item.once('done', (_e, state) => {
      const win = getWindow()
      if (state !== 'completed' || !kind || !win) return
      void dialog
        .showMessageBox(win, { type: 'info', message: kind.saved, detail: item.getSavePath(), buttons: [kind.open, '关闭'], defaultId: 0, cancelId: 1 })
        .then(({ response }) => (response === 0 ? shell.openPath(item.getSavePath()) : ''))
        // No Word or WPS on this PC (openPath answers with an error, it does not throw): say so, or nothing happens.
        .then((error) => {
          if (error) void dialog.showMessageBox(win, { type: 'warning', message: '无法打开文件', detail: `文件已保存在：${item.getSavePath()}\n但这台电脑上没有能打开它的程序（${error}）。`, buttons: ['知道了'] })
        })
    })
  })
}
