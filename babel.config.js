// Used only by Jest (babel-jest) to strip types and turn ES modules into CommonJS; tsc checks the
// types, Vite and esbuild build the app. Babel is pure JavaScript: no native binary to install.
module.exports = {
  presets: [
    ['@babel/preset-env', { targets: { node: '20' } }],
    ['@babel/preset-typescript', { allowDeclareFields: true, onlyRemoveTypeImports: true }],
    ['@babel/preset-react', { runtime: 'automatic' }],
  ],
};
