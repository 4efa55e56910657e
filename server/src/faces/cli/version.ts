// The package's name and version live below the faces (the language server's report needs them too).
export { packageInfo, type PackageInfo } from '../../package-info.js';
