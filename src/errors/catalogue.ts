/**
 * The errors the error page (/errors/) knows: for each, the exact wording its framework prints, how
 * to read its numbers, and where on the site the math behind it is taught. Pure and language-free:
 * the words a reader sees are in ./i18n/ (the meaning with the reader's numbers) and ./sections/
 * (the usual causes and the fix), keyed by the same ids.
 *
 * Every wording was checked against the framework's source or a public issue where it was printed,
 * never written from memory; the `// Verified:` comment in each entry names the place (a repository,
 * path and the commit read, or an issue URL). A comment, so the page script does not download it. Patterns are written to run in linear time
 * on any text: a literal beginning, no nested or unbounded repetition around a group, every captured
 * list bounded ({0,200}), so a long or hostile paste cannot make a pattern backtrack
 * (tests/errors/match.test.ts). They are matched case-insensitively on the text with every run of
 * whitespace made one space (./match.ts), so a message wrapped by a terminal still matches.
 */
import { broadcastShape } from '../topics/linear-algebra/tensors-and-broadcasting/broadcast';
import { dims, int, known, numel, sizes, tuples, type Dims } from './read';

/** The framework that prints the message. */
export type Framework = 'pytorch' | 'numpy' | 'tensorflow' | 'keras';

/** The groups of the page, in the order they are shown: each a heading with its own anchor. */
export const FAMILIES = ['matmul', 'broadcast', 'reshape', 'conv', 'loss-target', 'autograd', 'nan', 'keras'] as const;
export type Family = (typeof FAMILIES)[number];

/** A section of a topic page that teaches the math of an error: the page's slug and an anchor recorded in content/ledger.txt. */
export interface TopicLink {
	page: string;
	anchor: string;
}

export interface Entry<F> {
	/** Which framework prints it. */
	framework: Framework;
	/** The group it is shown in. */
	family: Family;
	/** The wordings, each a linear-time pattern; the index of the one that matched is passed to `read`. */
	patterns: readonly RegExp[];
	/** The numbers of the message (shapes, sizes, dtypes, indices) and what follows from them. */
	read: (m: RegExpExecArray, which: number) => F;
	/** One real message with this wording, as printed (the static section shows it; the tests read it). */
	example: string;
	/** The section that teaches the math. */
	topic: TopicLink;
	/** Whether the shapes widget can replay it: the facts then carry `left` and `right` matrix shapes. */
	widget?: 'shapes';
}

/** Identity with the facts' type inferred per entry, so each entry's texts are checked against its own facts. */
const entry = <F>(e: Entry<F>): Entry<F> => e;

/** A number group: up to 15 digits, optional minus. Bounded, so a digit run cannot be re-split. */
const N = '(-?\\d{1,15})';
/** A list of sizes as printed inside brackets or parentheses: digits, commas, spaces, `None`, `newaxis`. */
const L = '([\\w, ]{0,200})';

const re = (source: string) => new RegExp(source, 'i');

/**
 * How Keras names the layer, by version: `Input 0 of layer "dense" is incompatible with the layer`
 * (Keras 2.8+ and 3), `… of layer dense is incompatible with the layer` (TF 2.4, sometimes with a
 * doubled `: :` after it), `Input 0 is incompatible with layer flatten_2` (Keras 2.0).
 */
const LAYER = '(?:the layer|layer [\\w.]{1,80})';

/** Where a broadcast of two shapes fails, by the rule the broadcasting page teaches (../topics/…/broadcast.ts). */
function broadcastFacts(a: Dims, b: Dims) {
	if (!known(a) || !known(b)) return { left: a, right: b };
	const r = broadcastShape(a, b);
	const rank = Math.max(a.length, b.length);
	return 'shape' in r ? { left: a, right: b, result: r.shape } : { left: a, right: b, axis: r.axis, sizes: r.sizes, fromEnd: rank - r.axis };
}

export const CATALOGUE = {
	// ── Matrix products ──────────────────────────────────────────────────────────────────────────
	'mat1-mat2-shapes': entry({
		framework: 'pytorch',
		family: 'matmul',
		patterns: [re(`mat1 and mat2 shapes cannot be multiplied \\(${N}x${N} and ${N}x${N}\\)`)],
		read: (m) => ({ left: [int(m[1]), int(m[2])], right: [int(m[3]), int(m[4])] }),
		example: 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x16)',
		// Verified: https://github.com/VICO-UoE/MTPSL/issues/3 (traceback of torch.mm: "mat1 and mat2 shapes cannot be multiplied (1x2 and 6x64)"); https://github.com/nv-tlabs/datasetGAN_release/issues/49
		topic: { page: 'linear-algebra/matrix-multiplication', anchor: 'shapes' },
		widget: 'shapes',
	}),
	'numpy-matmul-core-dimension': entry({
		framework: 'numpy',
		family: 'matmul',
		patterns: [re(`(\\w{1,30}): Input operand ${N} has a mismatch in its core dimension ${N}, with gufunc signature ([^ ]{1,80}) \\(size ${N} is different from ${N}\\)`)],
		read: (m) => ({ op: m[1]!, operand: int(m[2]), dim: int(m[3]), got: int(m[5]), expected: int(m[6]) }),
		example: 'ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)',
		// Verified: numpy/numpy numpy/_core/src/umath/ufunc_object.c @1f90bbb ("%s: %s operand %d has a mismatch in its core dimension %d, with gufunc signature %s (size %zd is different from %zd)"); signature of matmul in numpy/_core/code_generators/generate_umath.py
		topic: { page: 'linear-algebra/matrix-multiplication', anchor: 'shapes' },
	}),
	'numpy-shapes-not-aligned': entry({
		framework: 'numpy',
		family: 'matmul',
		patterns: [re(`shapes \\(${L}\\) and \\(${L}\\) not aligned: ${N} \\(dim ${N}\\) != ${N} \\(dim ${N}\\)`)],
		read: (m) => {
			const left = dims(m[1]!);
			const right = dims(m[2]!);
			const matrices = left.length === 2 && right.length === 2 && known(left) && known(right);
			return { left, right, a: int(m[3]), i: int(m[4]), b: int(m[5]), j: int(m[6]), matrices };
		},
		example: 'ValueError: shapes (4,2) and (3,16) not aligned: 2 (dim 1) != 3 (dim 0)',
		// Verified: numpy/numpy numpy/_core/src/multiarray/common.c @1f90bbb, dot_alignment_error ("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)", shapes by convert_shape_to_string without spaces)
		topic: { page: 'linear-algebra/matrix-multiplication', anchor: 'shapes' },
		widget: 'shapes',
	}),
	'tf-matrix-size-incompatible': entry({
		framework: 'tensorflow',
		family: 'matmul',
		patterns: [re(`Matrix size-incompatible: In\\[0\\]: \\[${N},${N}\\], In\\[1\\]: \\[${N},${N}\\]`)],
		read: (m) => ({ left: [int(m[1]), int(m[2])], right: [int(m[3]), int(m[4])] }),
		example: 'InvalidArgumentError: Matrix size-incompatible: In[0]: [4,2], In[1]: [3,16]',
		// Verified: https://github.com/tensorlayer/SRGAN/issues/150 ("InvalidArgumentError: Matrix size-incompatible: In[0]: [4,2048], In[1]: [512,1] [Op:MatMul]"); https://github.com/XifengGuo/CapsNet-Keras/issues/30
		topic: { page: 'linear-algebra/matrix-multiplication', anchor: 'shapes' },
		widget: 'shapes',
	}),

	// ── Broadcasting ─────────────────────────────────────────────────────────────────────────────
	'tensor-size-mismatch': entry({
		framework: 'pytorch',
		family: 'broadcast',
		patterns: [re(`The size of tensor a \\(${N}\\) must match the size of tensor b \\(${N}\\) at non-singleton dimension ${N}`)],
		read: (m) => ({ a: int(m[1]), b: int(m[2]), dim: int(m[3]) }),
		example: 'RuntimeError: The size of tensor a (4) must match the size of tensor b (16) at non-singleton dimension 1',
		// Verified: pytorch/pytorch aten/src/ATen/ExpandUtils.cpp @05e18ea, infer_size ("The size of tensor a (", sizeA, ") must match the size of tensor b (", sizeB, ") at non-singleton dimension ", i)
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'expanded-size': entry({
		framework: 'pytorch',
		family: 'broadcast',
		patterns: [re(`The expanded size of the tensor \\(${N}\\) must match the existing size \\(${N}\\) at non-singleton dimension ${N}`)],
		read: (m) => ({ target: int(m[1]), existing: int(m[2]), dim: int(m[3]) }),
		example: 'RuntimeError: The expanded size of the tensor (5) must match the existing size (8) at non-singleton dimension 0.  Target sizes: [5].  Tensor sizes: [8]',
		// Verified: pytorch/pytorch aten/src/ATen/ExpandUtils.cpp @05e18ea, inferExpandGeometry ("The expanded size of the tensor (", targetSize, ") must match the existing size (", size, ") at non-singleton dimension ", i)
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'numpy-broadcast': entry({
		framework: 'numpy',
		family: 'broadcast',
		patterns: [re(`operands could not be broadcast together with shapes ((?:\\([\\d,]{0,200}\\) ?){2,8})`)],
		read: (m) => {
			const shapes = tuples(m[1]!);
			return { shapes, ...broadcastFacts(shapes[0] ?? [], shapes[1] ?? []) };
		},
		example: 'ValueError: operands could not be broadcast together with shapes (4,2) (3,) ',
		// Verified: numpy/numpy numpy/_core/src/multiarray/nditer_constr.c @1f90bbb ("operands could not be broadcast together with shapes %S", each shape by convert_shape_to_string(…, " ") in numpy/_core/src/multiarray/common.c)
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'numpy-non-broadcastable-output': entry({
		framework: 'numpy',
		family: 'broadcast',
		patterns: [re(`non-broadcastable output operand with shape \\(${L}\\) doesn't match the broadcast shape \\(${L}\\)`)],
		read: (m) => ({ output: dims(m[1]!), broadcast: dims(m[2]!) }),
		example: "ValueError: non-broadcastable output operand with shape (4,1) doesn't match the broadcast shape (4,3)",
		// Verified: numpy/numpy numpy/_core/src/multiarray/nditer_constr.c @1f90bbb ("non-broadcastable output operand with shape %S doesn't match the broadcast shape %S")
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'tf-incompatible-shapes': entry({
		framework: 'tensorflow',
		family: 'broadcast',
		patterns: [re(`Incompatible shapes: \\[([\\d,]{0,200})\\] vs\\. \\[([\\d,]{0,200})\\]`)],
		read: (m) => broadcastFacts(dims(m[1]!), dims(m[2]!)),
		example: 'InvalidArgumentError: Incompatible shapes: [32,10] vs. [32,3]',
		// Verified: tensorflow/tensorflow tensorflow/core/kernels/cwise_ops_common.cc @15899aa ("Incompatible shapes: ", in0.shape().DebugString(), " vs. ", in1.shape().DebugString()); printed in https://github.com/tensorflow/tensorflow/issues/40047
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'mse-target-size': entry({
		framework: 'pytorch',
		family: 'broadcast',
		patterns: [re(`Using a target size \\(torch\\.Size\\(\\[${L}\\]\\)\\) that is different to the input size \\(torch\\.Size\\(\\[${L}\\]\\)\\)`)],
		read: (m) => {
			const target = sizes(m[1]!);
			const input = sizes(m[2]!);
			const b = broadcastFacts(input, target);
			return { target, input, result: 'result' in b ? b.result : undefined };
		},
		example:
			'UserWarning: Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.',
		// Verified: torch/nn/functional.py, mse_loss (f"Using a target size ({target.size()}) that is different to the input size ({input.size()}). This will likely lead to incorrect results due to broadcasting. "); printed in https://github.com/deepset-ai/FARM/issues/229
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'pitfalls' },
	}),

	// ── view, reshape, concatenation, axes ───────────────────────────────────────────────────────
	'shape-invalid-for-input-size': entry({
		framework: 'pytorch',
		family: 'reshape',
		patterns: [re(`shape '\\[([-\\d, ]{0,200})\\]' is invalid for input of size ${N}`)],
		read: (m) => {
			const shape = dims(m[1]!).map((x) => x ?? -1);
			const size = int(m[2]);
			const fixed = numel(shape.filter((x) => x !== -1));
			return { shape, size, fixed, inferred: shape.includes(-1) };
		},
		example: "RuntimeError: shape '[-1, 784]' is invalid for input of size 1000",
		// Verified: pytorch/pytorch aten/src/ATen/InferSize.h @0375de7 (ss << "shape '" << shape << "' is invalid for input of size " << numel)
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'view-size-not-compatible': entry({
		framework: 'pytorch',
		family: 'reshape',
		patterns: [re(`view size is not compatible with input tensor's size and stride`)],
		read: () => ({}),
		example:
			"RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
		// Verified: https://github.com/sergeywong/cp-vton/issues/30; https://github.com/open-mmlab/mmpretrain/pull/104
		topic: { page: 'linear-algebra/transpose', anchor: 'pitfalls' },
	}),
	'numpy-cannot-reshape': entry({
		framework: 'numpy',
		family: 'reshape',
		patterns: [re(`cannot reshape array of size ${N} into shape \\(${L}\\)`)],
		read: (m) => {
			const shape = dims(m[2]!);
			return { size: int(m[1]), shape, fixed: numel(shape.filter((x): x is number => x !== null)), inferred: shape.includes(null) };
		},
		example: 'ValueError: cannot reshape array of size 12 into shape (5,2)',
		// Verified: numpy/numpy numpy/_core/src/multiarray/shape.c @1f90bbb, raise_reshape_size_mismatch ("cannot reshape array of size %zd into shape %S")
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'numpy-concatenate': entry({
		framework: 'numpy',
		family: 'reshape',
		patterns: [
			re(`all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${N}, the array at index ${N} has size ${N} and the array at index ${N} has size ${N}`),
		],
		read: (m) => ({ dim: int(m[1]), i: int(m[2]), a: int(m[3]), j: int(m[4]), b: int(m[5]) }),
		example:
			'ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 4',
		// Verified: numpy/numpy numpy/_core/src/multiarray/multiarraymodule.c @1f90bbb, PyArray_ConcatenateArrays
		topic: { page: 'linear-algebra/matrices', anchor: 'idea' },
	}),
	'dimension-out-of-range': entry({
		framework: 'pytorch',
		family: 'reshape',
		patterns: [re(`Dimension out of range \\(expected to be in range of \\[${N}, ${N}\\], but got ${N}\\)`)],
		read: (m) => ({ low: int(m[1]), high: int(m[2]), got: int(m[3]), ndim: int(m[2]) + 1 }),
		example: 'IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)',
		// Verified: https://github.com/Kaixhin/FCN-semantic-segmentation/issues/12; https://github.com/Joyako/SphereFace-pytorch/issues/3 (traceback)
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),
	'numpy-axis-out-of-bounds': entry({
		framework: 'numpy',
		family: 'reshape',
		patterns: [re(`axis ${N} is out of bounds for array of dimension ${N}`)],
		read: (m) => ({ axis: int(m[1]), ndim: int(m[2]) }),
		example: 'numpy.exceptions.AxisError: axis 1 is out of bounds for array of dimension 1',
		// Verified: numpy/numpy numpy/exceptions.py @1f90bbb, AxisError (f"axis {axis} is out of bounds for array of dimension {ndim}")
		topic: { page: 'linear-algebra/tensors-and-broadcasting', anchor: 'idea' },
	}),

	// ── Convolutions ─────────────────────────────────────────────────────────────────────────────
	'conv-input-channels': entry({
		framework: 'pytorch',
		family: 'conv',
		patterns: [re(`Given (groups|transposed)=${N}, weight of size \\[${L}\\], expected input\\[${L}\\] to have ${N} channels, but got ${N} channels instead`)],
		read: (m) => ({ groups: int(m[2]), weight: sizes(m[3]!), input: sizes(m[4]!), expected: int(m[5]), got: int(m[6]) }),
		example: 'RuntimeError: Given groups=1, weight of size [64, 3, 3, 3], expected input[16, 1, 28, 28] to have 3 channels, but got 1 channels instead',
		// Verified: https://github.com/avBuffer/UNet3plus_pth/issues/19; https://github.com/open-mmlab/mmsegmentation/issues/2330 ("Given groups=1, weight of size [32, 1, 3, 3], expected input[4, 3, 320, 220] to have 1 channels, but got 3 channels instead")
		topic: { page: 'neural-networks/convolution', anchor: 'in-a-network' },
	}),

	// ── Loss targets ─────────────────────────────────────────────────────────────────────────────
	'target-out-of-bounds': entry({
		framework: 'pytorch',
		family: 'loss-target',
		patterns: [re(`Target ${N} is out of bounds`)],
		read: (m) => ({ target: int(m[1]) }),
		example: 'IndexError: Target 10 is out of bounds.',
		// Verified: pytorch/pytorch aten/src/ATen/native/LossNLL.cpp @0321fa7 (TORCH_CHECK_INDEX(cur_target >= 0 && cur_target < n_classes, "Target ", cur_target, " is out of bounds."))
		topic: { page: 'neural-networks/softmax', anchor: 'idea' },
	}),
	'batch-size-mismatch': entry({
		framework: 'pytorch',
		family: 'loss-target',
		patterns: [re(`Expected input batch_size \\(${N}\\) to match target batch_size \\(${N}\\)`)],
		read: (m) => ({ input: int(m[1]), target: int(m[2]) }),
		example: 'ValueError: Expected input batch_size (32) to match target batch_size (64).',
		// Verified: pytorch/pytorch aten/src/ATen/native/LossNLL.cpp @0321fa7, nll_loss_nd_symint ("Expected input batch_size (", …, ") to match target batch_size (", …, ").")
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),
	'multi-target-not-supported': entry({
		framework: 'pytorch',
		family: 'loss-target',
		patterns: [re(`0D or 1D target tensor expected, multi-target not supported`)],
		read: () => ({}),
		example: 'RuntimeError: 0D or 1D target tensor expected, multi-target not supported',
		// Verified: pytorch/pytorch aten/src/ATen/native/LossNLL.cpp @0321fa7, nll_loss_forward meta function
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),
	'target-long-expected': entry({
		framework: 'pytorch',
		family: 'loss-target',
		patterns: [re(`expected scalar type Long but found (\\w{1,20})`), re(`Expected object of scalar type Long but got scalar type (\\w{1,20}) for argument #2 'target'`)],
		read: (m) => ({ found: m[1]! }),
		example: 'RuntimeError: expected scalar type Long but found Float',
		// Verified: https://github.com/pytorch/pytorch/issues/118280 ("RuntimeError: expected scalar type Long but found Float"); older wording in https://github.com/milesial/Pytorch-UNet/issues/93 ("Expected object of scalar type Long but got scalar type Float for argument #2 'target'")
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),
	'probability-target-dtype': entry({
		framework: 'pytorch',
		family: 'loss-target',
		patterns: [re(`Expected floating point type for target with class probabilities, got (\\w{1,20})`)],
		read: (m) => ({ got: m[1]! }),
		example: 'RuntimeError: Expected floating point type for target with class probabilities, got Long',
		// Verified: pytorch/pytorch aten/src/ATen/native/LossNLL.cpp @0321fa7, cross_entropy_loss_symint
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),
	'expected-target-size': entry({
		framework: 'pytorch',
		family: 'loss-target',
		patterns: [re(`Expected target size \\[${L}\\], got \\[${L}\\]`)],
		read: (m) => ({ expected: sizes(m[1]!), got: sizes(m[2]!) }),
		example: 'RuntimeError: Expected target size [32, 7], got [32, 10]',
		// Verified: pytorch/pytorch aten/src/ATen/native/LossNLL.cpp @0321fa7, nll_loss_nd_symint ("Expected target size ", out_size, ", got ", target.sizes())
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),

	// ── Autograd ─────────────────────────────────────────────────────────────────────────────────
	'grad-implicit-scalar': entry({
		framework: 'pytorch',
		family: 'autograd',
		patterns: [re(`grad can be implicitly created only for scalar outputs`)],
		read: () => ({}),
		example: 'RuntimeError: grad can be implicitly created only for scalar outputs',
		// Verified: pytorch/pytorch torch/csrc/autograd/autograd.cpp @0273cc2, _make_grads; raised by torch/autograd/__init__.py in https://github.com/xxlong0/SparseNeuS/issues/42
		topic: { page: 'neural-networks/computational-graph', anchor: 'idea' },
	}),
	'no-grad-fn': entry({
		framework: 'pytorch',
		family: 'autograd',
		patterns: [re(`element ${N} of tensors does not require grad and does not have a grad_fn`)],
		read: (m) => ({ element: int(m[1]) }),
		example: 'RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn',
		// Verified: pytorch/pytorch torch/csrc/autograd/autograd.cpp @0273cc2, run_backward ("element ", i, " of tensors does not require grad and does not have a grad_fn")
		topic: { page: 'neural-networks/computational-graph', anchor: 'idea' },
	}),
	'leaf-in-place': entry({
		framework: 'pytorch',
		family: 'autograd',
		patterns: [re(`a leaf Variable that requires grad is being used in an in-place operation`)],
		read: () => ({}),
		example: 'RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.',
		// Verified: pytorch/pytorch torch/csrc/autograd/VariableTypeUtils.h @019f611, check_inplace
		topic: { page: 'neural-networks/training-loop', anchor: 'idea' },
	}),
	'modified-by-inplace': entry({
		framework: 'pytorch',
		family: 'autograd',
		patterns: [
			re(`modified by an inplace operation: \\[([\\w.]{1,40}) \\[${L}\\]\\], which is output ${N} of (\\w{1,60}), is at version ${N}; expected version ${N} instead`),
			re(`one of the variables needed for gradient computation has been modified by an inplace operation`),
		],
		read: (m, which) => (which === 0 ? { type: m[1]!, shape: sizes(m[2]!), op: m[4]!, version: int(m[5]), expectedVersion: int(m[6]) } : {}),
		example:
			'RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [5, 6]], which is output 0 of TBackward, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).',
		// Verified: https://github.com/NVlabs/FUNIT/issues/23; https://github.com/JDAI-CV/LIO/issues/9; https://github.com/pytorch/pytorch/issues/96265
		topic: { page: 'neural-networks/backpropagation', anchor: 'idea' },
	}),

	// ── NaN and inf ──────────────────────────────────────────────────────────────────────────────
	'nan-loss': entry({
		framework: 'keras',
		family: 'nan',
		patterns: [re(`\\bloss: (nan|inf)\\b`), re(`Invalid loss, terminating training`)],
		read: (m, which) => ({ value: which === 0 ? m[1]!.toLowerCase() : 'nan' }),
		example: '9595/9595 [==============================] - 1s - loss: nan - acc: 0.4117 - val_loss: nan - val_acc: 0.0000e+00',
		// Verified: https://github.com/alexander-rakhlin/CNN-for-Sentence-Classification-in-Keras/issues/7 (the Keras progress bar); https://github.com/manishsoni1908/Mobilenet-ssd-keras/issues/21 ("Batch 3: Invalid loss, terminating training", TerminateOnNaN)
		topic: { page: 'neural-networks/softmax', anchor: 'stability' },
	}),
	'returned-nan-values': entry({
		framework: 'pytorch',
		family: 'nan',
		patterns: [re(`Function '(\\w{1,80})' returned nan values in its ${N}th output`)],
		read: (m) => ({ fn: m[1]!, output: int(m[2]) }),
		example: "RuntimeError: Function 'DivBackward0' returned nan values in its 1th output.",
		// Verified: https://github.com/facebookresearch/svoice/issues/78; https://github.com/SCLBD/DeepfakeBench/issues/94 (anomaly detection, torch.autograd.set_detect_anomaly)
		topic: { page: 'neural-networks/softmax', anchor: 'stability' },
	}),
	'numpy-floating-point-warning': entry({
		framework: 'numpy',
		family: 'nan',
		patterns: [re(`(overflow|divide by zero|invalid value|underflow) encountered in (\\w{1,40})`)],
		read: (m) => ({ kind: m[1]!.toLowerCase(), op: m[2]! }),
		example: 'RuntimeWarning: overflow encountered in exp',
		// Verified: numpy/numpy numpy/_core/src/umath/extobj.c @1f90bbb, _error_handler ("%s encountered in %s" with "divide by zero", "overflow", "underflow", "invalid value")
		topic: { page: 'neural-networks/softmax', anchor: 'stability' },
	}),

	// ── Keras and TensorFlow shapes ──────────────────────────────────────────────────────────────
	'keras-input-axis': entry({
		framework: 'keras',
		family: 'keras',
		patterns: [re(`is incompatible with ${LAYER}: (?:: )?expected axis ${N} of input shape to have value ${N},? but received input with shape [(\\[]${L}[)\\]]`)],
		read: (m) => ({ axis: int(m[1]), value: int(m[2]), shape: dims(m[3]!) }),
		example: 'ValueError: Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of input shape to have value 784, but received input with shape (None, 28, 28)',
		// Verified: keras-team/keras keras/src/layers/input_spec.py @3422977, assert_input_compatibility ("expected axis {axis} of input shape to have value {value}, but received input with shape {shape}"); the example's form in https://github.com/keras-team/keras/issues/19367; TF 2.4's (no comma, a list) in https://github.com/MarzioMonticelli/python-cryptonet/issues/4 and https://github.com/pearsonkyle/Artificial-Art/issues/3
		topic: { page: 'neural-networks/dense-layer', anchor: 'shapes' },
	}),
	'keras-input-ndim': entry({
		framework: 'keras',
		family: 'keras',
		patterns: [re(`is incompatible with ${LAYER}: (?:: )?expected (min_|max_)?ndim=${N}, found ndim=${N}`)],
		read: (m) => ({ bound: (m[1] ?? '').toLowerCase(), expected: int(m[2]), found: int(m[3]) }),
		example: 'ValueError: Input 0 of layer "conv2d" is incompatible with the layer: expected min_ndim=4, found ndim=3. Full shape received: (None, 28, 28)',
		// Verified: keras-team/keras keras/src/layers/input_spec.py @3422977, assert_input_compatibility ("expected ndim={spec.ndim}, found ndim={ndim}", "expected min_ndim={spec.min_ndim}, found ndim={ndim}. Full shape received: {shape}"); the example's form in https://github.com/frankkramer-lab/MIScnn/issues/110; TF 2.4's doubled colon in https://github.com/ChunML/ssd-tf2/issues/27; Keras 2.0's in https://github.com/statechular11/resnet/issues/1
		topic: { page: 'neural-networks/convolution', anchor: 'in-a-network' },
	}),
	'keras-expected-shape': entry({
		framework: 'keras',
		family: 'keras',
		patterns: [re(`Error when checking (input|target): expected (\\w{1,80}) to have shape \\(${L}\\) but got array with shape \\(${L}\\)`)],
		read: (m) => ({ what: m[1]!.toLowerCase(), layer: m[2]!, expected: dims(m[3]!), got: dims(m[4]!) }),
		example: 'ValueError: Error when checking target: expected dense_20 to have shape (3,) but got array with shape (22,)',
		// Verified: https://github.com/keras-team/keras/issues/10238; https://github.com/keras-team/keras/issues/19249 (keras/src/engine/training_utils_v1.py, standardize_input_data)
		topic: { page: 'neural-networks/dense-layer', anchor: 'shapes' },
	}),
	'keras-expected-dimensions': entry({
		framework: 'keras',
		family: 'keras',
		patterns: [re(`Error when checking (input|target): expected (\\w{1,80}) to have ${N} dimensions, but got array with shape \\(${L}\\)`)],
		read: (m) => ({ what: m[1]!.toLowerCase(), layer: m[2]!, expected: int(m[3]), got: dims(m[4]!) }),
		example: 'ValueError: Error when checking input: expected dense_8_input to have 2 dimensions, but got array with shape (60000, 28, 28)',
		// Verified: https://github.com/keras-team/keras/issues/13916; https://github.com/rohanbaisantry/image-clustering/issues/3
		topic: { page: 'neural-networks/dense-layer', anchor: 'shapes' },
	}),
	'shapes-incompatible': entry({
		framework: 'tensorflow',
		family: 'keras',
		patterns: [re(`Shapes \\(${L}\\) and \\(${L}\\) are incompatible`)],
		read: (m) => ({ left: dims(m[1]!), right: dims(m[2]!) }),
		example: 'ValueError: Shapes (None, 1) and (None, 10) are incompatible',
		// Verified: https://github.com/tensorflow/tensorflow/issues/44946; https://github.com/tensorflow/tensorflow/issues/52060 (categorical_crossentropy in Keras 2, TensorShape.assert_is_compatible_with)
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),
	'keras-target-output-shape': entry({
		framework: 'keras',
		family: 'keras',
		patterns: [re(`Arguments \`target\` and \`output\` must have the same shape\\. Received: target\\.shape=\\(${L}\\), output\\.shape=\\(${L}\\)`)],
		read: (m) => ({ target: dims(m[1]!), output: dims(m[2]!) }),
		example: 'ValueError: Arguments `target` and `output` must have the same shape. Received: target.shape=(None, 1), output.shape=(None, 10)',
		// Verified: keras-team/keras keras/src/backend/tensorflow/nn.py @3422977, categorical_crossentropy and binary_crossentropy
		topic: { page: 'neural-networks/loss-functions', anchor: 'cross-entropy' },
	}),
} as const;

export type ErrorId = keyof typeof CATALOGUE;
export const ERROR_IDS = Object.keys(CATALOGUE) as ErrorId[];

/** The facts `read` returns for one error. */
export type FactsOf<K extends ErrorId> = ReturnType<(typeof CATALOGUE)[K]['read']>;

/** A table with one function per error, written from that error's facts: the compiler reports any id a table forgets. */
export type FactTable<R> = { readonly [K in ErrorId]: (facts: FactsOf<K>) => R };
