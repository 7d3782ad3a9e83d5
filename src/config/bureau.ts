// The validated bureau configuration, bundled at build time so server routes need no file access.
import rawBureauYaml from '../../content/bureau.yaml?raw';
import { parseBureauConfig } from '../lib/config/parse-bureau';

export const bureau = parseBureauConfig(rawBureauYaml);
