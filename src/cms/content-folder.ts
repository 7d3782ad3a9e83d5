// Where the editor reads and saves. Keystatic's paths are relative to the repository, so they start with the content
// folder as the project knows it (CONTENT_DIR, default content/; src/integrations/editor.mjs refuses one outside).

/** A path inside the content folder, for Keystatic: `inContentFolder('kennisbank/*')` is `content/kennisbank/*`. */
export const inContentFolder = <Path extends string>(path: Path): `${string}/${Path}` => `${__CONTENT_DIR__}/${path}`;
