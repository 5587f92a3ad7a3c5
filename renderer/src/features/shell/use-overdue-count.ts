import { useEffect, useState } from 'react'
import { invoke } from '../../api/client'

/**
 * How many seizures are past their term with goods still held, for the sidebar's red count. Asked again on
 * every move between pages (a save elsewhere may have changed it); a failure just shows no count.
 */
export function useOverdueCount(pathname: string): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    let current = true
    invoke('seizures.list', { statuses: ['overdue'], pageSize: 10 }).then(
      (page) => current && setCount(page.total),
      () => current && setCount(0),
    )
    return () => {
      current = false
    }
  }, [pathname])
  return count
}
