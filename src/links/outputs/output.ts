/** What every post-build step is given: where the project and the built site are, and the deployment's address. */
export interface OutputContext {
	/** The project root (content, the preview-image cache in `.astro/`). */
	root: string;
	/** The built site's folder. */
	out: string;
	/** The deployment's origin (`site` in astro.config.mjs). */
	site: string;
	/** The base path, normalized: `/` or `/nn-math/`. */
	base: string;
	info: (message: string) => void;
	warn: (message: string) => void;
}

/** One post-build step: it writes (or patches) the files named by `writes` in the built site. */
export interface BuildOutput {
	/** The files it writes, for the reader of the list; relative to the built site. */
	writes: string;
	write: (ctx: OutputContext) => void | Promise<void>;
}
