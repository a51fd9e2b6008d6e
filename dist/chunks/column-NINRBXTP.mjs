import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  parquetHeader,
  readColumn,
  readPage
} from "./chunk-SHA7APU6.mjs";
import "./chunk-DJZDCILK.mjs";
export {
  parquetHeader,
  readColumn,
  readPage
};
