// What the robustness-check benchmark drives, bundled on the fly by attack-speed.mjs.
export { runAttacks } from '../../src/checks/robustness-check/attacks.js';
export { certify } from '../../src/checks/robustness-check/certify.js';
export { DataType } from '../../src/checks/robustness-check/graph.js';
export { writeOnnxModel } from '../../src/checks/robustness-check/onnx-write.js';
export { createOnnxClassifier } from '../../src/checks/robustness-check/runtime.js';
