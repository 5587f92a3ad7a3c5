import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { App as AntApp } from 'antd'
import { useBlocker } from 'react-router'

// Nothing typed is thrown away without asking. Every form says whether it holds unsaved changes
// (useUnsavedChanges); while one does, leaving the page — another menu item, another tab, Back, 取消 — asks
// first, and so do reloading and closing the window (the browser's own question; the desktop app asks in its
// own dialog, electron/main). One guard for the whole window: a router holds one blocker at a time.

class Registry {
  private readonly dirty = new Map<symbol, boolean>()
  set(id: symbol, value: boolean) {
    this.dirty.set(id, value)
  }
  delete(id: symbol) {
    this.dirty.delete(id)
  }
  any(): boolean {
    for (const v of this.dirty.values()) if (v) return true
    return false
  }
}

const RegistryContext = createContext<Registry | null>(null)

export const LEAVE_QUESTION = '有未保存的内容，确定离开吗？'
const LEAVE_DETAIL = '离开后，本页填写、修改的内容不会保存。'

type Modal = ReturnType<typeof AntApp.useApp>['modal']
const askToLeave = (modal: Modal, onOk: () => void, onCancel?: () => void) =>
  modal.confirm({ title: LEAVE_QUESTION, content: LEAVE_DETAIL, okText: '离开', cancelText: '留在本页', okButtonProps: { danger: true }, onOk, onCancel })

export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new Registry())
  const { modal } = AntApp.useApp()
  // Read at the moment of leaving, so a form that has just saved (release()) lets its own navigation through.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => registry.any() && currentLocation.pathname !== nextLocation.pathname)

  useEffect(() => {
    if (blocker.state !== 'blocked') return
    askToLeave(
      modal,
      () => blocker.proceed(),
      () => blocker.reset(),
    )
  }, [blocker, modal])

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!registry.any()) return
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [registry])

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}

/** Tells the window's guard whether this form holds unsaved changes. */
export function useUnsavedChanges(dirty: boolean): { release(): void } {
  const registry = useContext(RegistryContext)
  const [id] = useState(() => Symbol('form'))
  useEffect(() => {
    registry?.set(id, dirty)
  }, [registry, id, dirty])
  useEffect(() => () => registry?.delete(id), [registry, id])
  return {
    /** Saved: the navigation that follows goes through without asking. */
    release: () => registry?.set(id, false),
  }
}

/** For leaving that is not a navigation (退出登录): runs `leave` at once, or after asking when a form is changed. */
export function useConfirmLeave(): (leave: () => void) => void {
  const registry = useContext(RegistryContext)
  const { modal } = AntApp.useApp()
  return (leave) => {
    if (!registry?.any()) return leave()
    askToLeave(modal, leave)
  }
}
