// Packages left out of every bundle: the CycloneDX library's optional plugins (XML output,
// schema validation), which it requires inside try/catch. mlsec writes JSON and validates it in
// its tests only. Shared by scripts/build.mjs and the tests' bundler (test/helpers/bundle.ts).
export const BUNDLE_EXTERNALS = ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'];
