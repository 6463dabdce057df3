import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["generated/**", ".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "coverage/**"] },
];

export default config;
