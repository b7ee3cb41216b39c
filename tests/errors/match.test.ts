import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, ERROR_IDS, type ErrorId } from '../../src/errors/catalogue';
import { closestErrors, matchErrors, MAX_SCAN, MAX_URL_TEXT, scannedText, searchWords, textForLink } from '../../src/errors/match';

/**
 * The matcher on real messages: each wording as the frameworks print it (the variants below are
 * copied from the public issues named in src/errors/catalogue.ts, with their own numbers), inside a
 * traceback, with Windows line endings, with and without the exception's name in front. The numbers
 * it reads are compared with numbers written here by hand or recomputed by a loop of this file, never
 * with the matcher's own helpers.
 */

const first = (text: string) => matchErrors(text).found[0];
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** A Python traceback around a message, as a terminal prints it. */
const traceback = (message: string) => `Traceback (most recent call last):
  File "/home/user/project/train.py", line 88, in <module>
    loss = criterion(model(x), y)
  File "/usr/lib/python3.10/site-packages/torch/nn/modules/module.py", line 1501, in _call_impl
    return forward_call(*args, **kwargs)
${message}
`;

/** The broadcasting rule written again here, independently: the first axis from the left (of the right-aligned shapes) where the sizes differ and neither is 1, counted from the end. */
function failingAxisFromEnd(a: number[], b: number[]): number | undefined {
	const n = Math.max(a.length, b.length);
	for (let k = n; k >= 1; k--) {
		const x = a[a.length - k] ?? 1;
		const y = b[b.length - k] ?? 1;
		if (x !== y && x !== 1 && y !== 1) return k;
	}
	return undefined;
}

describe('every known error', () => {
	test.each(ERROR_IDS)('%s: its example is found, first and alone, bare, with its prefix, in a traceback and with CRLF', (id) => {
		const example = CATALOGUE[id].example;
		const bare = example.replace(/^[\w.]*(Error|Warning): /, '');
		for (const text of [example, bare, traceback(example), crlf(traceback(example))]) {
			const ids = matchErrors(text).found.map((f) => f.id);
			expect(ids, text).toEqual([id]);
		}
	});

	test('the catalogue has at least 25 messages, each with a comment naming where its wording was verified', () => {
		expect(ERROR_IDS.length).toBeGreaterThanOrEqual(25);
		const source = readFileSync(join(import.meta.dirname, '../../src/errors/catalogue.ts'), 'utf8');
		const blocks = source.split(/\n\t'(?=[a-z0-9-]+': entry\()/).slice(1);
		expect(blocks.map((b) => b.slice(0, b.indexOf("'")))).toEqual(ERROR_IDS);
		for (const block of blocks) expect(block, block.slice(0, 40)).toMatch(/\/\/ Verified: .*(https:\/\/github\.com\/\S+\/(issues|pull)\/\d+|@[0-9a-f]{7})/);
	});

	test('ids are ASCII anchors', () => {
		for (const id of ERROR_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});

describe('the numbers read from real variants', () => {
	test('mat1 and mat2: both shapes, whatever the numbers, wrapped or not', () => {
		const cases: [string, number[], number[]][] = [
			['RuntimeError: mat1 and mat2 shapes cannot be multiplied (863x1 and 11x5120)', [863, 1], [11, 5120]],
			['mat1 and mat2 shapes cannot be multiplied (192721x92 and 103x64)', [192721, 92], [103, 64]],
			['!!! Exception during processing!!! mat1 and mat2 shapes cannot be multiplied (2x5632 and 2816x1280)', [2, 5632], [2816, 1280]],
			// A terminal that wrapped the line in the middle of the message.
			['RuntimeError: mat1 and mat2 shapes cannot\nbe multiplied (4480x4 and 2048x1024)', [4480, 4], [2048, 1024]],
		];
		for (const [text, left, right] of cases) {
			for (const t of [text, crlf(traceback(text))]) {
				const f = first(t)!;
				expect(f.id).toBe('mat1-mat2-shapes');
				expect(f.facts).toEqual({ left, right });
			}
		}
	});

	test('NumPy matmul and dot: the core dimension sizes, the two shapes and the axes compared', () => {
		const mm = first('ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 256 is different from 784)')!;
		expect(mm.facts).toEqual({ op: 'matmul', operand: 1, dim: 0, got: 256, expected: 784 });
		const dot = first('shapes (32,784) and (256,10) not aligned: 784 (dim 1) != 256 (dim 0)')!;
		expect(dot.facts).toEqual({ left: [32, 784], right: [256, 10], a: 784, i: 1, b: 256, j: 0, matrices: true });
		const dot3 = first('shapes (2,3,4) and (5,6) not aligned: 4 (dim 2) != 5 (dim 0)')!;
		expect(dot3.facts).toMatchObject({ left: [2, 3, 4], matrices: false });
	});

	test('TensorFlow MatMul: both shapes', () => {
		const f = first('tensorflow.python.framework.errors_impl.InvalidArgumentError: Matrix size-incompatible: In[0]: [100,170], In[1]: [160,512]\n\t [[Node: decoder/dense_1/MatMul = MatMul[T=DT_FLOAT]]')!;
		expect(f.facts).toEqual({ left: [100, 170], right: [160, 512] });
	});

	test('broadcasting: the sizes and the axis, checked against the rule written here', () => {
		const torch = first('RuntimeError: The size of tensor a (128) must match the size of tensor b (1024) at non-singleton dimension 3')!;
		expect(torch.facts).toEqual({ a: 128, b: 1024, dim: 3 });
		const cases: [string, number[], number[]][] = [
			['ValueError: operands could not be broadcast together with shapes (3,3) (2,2) ', [3, 3], [2, 2]],
			['operands could not be broadcast together with shapes (4,2) (3,) ', [4, 2], [3]],
			['operands could not be broadcast together with shapes (8,1,5) (3,4) ', [8, 1, 5], [3, 4]],
		];
		for (const [text, a, b] of cases) {
			const f = first(crlf(traceback(text)))!;
			expect(f.id).toBe('numpy-broadcast');
			expect(f.facts).toMatchObject({ left: a, right: b, fromEnd: failingAxisFromEnd(a, b) });
		}
		const tf = first('InvalidArgumentError: Incompatible shapes: [1,256,48,64] vs. [1,256,47,63]\n\t [[{{node fpn_p3add/add}}]]')!;
		expect(tf.facts).toMatchObject({ left: [1, 256, 48, 64], right: [1, 256, 47, 63], fromEnd: failingAxisFromEnd([1, 256, 48, 64], [1, 256, 47, 63]), sizes: [48, 47] });
		const tf2 = first('Incompatible shapes: [200,10] vs. [200,5]')!;
		expect(tf2.facts).toMatchObject({ fromEnd: 1, sizes: [10, 5] });
	});

	test('the MSE warning: both shapes and what broadcasting makes of them', () => {
		const cases: [string, number[], number[], number[]][] = [
			['UserWarning: Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1])). This will likely lead to incorrect results due to broadcasting.', [32], [32, 1], [32, 32]],
			['Using a target size (torch.Size([8, 18])) that is different to the input size (torch.Size([1, 18])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.', [8, 18], [1, 18], [8, 18]],
			['Using a target size (torch.Size([1, 1])) that is different to the input size (torch.Size([10, 1])).', [1, 1], [10, 1], [10, 1]],
		];
		for (const [text, target, input, result] of cases) expect(first(text)!.facts).toEqual({ target, input, result });
	});

	test('reshapes: the shape asked for, the count of numbers and the known product', () => {
		expect(first("RuntimeError: shape '[-1, 115200]' is invalid for input of size 72000")!.facts).toEqual({ shape: [-1, 115200], size: 72000, fixed: 115200, inferred: true });
		expect(first("shape '[32000]' is invalid for input of size 64")!.facts).toEqual({ shape: [32000], size: 64, fixed: 32000, inferred: false });
		expect(first("shape '[2,16,8,64]' is invalid for input of size 8192")!.facts).toEqual({ shape: [2, 16, 8, 64], size: 8192, fixed: 2 * 16 * 8 * 64, inferred: false });
		expect(first('ValueError: cannot reshape array of size 12 into shape (5,2)')!.facts).toEqual({ size: 12, shape: [5, 2], fixed: 10, inferred: false });
		// NumPy prints a -1 that follows a size as `newaxis`.
		expect(first('cannot reshape array of size 12 into shape (5,newaxis)')!.facts).toEqual({ size: 12, shape: [5, null], fixed: 5, inferred: true });
		expect(first('IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)')!.facts).toEqual({ low: -2, high: 1, got: 2, ndim: 2 });
	});

	test('convolutions: weight, input and both channel counts', () => {
		expect(first('Given groups=1, weight of size [64, 4, 3, 3], expected input[1, 16, 128, 128] to have 4 channels, but got 16 channels instead')!.facts).toEqual({
			groups: 1,
			weight: [64, 4, 3, 3],
			input: [1, 16, 128, 128],
			expected: 4,
			got: 16,
		});
		expect(first('RuntimeError: Given transposed=1, weight of size [2, 1, 3, 3], expected input[1, 1, 3, 3] to have 2 channels, but got 1 channels instead')!.facts).toMatchObject({ expected: 2, got: 1 });
	});

	test('loss targets: labels, batch sizes, dtypes and target sizes', () => {
		expect(first(traceback('IndexError: Target 5 is out of bounds.'))!.facts).toEqual({ target: 5 });
		expect(first('IndexError: Target -1 is out of bounds.')!.facts).toEqual({ target: -1 });
		expect(first('ValueError: Expected input batch_size (320) to match target batch_size (32).')!.facts).toEqual({ input: 320, target: 32 });
		expect(first('RuntimeError: expected scalar type Long but found Int')!.facts).toEqual({ found: 'Int' });
		const old = first("RuntimeError: Expected object of scalar type Long but got scalar type Float for argument #2 'target' in call to _thnn_nll_loss_forward")!;
		expect([old.id, old.facts]).toEqual(['target-long-expected', { found: 'Float' }]);
		expect(first('Expected target size [4, 12], got [4, 10]')!.facts).toEqual({ expected: [4, 12], got: [4, 10] });
	});

	test('autograd: the in-place version numbers, with and without the details', () => {
		const full = first(
			'RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.cuda.FloatTensor [10, 49]], which is output 0 of SubBackward0, is at version 1; expected version 0 instead. Hint: enable anomaly detection',
		)!;
		expect(full.facts).toEqual({ type: 'torch.cuda.FloatTensor', shape: [10, 49], op: 'SubBackward0', version: 1, expectedVersion: 0 });
		expect(first('RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation')!.facts).toEqual({});
		expect(first(traceback('RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn'))!.facts).toEqual({ element: 0 });
	});

	test('NaN and inf: the Keras progress bar, anomaly detection and NumPy warnings', () => {
		expect(first('4/83 [>.....] - ETA: 2:10:47 - loss: nan - rpn_class_loss: nan')!.facts).toEqual({ value: 'nan' });
		expect(first('4/234 [....] - ETA: 25:09:00 - loss: inf ')!.facts).toEqual({ value: 'inf' });
		expect(first("RuntimeError: Function 'MmBackward0' returned nan values in its 0th output.")!.facts).toEqual({ fn: 'MmBackward0', output: 0 });
		expect(first('<stdin>:1: RuntimeWarning: divide by zero encountered in log')!.facts).toEqual({ kind: 'divide by zero', op: 'log' });
		// `val_loss: nan` alone is not the training loss.
		expect(matchErrors('val_loss: nan').found).toEqual([]);
	});

	test('Keras and TensorFlow: shapes with None stay unknown, sizes are read', () => {
		expect(first('ValueError: Shapes (None, 8) and (None, 7) are incompatible')!.facts).toEqual({ left: [null, 8], right: [null, 7] });
		expect(first('ValueError: Error when checking input: expected input_1 to have shape (28, 28, 1) but got array with shape (1, 28, 28)')!.facts).toEqual({
			what: 'input',
			layer: 'input_1',
			expected: [28, 28, 1],
			got: [1, 28, 28],
		});
		expect(first('ValueError: Error when checking input: expected conv2d_62_input to have 4 dimensions, but got array with shape (0, 1)')!.facts).toEqual({
			what: 'input',
			layer: 'conv2d_62_input',
			expected: 4,
			got: [0, 1],
		});
	});

	test('Keras layer messages in the wordings of Keras 2.0, TF 2.4, Keras 2.8+ and 3', () => {
		expect(first('ValueError: Input 0 of layer dense_30 is incompatible with the layer: expected axis -1 of input shape to have value 180 but received input with shape (32, 245)')!.facts).toEqual({ axis: -1, value: 180, shape: [32, 245] });
		expect(first('ValueError: Input 0 of layer dense is incompatible with the layer: expected axis -1 of input shape to have value 36992 but received input with shape [None, 10368]')!.facts).toEqual({ axis: -1, value: 36992, shape: [null, 10368] });
		expect(first('Input 0 of layer "dense_2" is incompatible with the layer: expected axis -1 of input shape to have value 16384, but received input with shape (None, 65536)')!.facts).toEqual({ axis: -1, value: 16384, shape: [null, 65536] });
		expect(first('Input 0 of layer conv2d is incompatible with the layer: : expected min_ndim=4, found ndim=3. Full shape received: [32, 300, 300]')!.facts).toEqual({ bound: 'min_', expected: 4, found: 3 });
		expect(first('ValueError: Input 0 is incompatible with layer flatten_2: expected min_ndim=3, found ndim=2')!.facts).toEqual({ bound: 'min_', expected: 3, found: 2 });
		expect(first('Input 0 of layer "batch_normalization" is incompatible with the layer: expected ndim=4, found ndim=5. Full shape received: (None, None, None, None, 32)')!.facts).toEqual({ bound: '', expected: 4, found: 5 });
	});

	test('a paste with two messages lists both, in the order they were printed', () => {
		const text = `site-packages/torch/nn/modules/loss.py:443: UserWarning: Using a target size (torch.Size([1, 1, 768, 1024])) that is different to the input size (torch.Size([1, 1, 96, 128])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
  return F.mse_loss(input, target, reduction=self.reduction)
RuntimeError: The size of tensor a (128) must match the size of tensor b (1024) at non-singleton dimension 3`;
		expect(matchErrors(text).found.map((f) => f.id)).toEqual(['mse-target-size', 'tensor-size-mismatch']);
	});
});

describe('bad input is harmless', () => {
	test('100 KB of paste: only the last MAX_SCAN characters are read, and the message at its end is found', () => {
		const noise = 'File "x.py", line 1, in f\n'.repeat(4200); // ~105,000 characters
		const text = noise + 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)';
		expect(text.length).toBeGreaterThan(100_000);
		const r = matchErrors(text);
		expect(r.scanned).toBeLessThanOrEqual(MAX_SCAN);
		expect(r.found.map((f) => f.id)).toEqual(['mat1-mat2-shapes']);
		expect(scannedText(text).length).toBeLessThanOrEqual(MAX_SCAN);
	});

	test('hostile pastes that start every pattern over and over are read within the cap and match nothing', () => {
		const hostile = [
			'mat1 and mat2 shapes cannot be multiplied ('.repeat(3000),
			'operands could not be broadcast together with shapes (1,'.repeat(2000),
			'('.repeat(100_000),
			'9'.repeat(100_000),
			"shape '[".repeat(20_000) + '1,'.repeat(20_000),
			'Given groups=1, weight of size [' + '1, '.repeat(40_000),
		];
		for (const text of hostile) {
			const r = matchErrors(text);
			expect(r.scanned).toBeLessThanOrEqual(MAX_SCAN);
			expect(r.found).toEqual([]);
		}
	});

	test('no pattern repeats without a bound, so none can backtrack far', () => {
		for (const id of ERROR_IDS)
			for (const p of CATALOGUE[id].patterns) {
				// `+`, `*` and `{n,}` are unbounded; an escaped `\+` or `\*` is a literal character.
				expect(p.source, id).not.toMatch(/(?<!\\)[+*]|\{\d+,\}/);
			}
	});

	test('junk finds nothing; words of a family find its closest errors', () => {
		expect(matchErrors('hello, my model does not work').found).toEqual([]);
		expect(closestErrors('hello there')).toEqual([]);
		// A reworded matrix message (newer PyTorch): the closest known errors are the matrix ones.
		const near = closestErrors('RuntimeError: linear(): input and weight.T shapes cannot be multiplied (77x768 and 4096x1536)');
		expect(near[0]).toBe<ErrorId>('mat1-mat2-shapes');
		expect(searchWords('RuntimeError: linear(): input and weight.T shapes cannot be multiplied (77x768 and 4096x1536)')).toBe('linear input weight shapes cannot multiplied');
	});

	test('the address keeps a short paste whole and only the messages of a long one', () => {
		const short = 'RuntimeError: Target 10 is out of bounds.';
		expect(textForLink(short, matchErrors(short).found)).toBe(short);
		const long = traceback('x'.repeat(3000) + '\nRuntimeError: Target 10 is out of bounds.');
		const kept = textForLink(long, matchErrors(long).found);
		expect(kept).toBe('Target 10 is out of bounds');
		expect(matchErrors(kept).found.map((f) => f.facts)).toEqual([{ target: 10 }]);
		expect(textForLink('y'.repeat(5000), []).length).toBe(MAX_URL_TEXT);
	});
});
