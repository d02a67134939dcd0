// Stands in for the brotli decoder in the bundle. fontkit needs it only to read WOFF2 web fonts,
// which a form is never drawn with; the real decoder (1.4 MB of code and dictionary) was most of
// what a render compiled at start-up. A WOFF2 given to --font gets this message instead.
export default function decompress() {
  throw new Error('WOFF2 web fonts are not supported; use a TTF, OTF or TTC file / 不支持 WOFF2 网页字体，请使用 TTF、OTF 或 TTC 字体');
}
