import { dialog, shell, type BrowserWindow, type Session } from 'electron'

/**
 * Documents reach the desktop as downloads from the page. Ask where to save a .docx (Word filter), and once
 * it is written offer to open it in Word or WPS.
 */
export function handleDocumentDownloads(session: Session, getWindow: () => BrowserWindow | null): void {
  session.on('will-download', (_event, item) => {
    const isDocx = item.getFilename().toLowerCase().endsWith('.docx')
    item.setSaveDialogOptions({
      title: isDocx ? '保存文书' : '保存文件',
      defaultPath: item.getFilename(),
      filters: isDocx ? [{ name: 'Word 文档', extensions: ['docx'] }] : [],
    })
    item.once('done', (_e, state) => {
      const win = getWindow()
      if (state !== 'completed' || !isDocx || !win) return
      void dialog
        .showMessageBox(win, { type: 'info', message: '文书已保存', detail: item.getSavePath(), buttons: ['用 Word/WPS 打开', '关闭'], defaultId: 0, cancelId: 1 })
        .then(({ response }) => (response === 0 ? shell.openPath(item.getSavePath()) : ''))
    })
  })
}
