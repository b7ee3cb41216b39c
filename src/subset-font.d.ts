/** Types for `subset-font` (ships none): the one call the KaTeX font step makes. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[]; noHinting?: boolean },
	): Promise<Uint8Array>;
}
