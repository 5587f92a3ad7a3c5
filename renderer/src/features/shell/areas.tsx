import type { ReactNode } from 'react'
import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FireOutlined,
  FlagOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TrophyOutlined,
  ShopOutlined,
} from '@ant-design/icons'

export interface Area {
  path: string
  label: string
  icon: ReactNode
  /** What the area will hold; shown while the area is still empty. */
  description: string
}

// The sidebar, in the order the office works.
export const AREAS: Area[] = [
  { path: '/', label: '工作台', icon: <DashboardOutlined />, description: '今日待办：即将到期的查扣、待审批的销毁批次、临近公示期限的案件。' },
  {
    path: '/seizures',
    label: '查扣登记',
    icon: <SafetyCertificateOutlined />,
    description: '登记查封、扣押和先行登记保存，录入物品明细和照片，跟踪法定期限，记录解除、没收和移送。',
  },
  {
    path: '/destructions',
    label: '销毁管理',
    icon: <FireOutlined />,
    description: '把已没收的物品编入销毁批次，经审批后执行，记录见证人和监督人员，完成后锁定。',
  },
  {
    path: '/cases',
    label: '处罚案件',
    icon: <AuditOutlined />,
    description: '登记行政处罚案件，跟踪办案和公示期限，公示内容自动脱敏。',
  },
  {
    path: '/typical',
    label: '典型案例',
    icon: <TrophyOutlined />,
    description: '从已决定的案件推选年度典型案例，撰写、审核、定稿并按顺序发布；当事人和个人信息自动脱敏。',
  },
  {
    path: '/stations',
    label: '服务站',
    icon: <ShopOutlined />,
    description: '消费维权服务站名录：设立、挂牌、整改、撤销，以及每年的考核结果。',
  },
  {
    path: '/campaigns',
    label: '专项行动',
    icon: <FlagOutlined />,
    description: '3·15、铁拳等专项行动：活动方案和任务分解，各单位填报统计数字，汇总统计表和活动总结。',
  },
  {
    path: '/documents',
    label: '文书',
    icon: <FileTextOutlined />,
    description: '按 GB/T 9704 公文格式生成公告、清单、记录、名录和工作总结；编辑模板，查阅已出具文书的存档。',
  },
  {
    path: '/stats',
    label: '统计',
    icon: <BarChartOutlined />,
    description: '按期间统计查扣、销毁、案件和服务站数据，以表格和图表展示。',
  },
  { path: '/settings', label: '设置', icon: <SettingOutlined />, description: '机关信息、账号、模板和备份。' },
]
