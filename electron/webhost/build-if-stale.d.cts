export declare const ROOT: string
export declare const WEBHOST_ENTRY: string
export declare function buildIsStale(): boolean
export declare function buildIfStale(options?: { quiet?: boolean }): boolean
