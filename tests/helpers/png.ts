import { readFileSync } from 'node:fs';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((b, i) => bytes[i] === b)) throw new Error(`${file} is not a PNG`);
	if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
