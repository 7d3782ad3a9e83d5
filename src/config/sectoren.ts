// The validated sector list, bundled at build time so the server function needs no file access.
import rawSectorenYaml from '../../content/sectoren.yaml?raw';
import { parseSectoren } from '../lib/aanbod/parse-sectoren';

export const sectoren = parseSectoren(rawSectorenYaml);
