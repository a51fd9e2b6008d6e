import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError,
  errorMessage,
  fileErrorReason
} from "./chunk-WMHXYQRZ.mjs";
import "./chunk-DJZDCILK.mjs";

// src/core/onnxruntime-provision.ts
import { createHash, randomBytes } from "node:crypto";
import { constants as fsConstants, createWriteStream, rmSync } from "node:fs";
import { once } from "node:events";
import {
  lstat,
  mkdir as mkdir2,
  mkdtemp,
  open as open2,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  unlink
} from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path2 from "node:path";
import { finished } from "node:stream/promises";

// src/core/onnxruntime-files.ts
var ONNXRUNTIME_FILES = {
  "onnxruntime-node": {
    "README.md": "c2b487948c9aed0a5ca8ef7717d78cbc81cfb65e5697d2ad6e2b7bd6fa8bc91b",
    "bin/napi-v6/darwin/arm64/libonnxruntime.1.30.0.dylib": "685d2be5dba1309c89d3a5324b7fd06a5c42f1a61bfea32d14c4cc28d072121d",
    "bin/napi-v6/darwin/arm64/libonnxruntime.1.dylib": "685d2be5dba1309c89d3a5324b7fd06a5c42f1a61bfea32d14c4cc28d072121d",
    "bin/napi-v6/darwin/arm64/onnxruntime_binding.node": "a3f993357759b06ae2411f70af60f5e041d04521ea7f0d12cb7546e411a527dd",
    "bin/napi-v6/linux/arm64/libonnxruntime.so.1": "1f549d46250b005580b597f4164984aaf75b3bcb9f3aeb07c7f8a8fe60b23c76",
    "bin/napi-v6/linux/arm64/onnxruntime_binding.node": "afec78dc11d38dc81605b068cefe1fc73ffe77ca240c15468aa40786150beac8",
    "bin/napi-v6/linux/x64/libonnxruntime.so.1": "ffb75a925ba05e47b235bb66e3e3911714a80b328a9c9425539feb204aa32a23",
    "bin/napi-v6/linux/x64/onnxruntime_binding.node": "ccdc60b981d93a490cf9513d3f583547252b6e285b72988a96a494f2f006c7b8",
    "bin/napi-v6/win32/arm64/DirectML.dll": "aaf72a9d55aa123e0708d957d30dd4fbeb7a2e335ec6257ed5ff4261a402b9ee",
    "bin/napi-v6/win32/arm64/dxcompiler.dll": "442a995492579e1048cf1f05a86ab00f476c46b7f9d0996e588884040a543bbe",
    "bin/napi-v6/win32/arm64/dxil.dll": "859b6d638c5ca3df39e9cab2a602cb0f63d0e63d750f84bb2a9ec9031319b73e",
    "bin/napi-v6/win32/arm64/onnxruntime.dll": "6c3a2abf5c6aca11c48a0d338a91af309f2266f25ce2e4084e6a87bbcb0fbfd0",
    "bin/napi-v6/win32/arm64/onnxruntime_binding.node": "d8179924f15c2d3c1c8a75c50adf1671ec28c7f1cb0da9fc28b17daa02c5ecf5",
    "bin/napi-v6/win32/x64/DirectML.dll": "234e8898778cdec88d3cb0539508273494082812c968699f3de665a018971625",
    "bin/napi-v6/win32/x64/dxcompiler.dll": "593d42df78c7f9cbd97c1374af107cfe20985759f98b77afc1448fe41ee3cc76",
    "bin/napi-v6/win32/x64/dxil.dll": "cf9a3981263f8ec30c9905d136eeaf4b4573209c602198671b958ec86905dea8",
    "bin/napi-v6/win32/x64/onnxruntime.dll": "508c362f5673483dd3a086379c392795b2e42d10d5e6f3f90ebd7ac21c97af67",
    "bin/napi-v6/win32/x64/onnxruntime_binding.node": "ddd428464069b84414d34ec1796c7c2a69c33a976e4b0390692629e394f92fa1",
    "dist/backend.d.ts": "23e65ad2c30827e0f2bfe2aadc2987b76d4619ae5e25aad36674ce618ed3df6d",
    "dist/backend.js": "a79e8019e7276a282987023f9d38d41063a99e563e5e1a6f38a73a7d39ea83ab",
    "dist/backend.js.map": "507698a7c23feb4379f827f5ac88608db93b193e9c334000456f58661699ac0c",
    "dist/binding.d.ts": "a9ae6f1bb0c9b7faf81d0806d842617443ed69d685d83fc0ecf4d6fa05592318",
    "dist/binding.js": "2a85ac5de943c7222aae5ca2897f52d73891f528d4295b701fab077470c668c0",
    "dist/binding.js.map": "9e874542b40ead4543c619adcbd3c1d03af7cff256350cf89269e4f256b68b26",
    "dist/index.d.ts": "d2498ae6d465fecfa80a535e99ad9bbabcfafac73f6b420f29651ec9d50b98fa",
    "dist/index.js": "019eb02133b94b1f7fdf2d89eb93b590ce1288d271f7b280647fb3978e6391fa",
    "dist/index.js.map": "08ed0bf4483b52c91c2c9271f4acb93f43f217a496ef8918aac05be0341a2b00",
    "dist/version.d.ts": "cac0bd6e3eb9ba47701ca791a81bf9395ab56f4c58278ecf042d2d432756f8b2",
    "dist/version.js": "0a1a7f532f4455ead0678966815c3114730150aa4368ebb5ebd9727425e9003b",
    "dist/version.js.map": "dc33a306cd858dd8d4b11566d33c13db607eaa2587ed6f7c06809513f3dab50e",
    "lib/backend.ts": "a8fb063d64c92a33635b12683433cec8c9ad370b1b5cf7d61e5098347bd7aacf",
    "lib/binding.ts": "c8d33944a84a7b3ffc52cc1d94be455e1c1495ae947da69f0addc25f0c1be14e",
    "lib/index.ts": "1e68f9c33ff0c9759b50f9c9d43a87665f8b47a6f9d74b2b3d6e4fbccbd26e48",
    "lib/version.ts": "9fbfe174b4d3458b04e2264638fd4e402076a3b815374dac652db99807aa588a",
    "package.json": "0871cd56ac2b9c9dfc834c7eabba819e5d4f966f005388515abb3402b14e0874",
    "script/build.js": "4a47ab592ed226f36be187a3210667f38950d4408f181f8eaa487c42c9c28842",
    "script/build.ts": "aa02bf6d0afabdb7230a40fb3101b13b263210dd4684741f9fdcc7d96ac74f5e",
    "script/install-metadata-versions.js": "51b6f12f514b6181daf3f3097bb09d960573465670b4d3cd41d6cbfc53789519",
    "script/install-metadata.js": "2cfbb2fcf1f170d5da564c0be3222821050bcbd282c9e0493e9433649ac2f130",
    "script/install-utils.js": "b8890f3eb40b50b5e4ca61d6b6b328d017660319ee326ca3db00709de1218579",
    "script/install.js": "241c40edfafd2cac6abdcc6138207ffb41bd2d0f661c3bb3d422e5f8cb24fe88",
    "script/prepack.js": "890bf2498519fdc7ffd6f6fe2c44c16925ec9091d4b1419bf54a5fd9478e2d5b",
    "script/prepack.ts": "ff251557aaffa1fac06b63172178c260aaff0c358905a4117a4d05a36f5b20d4"
  },
  "onnxruntime-common": {
    "README.md": "3081e0b29169cf9b34f94bae12302d659fca817d7eae3bdcac4261d7301853ff",
    "dist/cjs/backend-impl.d.ts": "bd0d40e4018db385fbe93aac3df8ea3b1d02c815f64b30cddd35a68d94efea45",
    "dist/cjs/backend-impl.d.ts.map": "11a2fe9c890d62cf7ac33620b6ba808c5b3e248a896f6f9a8a7070f2bb263ed9",
    "dist/cjs/backend-impl.js": "3d25321895995f7e9480570b9a88f121049adf152e1829d0ecb11218da02d487",
    "dist/cjs/backend-impl.js.map": "38b51c9f91c8f2f8849b34f5893f0c7686a12dae41c1e86ead1bad756a8d4f9f",
    "dist/cjs/backend.d.ts": "5653631cdce23a8be640e48ecdae8a6eb46ef10d2040428395842e64915a8908",
    "dist/cjs/backend.d.ts.map": "e6bf817557c0b73c34dc16da4dad5a9c8862a0a9438eecf5ebd407e91a9fd612",
    "dist/cjs/backend.js": "325aaee7a2649ea27629666f3ca01c0d80b9751e704ce502e43a8352390749b4",
    "dist/cjs/backend.js.map": "e6e712c40ee0addc48a1375abe8acf04369b3c0052df7b5b6f2110d2ee711f21",
    "dist/cjs/env-impl.d.ts": "727057116fb089d326c340d96948f1ad4583a14a88ec414ef58a51ed38ee698e",
    "dist/cjs/env-impl.d.ts.map": "1bd023add62d88790addd59711b71840d4f018cbffada119bda3fc9fb477bfcf",
    "dist/cjs/env-impl.js": "35cd8cac33973538eab471b68622c86c35a6896f4307d1a74c9ca0eda7abbac6",
    "dist/cjs/env-impl.js.map": "eb9066a3b4882b587af0378cde5002d7bfb50d9d20293aea5f713d12692f6922",
    "dist/cjs/env.d.ts": "7d19a1ff1a618b06fa781362607385503cf73e163272adad485de9c38b7935f5",
    "dist/cjs/env.d.ts.map": "4b7539e422a36e833612def9bf76bebed69b3da2ab0ee5cf76cb2847afd0df5d",
    "dist/cjs/env.js": "22c7647f8ca1c1b83b437a92b95fee1457fcb72866fa029616b8f146dc609be8",
    "dist/cjs/env.js.map": "3692c6fb2dab06dc003cbcc7297955322c9f5d2260c78d320a7d835e1f6abedb",
    "dist/cjs/index.d.ts": "497c4cbc0466d090b730e71a473e6834259ffa31600b091619927b79bbf56f9f",
    "dist/cjs/index.d.ts.map": "63bc976e2c8c30fa0fe4762e938c591fef33808a4c3f823e6926dea68490dc19",
    "dist/cjs/index.js": "d7dd6cc9790e87299099fcd1b0ccb4969c01591d7eec0383a1c64dbea133dd1a",
    "dist/cjs/index.js.map": "4aa5a8e5561917f49f09638eb0958bd02d1141baed32b0e3a000eee959b97967",
    "dist/cjs/inference-session-impl.d.ts": "0c8ca97861939d697b44168e2e1de42206ac509d66aa8e4b5ed8fae8d90c8078",
    "dist/cjs/inference-session-impl.d.ts.map": "2983e1efe8b6d2fe381793d822545a31d8aeac61021ff48a910b5f344c21c751",
    "dist/cjs/inference-session-impl.js": "88d90723a169297855ad3b564b134c6b685b2661316c81f71fc80da1e203bae0",
    "dist/cjs/inference-session-impl.js.map": "f56e3e0704c82c115dfedbceac56420bc91a0afb1f84300926013317cce6b0c7",
    "dist/cjs/inference-session.d.ts": "f72c0a8d8448558c6605e76da14bcbb00220e8e74691fcc2aaf907fc644c94d2",
    "dist/cjs/inference-session.d.ts.map": "6286a009f380020354372fa956a81dbbc19d765fae47563cfab9900682c286fa",
    "dist/cjs/inference-session.js": "458be26f316c5068d32a56ddbc30ca0aa687c636e079b3d161a69f0f14a683f1",
    "dist/cjs/inference-session.js.map": "f9b8572a7b2e20128b70cbe19da1a22537a159d9dfae2d75f501a9b868a41b32",
    "dist/cjs/onnx-model.d.ts": "82fae3b4bd4fd41ddec85d4a8e3351bc3c9fa0e418d2eecffeb65b0677070c08",
    "dist/cjs/onnx-model.d.ts.map": "93ce1490667c68e384748ca91880dfa899fdb97d3949db8db024e525cbe71211",
    "dist/cjs/onnx-model.js": "667f5fdac4b6df25e17f8a864d4dc619507f541f9fa0aafb6d3572fcca1e25e5",
    "dist/cjs/onnx-model.js.map": "119cbe6aefc7677efaec2b00b7b76d4697ecaea05288c2bdb41e78ef39a9a6fe",
    "dist/cjs/onnx-value.d.ts": "2d1be07df40c1da6220c9717644a93630855ea8c068f8a4bc9bab32e72af704b",
    "dist/cjs/onnx-value.d.ts.map": "a7c4b0a89729cfc4a659d85e03bf69e0aeab79c67b0470817174cadd849ddbdc",
    "dist/cjs/onnx-value.js": "8446854766f4955ce438a7338216f49223767ecc508bb502b73a3dc1a1f1998e",
    "dist/cjs/onnx-value.js.map": "b3fbef148e38bb8b5a04ba2feeac12cfe9e005551bee69a04bb20237c517b612",
    "dist/cjs/package.json": "091a04fa67c7907b98e106fcff8b964e13129754fce72d24f3025b97c4887fa3",
    "dist/cjs/tensor-conversion-impl.d.ts": "4efbe2fc7c074e2040e2b6808883707ff1167c870efd8dc2bfe55d26d2c9d5a5",
    "dist/cjs/tensor-conversion-impl.d.ts.map": "771436ac420108264f3a408af98d903cef9b1f8d7a14c2a1e8158b99181ef71a",
    "dist/cjs/tensor-conversion-impl.js": "9815e72c0bb91896035de93b3113a2256a1a998bc53c7b5e6bf5fb4e93714766",
    "dist/cjs/tensor-conversion-impl.js.map": "2e301f4c77133e45976f66acf5190c670f8c4e3e122f4d823f10a4dfb177ae7d",
    "dist/cjs/tensor-conversion.d.ts": "b5c7ddba6ed8e41b6ab71ff62ba6189d615f08f617843ef570edb09fb7ced882",
    "dist/cjs/tensor-conversion.d.ts.map": "6f4fa51a5b6501c1a8214a85c9b9d389b04bfbe0d3e59cfd122fffb309788a67",
    "dist/cjs/tensor-conversion.js": "28cc462d4a9ea556ecc86c0e6d16a51d61b58d5bc5b4b7b48976b14bc8035bdc",
    "dist/cjs/tensor-conversion.js.map": "d85995b69057d7383514a3261f1a0ec2826370e423ccf062b852cb2f23b13c45",
    "dist/cjs/tensor-factory-impl.d.ts": "5b3183961388699dd9f7bc1638e546a31d3b3f0e1d396f60a5c70d279bf77887",
    "dist/cjs/tensor-factory-impl.d.ts.map": "a9bdd72daefb0ce2b8456ad3b122d993e1e154eace858b187fc250d897d2c8cd",
    "dist/cjs/tensor-factory-impl.js": "a3204838a2c14416e4e61c968dc17c663ab3c9b8b2c4a8b7f2a1c5b06e3e5173",
    "dist/cjs/tensor-factory-impl.js.map": "b4e7e9856d3eaeff16d000d1f9ce9b15ae8468347bff1e29c4b82730cb6c544d",
    "dist/cjs/tensor-factory.d.ts": "4bbf58af95c745c404c7aad88e36b1e9490b3236a9819175acad099508d519d4",
    "dist/cjs/tensor-factory.d.ts.map": "a86e5a12803bb7fc7a432e82f223330176d9f85b5e7ef5bcec98563c97b04828",
    "dist/cjs/tensor-factory.js": "13b8d735350b828a49bda8aeec50b1dac888cf42268006efc4312f50a88b6906",
    "dist/cjs/tensor-factory.js.map": "9511238610786ebc1e2cf40fa9977b5b33d4f8cf276feb247ef8da4c224af2bf",
    "dist/cjs/tensor-impl-type-mapping.d.ts": "5ca748ccfcb1d430c355aa5c19909569fbe9e3b475a3e5263288d2e20d720f31",
    "dist/cjs/tensor-impl-type-mapping.d.ts.map": "1865e78cd55a546634777d96cebf3d7665fa7a6ff5a314bc867218c2dc59c84e",
    "dist/cjs/tensor-impl-type-mapping.js": "333110edbbffdb7575ea340cb341bcaf691862d6594a649db28097f7d8cb19b7",
    "dist/cjs/tensor-impl-type-mapping.js.map": "c7afac16abbd32197070f5104a7654ea6a0a70a1e963771f0add3f5cb0df38c6",
    "dist/cjs/tensor-impl.d.ts": "1b4d2a5e8531db01cb9c2a4d2d09e0805f56696bbfca6b164bee9ed1d1e02831",
    "dist/cjs/tensor-impl.d.ts.map": "548efb8f62410a7c015bb3c71fc59ae9ecfe4afc8e3ae9514e66bf52cdd71f6d",
    "dist/cjs/tensor-impl.js": "11645352ba5d08971344717d3339f86aac560f84f29229b2ebe07f1ec8aa8905",
    "dist/cjs/tensor-impl.js.map": "3076125a075e86ac7b3cb4131586566b9abaca6347353de13aaba7fcca5236bb",
    "dist/cjs/tensor-utils-impl.d.ts": "69cd3333d205f279d0db5e2ad6166d1f9dd520cc21a8d995d5d6fe3c35a09738",
    "dist/cjs/tensor-utils-impl.d.ts.map": "cae9cc94d5fa7f9692302476e7ab68fd400f5c935ed929ef4c9d2e31de83c019",
    "dist/cjs/tensor-utils-impl.js": "e7b1db989d33d54bdd1807b080a0989ff0b10d5f7dd8c93b92bbf293103aa4d5",
    "dist/cjs/tensor-utils-impl.js.map": "fd756bb026bf51a827ab7a1c468b48a1ac000f5a9a6f3be0c66f57e005713ad5",
    "dist/cjs/tensor-utils.d.ts": "208abeb6168785830877b91f7224c112ac56c3973d51cc50ece014e61efe98df",
    "dist/cjs/tensor-utils.d.ts.map": "9784ff3fe1102ec2ad45fb9592c6f5082a08386f5cf24585afdf57c4ca1686a5",
    "dist/cjs/tensor-utils.js": "d3f577e90dc2257c72ac728e5e6355c34af0342d971158d9f22b69d22aa97b8d",
    "dist/cjs/tensor-utils.js.map": "c386d3b1b47f10a5258efe644d2f1ee4f3c0bdcc698621e53cc71a49e8c32ca6",
    "dist/cjs/tensor.d.ts": "f7fb8b79a47ca55a656bdacc70fe4fc2bc0884f27efc9ee142a7d217098821d6",
    "dist/cjs/tensor.d.ts.map": "ed5d26a586ee8021d6d90692893b2351289e9fb2517cc66f71842c99a0f5226a",
    "dist/cjs/tensor.js": "9097114de356750f36f28776fa6ccd08d13694f0f9aac9e7669c30b6c43153f7",
    "dist/cjs/tensor.js.map": "7755ef74c2fed376998275c2dca1c452209db26406e1a159a936c57fb101a5c5",
    "dist/cjs/trace.d.ts": "d310376ece0d657e18c98909ed15684bc535e23a089e3da87adbce8a7e1d0a9b",
    "dist/cjs/trace.d.ts.map": "7cc7b6bf8ad0378a2f9b09087ffe057e3c4576f4731f2a97df630bcb565bfff3",
    "dist/cjs/trace.js": "faecd0df94998d786e2085d56aa6003449f1ac3b35c350e0d2762498604e5d72",
    "dist/cjs/trace.js.map": "1e9811909542eb716e476084822097eccacaa4e25dabe76c2e1e0efeee532f90",
    "dist/cjs/type-helper.d.ts": "c16ecf73bb75fc2218e4e1a80273f4196579217172468c17d4923b64cf0d225d",
    "dist/cjs/type-helper.d.ts.map": "3eaaba36581e3d6442d1f76572b4ba88d73b6fd7337e94ead793123130356387",
    "dist/cjs/type-helper.js": "7f786da8d2a611ad751c70a74edf4d9acfccd26be8e5c6b1cb730f982892bf32",
    "dist/cjs/type-helper.js.map": "e6d6e73be5933d6602fec821ffdf536d56156cb8baba92c49ef01591c53e95ae",
    "dist/cjs/version.d.ts": "10a301e365141d2c972f734c3019f8a8c9d1dd19787696f8b4e470f97a5d55c8",
    "dist/cjs/version.d.ts.map": "5e6caf25727598d548d1e1284fe20290f8314b1b723834dde798db14e81741a3",
    "dist/cjs/version.js": "0a1a7f532f4455ead0678966815c3114730150aa4368ebb5ebd9727425e9003b",
    "dist/cjs/version.js.map": "739871ec130896cec927f8a604c1e0b8c05f57cdbc56205ec63021e3334aeb53",
    "dist/esm/backend-impl.d.ts": "bd0d40e4018db385fbe93aac3df8ea3b1d02c815f64b30cddd35a68d94efea45",
    "dist/esm/backend-impl.d.ts.map": "11a2fe9c890d62cf7ac33620b6ba808c5b3e248a896f6f9a8a7070f2bb263ed9",
    "dist/esm/backend-impl.js": "97dd81b055a06f61120f09468fe59f046a9262b7b87bf5d05bceb085bf4f5558",
    "dist/esm/backend-impl.js.map": "9e7139c194620f996ce7df480e655f24372be1335da109e65be9aaeffb5214d2",
    "dist/esm/backend.d.ts": "5653631cdce23a8be640e48ecdae8a6eb46ef10d2040428395842e64915a8908",
    "dist/esm/backend.d.ts.map": "e6bf817557c0b73c34dc16da4dad5a9c8862a0a9438eecf5ebd407e91a9fd612",
    "dist/esm/backend.js": "017ce2ec9dc2021ebc1ef2c4f04e1bc74276c65921b0297e7ed8cc16e640495b",
    "dist/esm/backend.js.map": "378edd183061dfea1255d5e30441441c118d15d73a4f55ee9893ae9e459a54ae",
    "dist/esm/env-impl.d.ts": "727057116fb089d326c340d96948f1ad4583a14a88ec414ef58a51ed38ee698e",
    "dist/esm/env-impl.d.ts.map": "1bd023add62d88790addd59711b71840d4f018cbffada119bda3fc9fb477bfcf",
    "dist/esm/env-impl.js": "0da4c562a49fe147e19320a64cbb456184eb0e6242b1fe69c65c8368c55f3d97",
    "dist/esm/env-impl.js.map": "7d088b8943ec0e7e1c8974d005b9f7ffe181a4d244cc300564c06362c0029ef4",
    "dist/esm/env.d.ts": "7d19a1ff1a618b06fa781362607385503cf73e163272adad485de9c38b7935f5",
    "dist/esm/env.d.ts.map": "4b7539e422a36e833612def9bf76bebed69b3da2ab0ee5cf76cb2847afd0df5d",
    "dist/esm/env.js": "b2bbd3d3b00a95765713c57cd0f5ef73718ae5b8322e07cb47a43e2accb21f15",
    "dist/esm/env.js.map": "3971fefb94b17324a58d700c8ac1ef436ebcb88516ba4aca85a20ab991f7e6bb",
    "dist/esm/index.d.ts": "497c4cbc0466d090b730e71a473e6834259ffa31600b091619927b79bbf56f9f",
    "dist/esm/index.d.ts.map": "63bc976e2c8c30fa0fe4762e938c591fef33808a4c3f823e6926dea68490dc19",
    "dist/esm/index.js": "ad23f6d6ce2c99c449031f24a5181f259516c64a9a67428c98a8539b857729bd",
    "dist/esm/index.js.map": "04071a75a57723acae3137b219ac368c42a3ceecabefc57a24837bafa96e1d6b",
    "dist/esm/inference-session-impl.d.ts": "0c8ca97861939d697b44168e2e1de42206ac509d66aa8e4b5ed8fae8d90c8078",
    "dist/esm/inference-session-impl.d.ts.map": "2983e1efe8b6d2fe381793d822545a31d8aeac61021ff48a910b5f344c21c751",
    "dist/esm/inference-session-impl.js": "0446814a392c147b5c38ba242d9911ee54002b5d01a8e19fb4895fb8f8a0cdd3",
    "dist/esm/inference-session-impl.js.map": "e7b131cfc1d1b9bf0ebd36a78d3883a5da5d161d2e9ba75cb709bb0f73cfb062",
    "dist/esm/inference-session.d.ts": "f72c0a8d8448558c6605e76da14bcbb00220e8e74691fcc2aaf907fc644c94d2",
    "dist/esm/inference-session.d.ts.map": "6286a009f380020354372fa956a81dbbc19d765fae47563cfab9900682c286fa",
    "dist/esm/inference-session.js": "3ad4271a88edb3d242dc1e0e7bbf66510f9a56eff874c433b3b37f900ac007b1",
    "dist/esm/inference-session.js.map": "192c85daeaa6f400c7acc78394b2e1d5e6e8cc853f4796b7ede5506ed69c415a",
    "dist/esm/onnx-model.d.ts": "82fae3b4bd4fd41ddec85d4a8e3351bc3c9fa0e418d2eecffeb65b0677070c08",
    "dist/esm/onnx-model.d.ts.map": "93ce1490667c68e384748ca91880dfa899fdb97d3949db8db024e525cbe71211",
    "dist/esm/onnx-model.js": "9e9dc8678be0ea04575a542894508db355a4f9f2155ac7f4c17a697c5f843382",
    "dist/esm/onnx-model.js.map": "ee06020c28414dfed22ad0ded9436c2996f8fd7450aa827f429278133399b500",
    "dist/esm/onnx-value.d.ts": "2d1be07df40c1da6220c9717644a93630855ea8c068f8a4bc9bab32e72af704b",
    "dist/esm/onnx-value.d.ts.map": "a7c4b0a89729cfc4a659d85e03bf69e0aeab79c67b0470817174cadd849ddbdc",
    "dist/esm/onnx-value.js": "33dc232498753fc9026dfa44c99440cb1a6d29f3e53e1ad2fb8b696705158f06",
    "dist/esm/onnx-value.js.map": "cfa14e63ce9bb3b8a64271014ffa4f64696906f9e9a40cf2105effddc19bb31f",
    "dist/esm/package.json": "e3d5a4a2d8551aa52c5a01d2a0efb2e06a2d9711b4f5c5f1d20de6e21807e2cd",
    "dist/esm/tensor-conversion-impl.d.ts": "4efbe2fc7c074e2040e2b6808883707ff1167c870efd8dc2bfe55d26d2c9d5a5",
    "dist/esm/tensor-conversion-impl.d.ts.map": "771436ac420108264f3a408af98d903cef9b1f8d7a14c2a1e8158b99181ef71a",
    "dist/esm/tensor-conversion-impl.js": "df6fa3cd1813c2d3e588cc07973cfe5ea2ab8647c957168200caa58e51440161",
    "dist/esm/tensor-conversion-impl.js.map": "4b53080a9f82419a089c741a654d70018330805ee0d462171532972c2fa07937",
    "dist/esm/tensor-conversion.d.ts": "b5c7ddba6ed8e41b6ab71ff62ba6189d615f08f617843ef570edb09fb7ced882",
    "dist/esm/tensor-conversion.d.ts.map": "6f4fa51a5b6501c1a8214a85c9b9d389b04bfbe0d3e59cfd122fffb309788a67",
    "dist/esm/tensor-conversion.js": "8c43ec1d061ab71032a1b28f45d85ef95f8d7bd2d4cd71d059e96d83e3a8f422",
    "dist/esm/tensor-conversion.js.map": "1626b7382607c77e31e53f6a7c3be122f2a6b0851617d1336fb1f29eb2a6de45",
    "dist/esm/tensor-factory-impl.d.ts": "5b3183961388699dd9f7bc1638e546a31d3b3f0e1d396f60a5c70d279bf77887",
    "dist/esm/tensor-factory-impl.d.ts.map": "a9bdd72daefb0ce2b8456ad3b122d993e1e154eace858b187fc250d897d2c8cd",
    "dist/esm/tensor-factory-impl.js": "cf5606fe23461e01bff59c2d72ac47d74e652548718f1e5fab07a22b441379b4",
    "dist/esm/tensor-factory-impl.js.map": "7f81d43deb853b53d6f4b459702afda6c86a9fc6778dfe1988c56d234166eab3",
    "dist/esm/tensor-factory.d.ts": "4bbf58af95c745c404c7aad88e36b1e9490b3236a9819175acad099508d519d4",
    "dist/esm/tensor-factory.d.ts.map": "a86e5a12803bb7fc7a432e82f223330176d9f85b5e7ef5bcec98563c97b04828",
    "dist/esm/tensor-factory.js": "68b9f4f4573f25012ce8a4f73c9a2cee3a28db91de8bbb0a20ddb08bcba33c4b",
    "dist/esm/tensor-factory.js.map": "de392d5a5afb6bd6a0e72fabca836976b2d595494b9ee0877563d054bde706e7",
    "dist/esm/tensor-impl-type-mapping.d.ts": "5ca748ccfcb1d430c355aa5c19909569fbe9e3b475a3e5263288d2e20d720f31",
    "dist/esm/tensor-impl-type-mapping.d.ts.map": "1865e78cd55a546634777d96cebf3d7665fa7a6ff5a314bc867218c2dc59c84e",
    "dist/esm/tensor-impl-type-mapping.js": "20bd5ddb858954cf071bace6c7a6628c8e311433798ec172f4c778bebd81d407",
    "dist/esm/tensor-impl-type-mapping.js.map": "fea47c5ea4a2a3b6bb9358601a45e794881e33e63d4a12bc73c301d0ef462944",
    "dist/esm/tensor-impl.d.ts": "1b4d2a5e8531db01cb9c2a4d2d09e0805f56696bbfca6b164bee9ed1d1e02831",
    "dist/esm/tensor-impl.d.ts.map": "548efb8f62410a7c015bb3c71fc59ae9ecfe4afc8e3ae9514e66bf52cdd71f6d",
    "dist/esm/tensor-impl.js": "6a749be63055f9d21069566b1515412484a3a03448ca20427c8f8d29328a2843",
    "dist/esm/tensor-impl.js.map": "4e4891f3ebfd30005ed1af0f98876ef67988c23c6a4f11e3e2974106bad4dbc4",
    "dist/esm/tensor-utils-impl.d.ts": "69cd3333d205f279d0db5e2ad6166d1f9dd520cc21a8d995d5d6fe3c35a09738",
    "dist/esm/tensor-utils-impl.d.ts.map": "cae9cc94d5fa7f9692302476e7ab68fd400f5c935ed929ef4c9d2e31de83c019",
    "dist/esm/tensor-utils-impl.js": "87d3e07c153616138c2f57846545eea9c47957c714d50c0264696bdc293e6732",
    "dist/esm/tensor-utils-impl.js.map": "c0bc6729a8c22d116b2babdec5c0bdaacaf47764f43edff6f902204e702f7315",
    "dist/esm/tensor-utils.d.ts": "208abeb6168785830877b91f7224c112ac56c3973d51cc50ece014e61efe98df",
    "dist/esm/tensor-utils.d.ts.map": "9784ff3fe1102ec2ad45fb9592c6f5082a08386f5cf24585afdf57c4ca1686a5",
    "dist/esm/tensor-utils.js": "7acfdb2f8403ae84b7ae62d55d6eeb01519108be8874337b317b911ed60190cd",
    "dist/esm/tensor-utils.js.map": "990c27d18665344f487792e9530c4237efec8b0419d32fe36c4cbf2d938cd316",
    "dist/esm/tensor.d.ts": "f7fb8b79a47ca55a656bdacc70fe4fc2bc0884f27efc9ee142a7d217098821d6",
    "dist/esm/tensor.d.ts.map": "ed5d26a586ee8021d6d90692893b2351289e9fb2517cc66f71842c99a0f5226a",
    "dist/esm/tensor.js": "721d24a538de5333057bfc423bc00c3453a1c483f4495c857d0a6f9b8f2d330e",
    "dist/esm/tensor.js.map": "76298bb9afed1e5c1eca99aaff1c60e8d9a6e780272934f35066c1ffb2ebce07",
    "dist/esm/trace.d.ts": "d310376ece0d657e18c98909ed15684bc535e23a089e3da87adbce8a7e1d0a9b",
    "dist/esm/trace.d.ts.map": "7cc7b6bf8ad0378a2f9b09087ffe057e3c4576f4731f2a97df630bcb565bfff3",
    "dist/esm/trace.js": "9b87e6309a1c502b03558aa94b0a65c8ea1e8eb59cb46090f54f6eacd191b841",
    "dist/esm/trace.js.map": "d927bb262364fc469c116feef894604d4eebe413dc2b4d7c7d6d23d41d5bcd08",
    "dist/esm/type-helper.d.ts": "c16ecf73bb75fc2218e4e1a80273f4196579217172468c17d4923b64cf0d225d",
    "dist/esm/type-helper.d.ts.map": "3eaaba36581e3d6442d1f76572b4ba88d73b6fd7337e94ead793123130356387",
    "dist/esm/type-helper.js": "3e2588c6a5ee7b9755e199eef10c6aa2e777d0366ea47d27953657a5638deeae",
    "dist/esm/type-helper.js.map": "fa3d99e26dec5b7ca602c59d9c6eb57aa16050fba63706e6bac58525eed3a70d",
    "dist/esm/version.d.ts": "10a301e365141d2c972f734c3019f8a8c9d1dd19787696f8b4e470f97a5d55c8",
    "dist/esm/version.d.ts.map": "5e6caf25727598d548d1e1284fe20290f8314b1b723834dde798db14e81741a3",
    "dist/esm/version.js": "71c36bdc106472438d3f6c865c0e7ffd0f957524dceb0750738c451098c5ef13",
    "dist/esm/version.js.map": "196de384947d947ec1db47a10a8ea57bc20e2b20f4847423ccdb2ea9fc04319b",
    "lib/backend-impl.ts": "e900cac764674849736df0c96e31ea7a8e1a7bb0dadcfd3089f5e4dded01a4ec",
    "lib/backend.ts": "7c2f2ac6c51dfba4422024c0f3cbdad4cd6925eb6f15f9bd9084d9ea99a992a1",
    "lib/env-impl.ts": "ec7fbffec47f798f2889a58265801228698e8c9f2f563fffc26ae895ddf3f3a6",
    "lib/env.ts": "9630c7adbb557a78b3b0d598e0ac93ba228fe9df9ee9df03532fa8a4a0c0a99e",
    "lib/index.ts": "fd6f0206ca6e6d5068547925c889b955fd4a6beaf83675da74c22b96fd631354",
    "lib/inference-session-impl.ts": "465b05b94b27369c3ddc2ee864d01f6844d9cc7053c9e85fb5f12b806ffc7671",
    "lib/inference-session.ts": "897b5a5cf4026e40c8340bdb65dea04746cb269912b09494275b3261056d0c17",
    "lib/onnx-model.ts": "9ae0f1df5dba5c1874495e6bcc5f3fcd8b1ba6dc9ed18c913d966c690353bd18",
    "lib/onnx-value.ts": "bf35f62d7c9aff3315e57bfb8d678da35abf259cb5af61b213be2beffd25e911",
    "lib/tensor-conversion-impl.ts": "37782760cd4ac4025621da92769e03615731e826e78b75ca2c89ff8058a43609",
    "lib/tensor-conversion.ts": "df570474ae9c8d2f8949b1613b0559c65b86cb0e7759cd492d60e124616a769c",
    "lib/tensor-factory-impl.ts": "791df6ff8f1134c5ef75c0261f6ed41d8e8c9b00cfdfea9ef2369f1ac80d88b7",
    "lib/tensor-factory.ts": "08bcdd4eeafb90e1610252ae97e58a21e1c9300e3987c6812d57a1c66590e110",
    "lib/tensor-impl-type-mapping.ts": "67e2963ceb779ea56a9ce3a2cb6931347fdbaab129eab8bcf83327e4d7f92129",
    "lib/tensor-impl.ts": "5e143580f35989cf58b4bb50812bf606f0510d010350314e7a446aba6150848a",
    "lib/tensor-utils-impl.ts": "e69637a9265af26b30a08b3576d860c6adcb792594bdf1ce1fc5b33d5d8c6132",
    "lib/tensor-utils.ts": "72cd92f3a240d664ceec21a8f6eb34ee488f70cbb4e193ebdd6dee6780e6c0bd",
    "lib/tensor.ts": "0d6df6db3264622732592cf580f8b4f5284573b4bb6b511fdd5f0ddd93186a67",
    "lib/trace.ts": "f2955ef79ba24c48b75d5f8d5ee82e3995ab0cb37340286f20772cdab55437e4",
    "lib/type-helper.ts": "b5554b99ed285174bc655a6da44131bff7cb9eac2cb39d4766c34569bc41c91b",
    "lib/version.ts": "9fbfe174b4d3458b04e2264638fd4e402076a3b815374dac652db99807aa588a",
    "package.json": "4266741a80346e25820ccc494fbffb95e2f652b6dfb5585025be44df3b0d6722"
  }
};

// src/core/tar-extract.ts
import { createReadStream } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
var TarExtractError = class extends Error {
  constructor(message, entry) {
    super(message);
    this.entry = entry;
  }
  entry;
  name = "TarExtractError";
};
var BLOCK = 512;
var ChunkReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  pending = Buffer.alloc(0);
  ended = false;
  /** Undefined at the end of the stream; the archive is truncated when it ends part-way. */
  async exactly(count) {
    const parts = [];
    let have = 0;
    for await (const piece of this.pieces(count)) {
      parts.push(piece);
      have += piece.length;
    }
    if (have === 0) return void 0;
    if (have < count) throw new TarExtractError("the archive ends in the middle of a member");
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, have);
  }
  /** Yields the next `count` bytes in the pieces they arrive in (fewer only at the stream's end). */
  async *pieces(count) {
    let left = count;
    while (left > 0) {
      if (this.pending.length === 0) {
        if (this.ended) return;
        const next = await this.source.next();
        if (next.done) {
          this.ended = true;
          return;
        }
        this.pending = next.value;
        continue;
      }
      const take = Math.min(left, this.pending.length);
      yield this.pending.subarray(0, take);
      this.pending = this.pending.subarray(take);
      left -= take;
    }
  }
  async skip(count) {
    let skipped = 0;
    for await (const piece of this.pieces(count)) skipped += piece.length;
    if (skipped < count) throw new TarExtractError("the archive ends in the middle of a member");
  }
};
function text(bytes) {
  const end = bytes.indexOf(0);
  return (end < 0 ? bytes : bytes.subarray(0, end)).toString("utf8");
}
function octal(bytes, field) {
  if ((bytes[0] & 128) !== 0)
    throw new TarExtractError(`a header's ${field} uses base-256, which npm never writes`);
  const digits = text(bytes).trim();
  if (digits === "") return 0;
  if (!/^[0-7]+$/.test(digits)) throw new TarExtractError(`a header's ${field} is not an octal number`);
  return Number.parseInt(digits, 8);
}
function checksumMatches(header) {
  const stored = octal(header.subarray(148, 156), "checksum");
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : header[index];
  return sum === stored;
}
function paxRecords(data) {
  const records = /* @__PURE__ */ new Map();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(offset, space).toString("ascii"), 10);
    if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > data.length)
      throw new TarExtractError("a pax header record has a bad length");
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}
var MAX_META_BYTES = 1024 * 1024;
function memberPath(name) {
  if (name.includes("\0") || name.includes("\\"))
    throw new TarExtractError("a member name holds a NUL or a backslash", name);
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
    throw new TarExtractError("a member name is an absolute path", name);
  const segments = name.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) throw new TarExtractError('a member name has a ".." segment', name);
  return segments.slice(1).join("/");
}
async function extractTarball(file, options) {
  const gunzip = pipeline(createReadStream(file), createGunzip(), () => {
  });
  const reader = new ChunkReader(gunzip[Symbol.asyncIterator]());
  const destination = path.resolve(options.destination);
  await mkdir(destination, { recursive: true });
  let files = 0;
  let longName;
  let paxPath;
  let paxSize;
  try {
    for (; ; ) {
      const header = await reader.exactly(BLOCK);
      if (header === void 0 || header.every((byte) => byte === 0)) break;
      if (!checksumMatches(header)) throw new TarExtractError("a header has a bad checksum");
      const typeFlag = String.fromCharCode(header[156]);
      const headerSize = octal(header.subarray(124, 136), "size");
      const size = paxSize ?? headerSize;
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (typeFlag === "x" || typeFlag === "g" || typeFlag === "L") {
        if (size > MAX_META_BYTES) throw new TarExtractError("a pax or long-name header is too large");
        const data = size === 0 ? Buffer.alloc(0) : await reader.exactly(padded);
        if (data === void 0) throw new TarExtractError("the archive ends in the middle of a member");
        const content = data.subarray(0, size);
        if (typeFlag === "L") longName = text(content);
        if (typeFlag === "x") {
          const records = paxRecords(content);
          paxPath = records.get("path") ?? paxPath;
          const sizeRecord = records.get("size");
          if (sizeRecord !== void 0) {
            if (!/^\d+$/.test(sizeRecord)) throw new TarExtractError("a pax size record is not a number");
            paxSize = Number.parseInt(sizeRecord, 10);
          }
        }
        continue;
      }
      const magic = header.subarray(257, 262).toString("latin1");
      const prefix = magic === "ustar" ? text(header.subarray(345, 500)) : "";
      const ustarName = text(header.subarray(0, 100));
      const name = paxPath ?? longName ?? (prefix === "" ? ustarName : `${prefix}/${ustarName}`);
      longName = paxPath = paxSize = void 0;
      if (typeFlag === "5") {
        memberPath(name);
        await reader.skip(padded);
        continue;
      }
      if (typeFlag !== "0" && typeFlag !== "\0" && typeFlag !== "7") {
        const kind = typeFlag === "1" ? "a hard link" : typeFlag === "2" ? "a symbolic link" : "not a regular file";
        throw new TarExtractError(`a member is ${kind}`, name);
      }
      const relative = memberPath(name);
      const target = relative === "" ? void 0 : options.select(relative);
      if (target === void 0) {
        await reader.skip(padded);
        continue;
      }
      const output = path.resolve(destination, target);
      if (!output.startsWith(destination + path.sep))
        throw new TarExtractError("a member would be written outside the destination", name);
      const mode = (octal(header.subarray(100, 108), "mode") & 73) !== 0 ? 493 : 420;
      let handle;
      try {
        await mkdir(path.dirname(output), { recursive: true });
        handle = await open(output, "wx", mode);
      } catch (error) {
        const code = error.code;
        if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR")
          throw new TarExtractError("a member has the name of another member, or of its directory", name);
        throw error;
      }
      try {
        let written = 0;
        for await (const piece of reader.pieces(size)) {
          await handle.write(piece);
          written += piece.length;
        }
        if (written < size) throw new TarExtractError("the archive ends in the middle of a member", name);
      } finally {
        await handle.close();
      }
      await reader.skip(padded - size);
      files++;
    }
  } catch (error) {
    const code = error.code;
    if (typeof code === "string" && code.startsWith("Z_"))
      throw new TarExtractError(`the gzip stream is corrupt (${code})`);
    throw error;
  } finally {
    gunzip.destroy();
  }
  return { files };
}

// src/core/onnxruntime-provision.ts
function pinnedFiles(name) {
  const files = ONNXRUNTIME_FILES[name];
  if (files === void 0) throw new Error(`${name} has no pinned files; run scripts/pin-onnxruntime.mjs`);
  return files;
}
var ONNXRUNTIME_PACKAGES = [
  {
    name: "onnxruntime-node",
    version: "1.30.0",
    integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==",
    files: pinnedFiles("onnxruntime-node")
  },
  {
    name: "onnxruntime-common",
    version: "1.30.0",
    integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==",
    files: pinnedFiles("onnxruntime-common")
  }
];
var DEFAULT_REGISTRY = "https://registry.npmjs.org";
function mainPackage(packages) {
  const main = packages[0];
  if (main === void 0) throw new Error("provisionOnnxRuntime: no packages pinned");
  return main;
}
function runtimeCacheKey(platform, arch, packages = ONNXRUNTIME_PACKAGES) {
  const main = mainPackage(packages);
  const pins = packages.map((pin) => `${pin.name}@${pin.version} ${pin.integrity}`).join("\n");
  const hash = createHash("sha256").update(pins).digest("hex").slice(0, 12);
  return `mlsec-${main.name}-${main.version}-${platform}-${arch}-${hash}`;
}
function isModuleNotFound(error) {
  return error?.code === "MODULE_NOT_FOUND";
}
var NATIVE_BINARY_DIRECTORY = /^bin\/napi-v\d+\/([^/]+)\/([^/]+)\//;
function loadableHere(file, platform, arch) {
  const binary = NATIVE_BINARY_DIRECTORY.exec(file);
  return binary === null || binary[1] === platform && binary[2] === arch;
}
var OPEN_FOR_VERIFY = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);
async function realDirectories(base, relative) {
  let current = base;
  for (const segment of relative) {
    current = path2.join(current, segment);
    if (!(await lstat(current)).isDirectory()) return false;
  }
  return true;
}
async function readPinnedFile(root, file, copy) {
  const segments = file.split("/");
  if (!await realDirectories(root, segments.slice(0, -1))) return void 0;
  let input;
  try {
    input = await open2(path2.join(root, ...segments), OPEN_FOR_VERIFY);
  } catch (error) {
    if (error.code === "ELOOP") return void 0;
    throw error;
  }
  try {
    if (!(await input.stat()).isFile()) return void 0;
    const output = copy === void 0 ? void 0 : await open2(copy, "wx", 448);
    try {
      const hash = createHash("sha256");
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (; ; ) {
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        hash.update(buffer.subarray(0, bytesRead));
        for (let written = 0; output !== void 0 && written < bytesRead; )
          written += (await output.write(buffer, written, bytesRead - written)).bytesWritten;
      }
      return hash.digest("hex");
    } finally {
      await output?.close();
    }
  } finally {
    await input.close();
  }
}
async function packageProblem({ pin, root }, platform, arch, copyRoot) {
  let entries;
  try {
    if (!(await lstat(root)).isDirectory()) return `${pin.name} is not a directory`;
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    return `${pin.name} cannot be read (${fileErrorReason(error)})`;
  }
  const unseen = new Set(Object.keys(pin.files).filter((file) => loadableHere(file, platform, arch)));
  const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => ({
    entry,
    file: path2.relative(root, path2.join(entry.parentPath, entry.name)).split(path2.sep).join("/")
  })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const { entry, file } of files) {
    if (!entry.isFile()) return `${pin.name}/${file} is not a regular file`;
    if (!Object.hasOwn(pin.files, file))
      return `${pin.name}/${file} is not a file of ${pin.name}@${pin.version}`;
    if (!loadableHere(file, platform, arch)) continue;
    let copy;
    if (copyRoot !== void 0) {
      copy = path2.join(copyRoot, ...file.split("/"));
      await mkdir2(path2.dirname(copy), { recursive: true, mode: 448 });
    }
    let digest;
    try {
      digest = await readPinnedFile(root, file, copy);
    } catch (error) {
      return `${pin.name}/${file} cannot be read (${fileErrorReason(error)})`;
    }
    if (digest === void 0) return `${pin.name}/${file} is not a regular file`;
    if (digest !== pin.files[file])
      return `${pin.name}/${file} differs from the published ${pin.name}@${pin.version}`;
    unseen.delete(file);
  }
  const missing = [...unseen].sort()[0];
  return missing === void 0 ? void 0 : `${pin.name}/${missing} is missing`;
}
function packageRoot(resolved, name) {
  const marker = `${path2.sep}node_modules${path2.sep}${name.split("/").join(path2.sep)}${path2.sep}`;
  const index = resolved.lastIndexOf(marker);
  return index === -1 ? void 0 : resolved.slice(0, index + marker.length - 1);
}
var MAX_MANIFEST_BYTES = 1 << 20;
async function installedVersion(packageDirectory) {
  try {
    const handle = await open2(path2.join(packageDirectory, "package.json"), OPEN_FOR_VERIFY);
    let text2;
    try {
      const stats = await handle.stat();
      if (!stats.isFile() || stats.size > MAX_MANIFEST_BYTES) return void 0;
      text2 = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
    const manifest = JSON.parse(text2);
    return typeof manifest.version === "string" ? manifest.version : void 0;
  } catch {
    return void 0;
  }
}
async function entryFile(packageCopy, pin, platform, arch) {
  const manifest = JSON.parse(await readFile(path2.join(packageCopy, "package.json"), "utf8"));
  const main = path2.posix.normalize(typeof manifest.main === "string" ? manifest.main : "index.js");
  if (!Object.hasOwn(pin.files, main) || !loadableHere(main, platform, arch))
    throw new Error(
      `${pin.name}@${pin.version}: its "main" names no pinned file; rerun scripts/pin-onnxruntime.mjs`
    );
  return path2.join(packageCopy, ...main.split("/"));
}
function requireRuntime(entry, name) {
  try {
    return createRequire(entry)(entry);
  } catch (error) {
    throw new UsageError(
      "UNREADABLE_INPUT",
      `${name} is installed but does not load on this system (${errorMessage(error).split("\n")[0]}); robustness-check needs its native library for ${process.platform}-${process.arch}.`,
      { cause: error }
    );
  }
}
var loadedRuntimes = /* @__PURE__ */ new Map();
function loadedRuntimeKey(packages, platform, arch) {
  const pins = packages.map((pin) => [pin.name, pin.version, Object.entries(pin.files).sort()]);
  return createHash("sha256").update(JSON.stringify([platform, arch, pins])).digest("hex");
}
var privateCopies = [];
function removeAtExit(directory) {
  if (privateCopies.push(directory) > 1) return;
  process.once("exit", () => {
    for (const copy of privateCopies) {
      try {
        rmSync(copy, { recursive: true, force: true });
      } catch {
      }
    }
  });
}
async function privateDirectory(parent, main) {
  try {
    await mkdir2(parent, { recursive: true });
    return await mkdtemp(path2.join(parent, "mlsec-onnxruntime-"));
  } catch (error) {
    throw new UsageError(
      "UNWRITABLE_OUTPUT",
      `robustness-check cannot copy ${main.name} into ${parent} to load it (${fileErrorReason(error)}); make the temporary directory writable.`,
      { cause: error }
    );
  }
}
async function loadCopy(mainRoot, locate, options) {
  const { platform, arch } = options;
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  const version = await installedVersion(mainRoot);
  if (version !== main.version)
    return version === void 0 ? { refused: `${main.name} has no readable package.json` } : { refused: `${main.name} is ${version.slice(0, 40)}, not the pinned ${main.version}` };
  const key = loadedRuntimeKey(packages, platform, arch);
  const loaded = loadedRuntimes.get(key);
  const copy = loaded === void 0 ? await privateDirectory(options.scratchDirectory ?? os.tmpdir(), main) : void 0;
  const copyOf = (pin) => copy === void 0 ? void 0 : path2.join(copy, "node_modules", ...pin.name.split("/"));
  try {
    for (const [index, pin] of packages.entries()) {
      const located = index === 0 ? { root: mainRoot } : await locate(pin);
      const problem = "refused" in located ? located.refused : await packageProblem({ pin, root: located.root }, platform, arch, copyOf(pin));
      if (problem !== void 0) {
        if (copy !== void 0) await rm(copy, { recursive: true, force: true });
        return { refused: problem };
      }
    }
    if (loaded !== void 0) return { ort: loaded };
    const ort = requireRuntime(await entryFile(copyOf(main), main, platform, arch), main.name);
    loadedRuntimes.set(key, ort);
    removeAtExit(copy);
    return { ort };
  } catch (error) {
    if (copy !== void 0) await rm(copy, { recursive: true, force: true }).catch(() => void 0);
    throw error;
  }
}
async function loadVerifiedOnnxRuntime(mainDirectory, options) {
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  let real;
  try {
    real = await realpath(mainDirectory);
  } catch (error) {
    return { refused: `${main.name} cannot be read (${fileErrorReason(error)})` };
  }
  const require2 = createRequire(path2.join(real, "package.json"));
  const locate = async (dependency) => {
    let resolved;
    try {
      resolved = require2.resolve(dependency.name);
    } catch (error) {
      if (isModuleNotFound(error)) return { refused: `${dependency.name} is missing` };
      throw error;
    }
    const root = packageRoot(resolved, dependency.name);
    return root === void 0 ? { refused: `${dependency.name} resolves outside a node_modules directory` } : { root };
  };
  return loadCopy(real, locate, { ...options, packages });
}
async function ownOnnxRuntime(from, options) {
  const main = mainPackage(options.packages ?? ONNXRUNTIME_PACKAGES);
  let resolved;
  try {
    resolved = createRequire(from).resolve(main.name);
  } catch (error) {
    if (isModuleNotFound(error)) return void 0;
    throw error;
  }
  const root = packageRoot(resolved, main.name);
  if (root === void 0) return void 0;
  const verified = await loadVerifiedOnnxRuntime(root, options);
  if ("ort" in verified) return verified.ort;
  options.progress(
    `${main.name} in ${root} is not used: ${verified.refused}; using the pinned ${main.name}@${main.version} instead`
  );
  return void 0;
}
async function loadInstalled(directory, options) {
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  try {
    if (!(await lstat(directory)).isDirectory()) return { refused: "it is a link or not a directory" };
  } catch (error) {
    return { refused: `it cannot be read (${fileErrorReason(error)})` };
  }
  const locate = async (pin) => {
    const segments = ["node_modules", ...pin.name.split("/")];
    try {
      if (await realDirectories(directory, segments)) return { root: path2.join(directory, ...segments) };
    } catch (error) {
      if (error.code === "ENOENT") return { refused: `${pin.name} is missing` };
      return { refused: `${pin.name} cannot be read (${fileErrorReason(error)})` };
    }
    return { refused: `${segments.join("/")} is a link or not a directory` };
  };
  const main = await locate(mainPackage(packages));
  return "refused" in main ? main : loadCopy(main.root, locate, options);
}
async function holdsAnything(directory) {
  try {
    if (!(await lstat(directory)).isDirectory()) return true;
    return (await readdir(directory)).length > 0;
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
}
async function replaceDirectory(directory) {
  const stats = await lstat(directory).catch((error) => {
    if (error.code === "ENOENT") return void 0;
    throw error;
  });
  if (stats?.isDirectory() === true) await rm(directory, { recursive: true, force: true });
  else if (stats !== void 0) await unlink(directory);
  await mkdir2(directory, { recursive: true });
}
async function provisionOnnxRuntime(options) {
  const started = performance.now();
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  const directory = path2.resolve(options.directory);
  const label = `${main.name}@${main.version}`;
  const elapsed = () => Math.round((performance.now() - started) / 100) / 10;
  const verify = () => loadInstalled(directory, {
    platform: options.platform,
    arch: options.arch,
    packages,
    ...options.scratchDirectory !== void 0 ? { scratchDirectory: options.scratchDirectory } : {}
  });
  if (await holdsAnything(directory)) {
    const installed = await verify();
    if ("ort" in installed) return { ort: installed.ort, source: "installed", seconds: elapsed() };
    options.progress(`${label} in ${directory} is refused (${installed.refused}); installing it again`);
  }
  await replaceDirectory(directory);
  const key = runtimeCacheKey(options.platform, options.arch, packages);
  if (options.cache !== void 0) {
    let restored = false;
    try {
      restored = await options.cache.restore(key, directory);
    } catch (error) {
      options.progress(
        `${label}: the cache could not be restored (${errorMessage(error)}); downloading it instead`
      );
      await replaceDirectory(directory);
    }
    if (restored) {
      const fromCache = await verify();
      if ("ort" in fromCache) {
        options.progress(`${label}: restored from the cache in ${elapsed()} s`);
        return { ort: fromCache.ort, source: "cache", seconds: elapsed() };
      }
      options.progress(
        `${label}: the cache entry ${key} is refused (${fromCache.refused}); downloading it instead`
      );
      await replaceDirectory(directory);
    }
  }
  await install(directory, packages, options);
  const downloaded = await verify();
  if ("refused" in downloaded) {
    await replaceDirectory(directory);
    throw new Error(
      `${label} as published does not match its pinned files (${downloaded.refused}); rerun scripts/pin-onnxruntime.mjs`
    );
  }
  if (options.cache !== void 0) {
    try {
      await options.cache.save(key, directory);
    } catch (error) {
      options.progress(
        `${label}: installed, but it could not be cached (${errorMessage(error)}); the next run downloads it again`
      );
    }
  }
  options.progress(`${label}: downloaded and installed in ${elapsed()} s`);
  return { ort: downloaded.ort, source: "download", seconds: elapsed() };
}
function tarballUrl(registry, pin) {
  const basename = pin.name.slice(pin.name.lastIndexOf("/") + 1);
  return `${registry.replace(/\/+$/, "")}/${pin.name}/-/${basename}-${pin.version}.tgz`;
}
async function install(directory, packages, options) {
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const staging = path2.join(directory, `.staging-${randomBytes(6).toString("hex")}`);
  await mkdir2(staging, { recursive: true });
  try {
    for (const pin of packages) {
      const url = tarballUrl(registry, pin);
      options.progress(`${pin.name}@${pin.version}: downloading ${url}`);
      const tarball = path2.join(staging, `${pin.name.replace("/", "+")}.tgz`);
      await downloadVerified(url, tarball, pin, options);
      await extractPackage(tarball, path2.join(staging, "node_modules", pin.name), pin, options);
      await rm(tarball);
    }
    for (const pin of [...packages].reverse()) {
      const target = path2.join(directory, "node_modules", pin.name);
      await rm(target, { recursive: true, force: true });
      await mkdir2(path2.dirname(target), { recursive: true });
      await rename(path2.join(staging, "node_modules", pin.name), target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
function sriDigest(integrity) {
  const match = /^(sha512)-([A-Za-z0-9+/=]+)$/.exec(integrity.trim());
  if (match === null) throw new Error(`unsupported integrity ${integrity.slice(0, 12)}\u2026`);
  return { algorithm: match[1], digest: match[2] };
}
function unreachable(pin, url, why, cause) {
  return new UsageError(
    "UNREADABLE_INPUT",
    `robustness-check needs ${pin.name}@${pin.version} and could not download it from ${url} (${why}); install ${pin.name}@${pin.version} next to mlsec (npm install ${pin.name}@${pin.version}) or allow access to ${new URL(url).host}.`,
    cause === void 0 ? void 0 : { cause }
  );
}
var TransientDownloadError = class extends Error {
};
async function downloadVerified(url, file, pin, options) {
  const { algorithm, digest: expected } = sriDigest(pin.integrity);
  const attempts = 2;
  for (let attempt = 1; ; attempt++) {
    try {
      const actual = await downloadOnce(url, file, pin, algorithm, options);
      if (actual !== expected) {
        throw new UsageError(
          "UNREADABLE_INPUT",
          `${pin.name}@${pin.version} from ${url} does not match its pinned integrity (expected ${algorithm}-${expected.slice(0, 12)}\u2026, got ${algorithm}-${actual.slice(0, 12)}\u2026); nothing was extracted. Use a registry that serves the published tarball.`
        );
      }
      return;
    } catch (error) {
      if (!(error instanceof TransientDownloadError)) throw error;
      if (attempt >= attempts)
        throw unreachable(pin, url, `${error.message}; tried ${attempts} times`, error.cause);
      options.progress(`${pin.name}@${pin.version}: ${error.message}; retrying`);
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 2e3));
    }
  }
}
function networkReason(error) {
  const cause = error?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return errorMessage(error);
}
async function downloadOnce(url, file, pin, algorithm, options) {
  const stallMs = options.stallTimeoutMs ?? 6e4;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), stallMs);
  const stillAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), stallMs);
  };
  const failure = (error) => new TransientDownloadError(
    controller.signal.aborted ? `no data for ${Math.round(stallMs / 1e3)} s` : networkReason(error),
    { cause: error }
  );
  try {
    let response;
    try {
      response = await options.fetch(url, { signal: controller.signal });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      const status = `HTTP ${response.status}`;
      await response.body?.cancel().catch(() => void 0);
      if (response.status >= 500 || response.status === 429) throw new TransientDownloadError(status);
      throw unreachable(pin, url, status);
    }
    if (response.body === null) throw new TransientDownloadError("an empty response");
    const hash = createHash(algorithm);
    const output = createWriteStream(file);
    let writeError;
    output.on("error", (error) => writeError = error);
    try {
      for await (const chunk of response.body) {
        stillAlive();
        hash.update(chunk);
        if (!output.write(chunk)) await once(output, "drain");
      }
      output.end();
      await finished(output);
    } catch (error) {
      output.destroy();
      if (writeError !== void 0) {
        throw new UsageError(
          "UNWRITABLE_OUTPUT",
          `${pin.name}@${pin.version}: cannot write the download to ${path2.dirname(file)} (${fileErrorReason(writeError)})`,
          { cause: writeError }
        );
      }
      throw failure(error);
    }
    return hash.digest("base64");
  } finally {
    clearTimeout(timer);
  }
}
async function extractPackage(tarball, destination, pin, options) {
  const platforms = /* @__PURE__ */ new Set();
  const wanted = `bin/napi-v6/${options.platform}/${options.arch}/`;
  let kept = 0;
  try {
    await extractTarball(tarball, {
      destination,
      select: (member) => {
        const binary = /^bin\/napi-v\d+\/([^/]+)\/([^/]+)\//.exec(member);
        if (binary === null) return member;
        platforms.add(`${binary[1]}-${binary[2]}`);
        if (!member.startsWith(wanted)) return void 0;
        kept++;
        return member;
      }
    });
  } catch (error) {
    if (!(error instanceof TarExtractError)) throw error;
    const entry = error.entry === void 0 ? "" : ` (member ${JSON.stringify(error.entry.slice(0, 200))})`;
    throw new UsageError(
      "UNREADABLE_INPUT",
      `${pin.name}@${pin.version}: the tarball was refused: ${error.message}${entry}; nothing was installed.`,
      { cause: error }
    );
  }
  if (platforms.size > 0 && kept === 0) {
    throw new UsageError(
      "INVALID_INPUT",
      `${pin.name}@${pin.version} has no native binary for ${options.platform}-${options.arch}; it has ${[...platforms].sort().join(", ")}. Run robustness-check on one of those platforms.`
    );
  }
}
function onnxRuntimeDirectory(base, platform, arch, packages = ONNXRUNTIME_PACKAGES) {
  return path2.join(base, "mlsec", "onnxruntime", mainPackage(packages).version, `${platform}-${arch}`);
}
export {
  DEFAULT_REGISTRY,
  ONNXRUNTIME_PACKAGES,
  loadVerifiedOnnxRuntime,
  onnxRuntimeDirectory,
  ownOnnxRuntime,
  provisionOnnxRuntime,
  runtimeCacheKey,
  tarballUrl
};
