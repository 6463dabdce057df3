// The English language data package ships plain CommonJS without types: where its files are.
declare module "@tesseract.js-data/eng" {
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
