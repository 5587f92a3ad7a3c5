import type { OpName } from '../../../../shared/api'
import type { Access } from '../../../../shared/api/contract'
import { mayCall, PERMISSIONS } from '../../../../shared/api/permissions'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import { useSession } from './session'

/**
 * Whether the signed-in user may call an operation, from the same table core enforces — so the UI
 * hides exactly what core would refuse.
 */
export function useCan(): (op: OpName) => boolean {
  const { user } = useSession()
  return (op) => mayCall(op, user.roles)
}

/** The roles that may call an operation, as people name them: '录入员和法制员'. */
export function whoMay(op: OpName): string {
  const access: Access = PERMISSIONS[op]
  if (typeof access === 'string') return '登录用户'
  const names = access.map((r) => ROLE_LABELS[r])
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`
}
