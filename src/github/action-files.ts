import { CHECKS } from '../checks/registry.js';
import { allActionFiles } from './action-metadata.js';

/** Entry for scripts/build.mjs: the action.yml files to write. */
export const actionFiles = allActionFiles(CHECKS.values());
