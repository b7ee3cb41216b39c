/** Types for packages that ship none. `subset-font`: the one call the KaTeX font step makes. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[]; noHinting?: boolean },
	): Promise<Uint8Array>;
}

/** Types for `fontverter` (ships none): font format conversion, used by the KaTeX font test. */
declare module 'fontverter' {
	const fontverter: { convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer> };
	export default fontverter;
}
