// The validated bureau configuration, bundled at build time so server routes need no file access.
import rawBureauYaml from '../../content/bureau.yaml?raw';
import { parseBureau } from '../lib/content-files';

export const bureau = parseBureau(rawBureauYaml);
