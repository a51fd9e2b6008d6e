import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileErrorReason, UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import { outsideUserPath, type PathScope, relativeInside } from '../../core/paths.js';
import { resolveExternalLocation } from '../scan-model/onnx.js';

/**
 * External data of the model, read synchronously for the reader: only from the model's own
 * folder tree (the rules scan-model enforces), only regular files, within the root unless the
 * model itself was named by the user outside it.
 */
export function externalDataReader(
  context: PathScope,
  modelPath: string,
  maxBytes: number,
): (location: string, offset: number, length: number | undefined) => Uint8Array {
  const userBase = outsideUserPath(context, modelPath);
  const realRoot = realpathSync(context.root);
  let total = 0;
  return (location: string, offset: number, length: number | undefined): Uint8Array => {
    const shown = JSON.stringify(printable(location).slice(0, 120));
    const refuse = (code: 'INVALID_INPUT' | 'PATH_OUTSIDE_ROOT' | 'UNREADABLE_INPUT', why: string) =>
      new UsageError(code, `model: ${modelPath}: external data ${shown} ${why}`);
    const resolved = resolveExternalLocation(modelPath, location);
    if ('problem' in resolved) throw refuse('INVALID_INPUT', resolved.problem);
    let descriptor: number | undefined;
    try {
      const real = realpathSync(path.resolve(context.root, resolved.path));
      const allowedBase = userBase ? path.dirname(userBase) : realRoot;
      if (relativeInside(allowedBase, real) === undefined) {
        throw refuse(
          'PATH_OUTSIDE_ROOT',
          `resolves outside ${userBase ? "the model's folder" : 'the repository'}`,
        );
      }
      descriptor = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
      const stats = fstatSync(descriptor);
      if (!stats.isFile()) throw refuse('INVALID_INPUT', 'is not a regular file');
      const wanted = length ?? stats.size - offset;
      if (offset < 0 || wanted < 0 || offset + wanted > stats.size) {
        throw refuse('INVALID_INPUT', 'is shorter than the tensor it holds');
      }
      // Checked before allocating: tensors of one model may share a file, and none is read twice.
      total += wanted;
      if (total > maxBytes) throw refuse('INVALID_INPUT', `takes the model's data over ${maxBytes} bytes`);
      const bytes = new Uint8Array(wanted);
      let filled = 0;
      while (filled < wanted) {
        const read = readSync(descriptor, bytes, filled, wanted - filled, offset + filled);
        if (read === 0) throw refuse('INVALID_INPUT', 'ended before the tensor it holds');
        filled += read;
      }
      return bytes;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw refuse('UNREADABLE_INPUT', `cannot be read (${fileErrorReason(error)})`);
    } finally {
      if (descriptor !== undefined) closeSync(descriptor);
    }
  };
}
