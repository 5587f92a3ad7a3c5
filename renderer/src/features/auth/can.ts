import type { OpName } from '../../../../shared/api'
import { mayCall } from '../../../../shared/api/permissions'
import { useSession } from './session'

/**
 * Whether the signed-in user may call an operation, from the same table core enforces — so the UI
 * hides exactly what core would refuse.
 */
export function useCan(): (op: OpName) => boolean {
  const { user } = useSession()
  return (op) => mayCall(op, user.roles)
}
