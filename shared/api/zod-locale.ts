import { z } from 'zod'
import { zhCN } from 'zod/locales'

// Generic zod messages (wrong type, unknown key…) in Chinese; our schemas give specific ones.
z.config(zhCN())
