import { blobToBase64 } from './attachment-files'

// The list shows small JPEGs made here, in the window, so core never decodes images. The original is
// sent untouched alongside.

/** The longer edge of a thumbnail, in pixels. */
export const THUMBNAIL_EDGE = 320
/** Core refuses larger thumbnails; at 320 px and quality 0.8 a photo comes to 10–40 KB. */
const MAX_THUMBNAIL_BYTES = 200 * 1024

/**
 * A JPEG thumbnail of an image file as base64, scaled to fit THUMBNAIL_EDGE; null when the image cannot
 * be decoded here (the attachment is still added, and shows as an icon).
 */
export async function makeThumbnail(file: Blob): Promise<string | null> {
  let bitmap: ImageBitmap
  try {
    // Phone photos are often stored sideways with an EXIF rotation: draw them the way they were taken.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return null
  }
  try {
    const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(bitmap.width, bitmap.height))
    const width = Math.max(1, Math.round(bitmap.width * scale))
    const height = Math.max(1, Math.round(bitmap.height * scale))
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const g = canvas.getContext('2d')
    if (!g) return null
    // JPEG has no transparency: clear parts of a PNG would turn black without a white ground.
    g.fillStyle = '#ffffff'
    g.fillRect(0, 0, width, height)
    g.imageSmoothingQuality = 'high'
    g.drawImage(bitmap, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8))
    if (!blob || blob.size > MAX_THUMBNAIL_BYTES) return null
    return await blobToBase64(blob)
  } catch {
    return null
  } finally {
    bitmap.close()
  }
}
