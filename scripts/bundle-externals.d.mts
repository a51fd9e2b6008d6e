export declare const BUNDLE_EXTERNALS: string[];
