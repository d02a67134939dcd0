// fontkit ships no types; zwpack uses only `create` (the face is handed to pdfkit).
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
