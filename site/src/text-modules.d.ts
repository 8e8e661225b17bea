// esbuild bundles notes as text (scripts/build-site.mjs: loader ".md": "text").
declare module "*.md" {
  const text: string;
  export default text;
}
