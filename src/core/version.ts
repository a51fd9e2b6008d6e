/** Kept equal to package.json by a test; the bundles carry it without reading files. */
export const MLSEC_VERSION = '0.1.0';
export const MLSEC_URL = 'https://github.com/mlsec-dev/mlsec';
