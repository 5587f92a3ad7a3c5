import { expect, signedInAt, test } from './fixtures'

// 设置 → 节假日: the admin types the next year in from the State Council notice; a mistake is refused at its field.

const NEXT = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1

test('an admin enters next year’s holiday arrangement; a day both off and working is refused at the field', async ({ page, host, request }) => {
  await signedInAt(page, host, request, '设置')
  await page.getByRole('tab', { name: '节假日' }).click()
  await expect(page.getByText(`尚未录入${NEXT}年的节假日安排`)).toBeVisible()
  await page.getByTestId('holiday-new').click()
  const dialog = page.getByTestId('holiday-year-dialog')
  await dialog.getByLabel('通知文号或来源').fill(`国办发明电〔${NEXT - 1}〕9号`)
  await page.getByTestId('holiday-off').fill(`${NEXT}-01-01\n${NEXT}-10-01至${NEXT}-10-07`)
  // A 调休 day typed among the days off as well: core refuses it, the message stands under 调休上班日期.
  await page.getByTestId('holiday-work').fill(`${NEXT}-10-03`)
  await page.screenshot({ path: test.info().outputPath('holiday-dialog.png') })
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByText('同时列为放假和上班')).toBeVisible()
  await page.getByTestId('holiday-work').fill('')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText(`${NEXT}年节假日安排已保存`)).toBeVisible()
  await expect(page.getByText(`尚未录入${NEXT}年的节假日安排`)).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: String(NEXT) }).first()
  await expect(row).toContainText('8天')
  await expect(row).toContainText('已录入')
  await page.screenshot({ path: test.info().outputPath('holidays.png'), fullPage: true })
})
