/** Bytes cross a thread as a Uint8Array (structured clone): the docx library and the template filler want Buffers. */
export const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength)
