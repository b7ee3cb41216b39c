/**
 * MDX reads `{#id}` as a JavaScript expression and fails the build, so before MDX parses a file
 * the braces of a trailing `{#id}` on a heading line are escaped (`\{#id\}`); `rehype-heading-ids`
 * then finds the literal text and turns it into the id. Lines inside fenced code are left alone.
 */
export function escapeHeadingIds(source: string): string {
	let fence: string | undefined;
	return source
		.split('\n')
		.map((line) => {
			const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
			if (marker) {
				if (fence === undefined) fence = marker[0];
				else if (marker[0] === fence) fence = undefined;
				return line;
			}
			if (fence !== undefined) return line;
			return line.replace(/^(#{1,6}\s.*?)\s*\{#([A-Za-z0-9_-]+)\}\s*$/, '$1 \\{#$2\\}');
		})
		.join('\n');
}

/** A Vite plugin applying `escapeHeadingIds` to `.mdx` files before the MDX compiler sees them. */
export function viteEscapeHeadingIds() {
	return {
		name: 'nn-math:escape-heading-ids',
		enforce: 'pre' as const,
		transform(code: string, id: string) {
			if (!id.split('?')[0]!.endsWith('.mdx')) return undefined;
			const escaped = escapeHeadingIds(code);
			return escaped === code ? undefined : { code: escaped, map: null };
		},
	};
}
