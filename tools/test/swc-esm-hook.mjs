// ESM load hook (registered by swc-register.cjs): a .ts file loaded with import() is CommonJS
// compiled by the require hook; returning no source makes Node use its CommonJS loader for it.
export async function load(url, context, nextLoad) {
  if (/\.tsx?(\?|$)/.test(url) && url.startsWith('file:')) return { format: 'commonjs', shortCircuit: true };
  return nextLoad(url, context);
}
