// `import source from '<module>?worker-source'`: the module's file as a string (scripts/build.mjs), for a
// Worker started from a Blob (webviews start workers only from blob: or data: URLs).
declare module '*?worker-source' {
  const source: string;
  export default source;
}
