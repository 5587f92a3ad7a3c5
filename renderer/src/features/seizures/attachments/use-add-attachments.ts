import { useState } from 'react'
import { invoke } from '../../../api/client'
import { blobToBase64, chosenFileProblem, isPdf } from './attachment-files'
import { makeThumbnail } from './thumbnail'

// Adds chosen files one at a time (each is up to 15 MB on the wire), collecting what was refused and why.

export interface AddProgress {
  done: number
  total: number
  current: string
}

/** Sends each file to core; returns how many were added and, for the others, name and reason. */
export async function uploadAttachments(
  seizureId: string,
  files: readonly File[],
  itemId: string | null,
  onProgress: (p: AddProgress) => void = () => undefined,
): Promise<{ added: number; refused: string[] }> {
  const refused: string[] = []
  let added = 0
  for (const [i, file] of files.entries()) {
    onProgress({ done: i, total: files.length, current: file.name })
    const problem = chosenFileProblem(file)
    if (problem) {
      refused.push(`${file.name}：${problem}`)
      continue
    }
    try {
      const [base64, thumbnailBase64] = await Promise.all([blobToBase64(file), isPdf(file.type) ? null : makeThumbnail(file)])
      await invoke('attachments.add', { seizureId, itemId, fileName: file.name, base64, thumbnailBase64 })
      added++
    } catch (err) {
      refused.push(`${file.name}：${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return { added, refused }
}

export function useAddAttachments(seizureId: string, onAdded: (count: number) => void) {
  const [progress, setProgress] = useState<AddProgress | null>(null)
  const [problems, setProblems] = useState<string[]>([])

  const add = async (files: File[], itemId: string | null) => {
    if (files.length === 0) return
    setProblems([])
    const { added, refused } = await uploadAttachments(seizureId, files, itemId, setProgress)
    setProgress(null)
    setProblems(refused)
    if (added > 0) onAdded(added)
  }

  return { add, progress, problems, clearProblems: () => setProblems([]) }
}
