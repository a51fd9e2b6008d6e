/**
 * scan-model's view of model formats. The detection itself lives in the core because it is the
 * shared notion of "model file" (verify-provenance and the SBOM use it too); the check imports it
 * from here so that its own modules name one place.
 */
export {
  detectModelDirectory,
  detectModelFormat,
  MODEL_FORMAT_HEAD_BYTES,
  MODEL_FORMAT_IDS,
  type CompressionMethod,
  type ModelFormat,
  type ModelFormatId,
} from '../../core/model-formats.js';
