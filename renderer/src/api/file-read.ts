// Files the user picks cross the transport as base64, like the files core sends back (download.ts).

/** A blob's bytes as base64, encoded natively by FileReader (no giant string built in script). */
export function blobToBase64(blob: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('无法读取所选文件'))
    if (onProgress) reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
    reader.readAsDataURL(blob)
  })
}
