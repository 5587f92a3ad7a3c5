import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import 'antd/dist/antd.css'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { App } from './App'
import './styles.css'

dayjs.locale('zh-cn')

// System fonts only (offline): the list covers Windows, macOS and Linux Chinese UI fonts.
const fontFamily =
  '-apple-system, "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ zeroRuntime: true, token: { fontFamily, colorPrimary: '#1f5fbf', borderRadius: 4 } }}>
      {/* Messages below the header line, so they never cover a drawer's or dialog's title. */}
      <AntApp message={{ top: 64 }}>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
