// The validated bureau configuration, bundled at build time so server routes need no file access.
import rawBureauYaml from '@content/bureau.yaml?raw';
import { CONTENT_FILES, parseBureau } from '../lib/content-files';

export const bureau = parseBureau(rawBureauYaml, `${__CONTENT_DIR__}/${CONTENT_FILES.bureau}`);
