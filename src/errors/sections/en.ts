/**
 * The static part of each error's section on /en/errors/, in English: a short title, the usual causes
 * in real code and the fix as a line of code. Build-time only (src/components/ErrorFamily.astro);
 * the page script copies them from the rendered section, so no reader downloads them twice.
 */
import type { ErrorId } from '../catalogue';
import type { Section } from './types';

/** Keras 2 and Keras 3 say the same thing about class indices against one-hot outputs in different words. */
const ONE_HOT = {
	causes: ['categorical_crossentropy with class indices instead of one-hot labels.', "The last layer's number of outputs differs from the number of classes."],
	fix: "model.compile(loss='sparse_categorical_crossentropy', optimizer='adam')",
};

export const SECTIONS_EN: { readonly [K in ErrorId]: Section } = {
	'mat1-mat2-shapes': {
		title: 'The matrices cannot be multiplied',
		causes: [
			'nn.Linear(in, out) with the wrong in: after the convolutions and pooling there are more or fewer features than you counted.',
			'An image not flattened into a vector: the layer got (N, 1, 28, 28) instead of (N, 784).',
			'Factors in the wrong order or a forgotten transpose: x @ W instead of x @ W.T.',
		],
		fix: 'x = torch.flatten(x, 1)            # (N, C, H, W) → (N, C·H·W)\nself.fc = nn.LazyLinear(10)         # or nn.Linear(x.shape[1], 10)',
	},
	'numpy-matmul-core-dimension': {
		title: 'NumPy: the inner axis of matmul does not match',
		causes: ['Weights stored as (outputs, inputs) and multiplied as (inputs, outputs).', 'A row vector where a column vector was meant, or the other way round.'],
		fix: 'z = x @ W.T        # or check: x.shape[-1] == W.shape[-2]',
	},
	'numpy-shapes-not-aligned': {
		title: 'NumPy: the shapes in np.dot are not aligned',
		causes: ['The same as for matmul: the order of the factors or a forgotten transpose.', 'Data read as (features, examples) instead of (examples, features).'],
		fix: 'z = np.dot(X, W)   # X: (m, n), W: (n, k) → z: (m, k)',
	},
	'tf-matrix-size-incompatible': {
		title: 'TensorFlow: the matrices cannot be multiplied',
		causes: ['A Dense layer built for another number of inputs (a model loaded with different data, for instance).', 'A missing Flatten layer before Dense.'],
		fix: 'model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128)])',
	},
	'tensor-size-mismatch': {
		title: 'Tensor sizes differ on an axis',
		causes: [
			'Adding or comparing outputs and targets of different shapes: (N, 10) and (N,).',
			'A ResNet skip connection: x and F(x) differ in channels or in map size.',
			'A mask or a bias of the wrong length.',
		],
		fix: 'print(a.shape, b.shape)   # find the axis; b = b.unsqueeze(-1) or b.view(1, -1)',
	},
	'expanded-size': {
		title: 'An axis that is not 1 cannot be stretched',
		causes: ['expand() on an axis larger than 1.', 'Assigning a tensor of another length into a slice: buf[:n] = t with len(t) ≠ n.'],
		fix: 't = t.unsqueeze(0).expand(5, -1)   # only a new axis of size 1 stretches',
	},
	'numpy-broadcast': {
		title: 'NumPy: the shapes do not broadcast',
		causes: ['A vector of length n against a matrix (m, n) along the wrong axis: it needs to be (m, 1).', 'Predictions (m, 1) against targets (m,) give (m, m) without an error, but (m, 2) against (m,) fails.'],
		fix: 'b = b[:, None]          # (m,) → (m, 1): stretches along the columns',
	},
	'numpy-non-broadcastable-output': {
		title: 'NumPy: the result does not fit the array',
		causes: ['a += b where b is wider than a: the result is larger than a.', 'out= names an array of a smaller shape.'],
		fix: 'a = a + b              # a new array instead of writing in place',
	},
	'tf-incompatible-shapes': {
		title: 'TensorFlow: incompatible shapes',
		causes: ['A metric or the loss compares targets and outputs of different shapes.', 'Two branches of a network joined with maps of different sizes.'],
		fix: 'y = tf.reshape(y, (-1, 1))   # or align the axes the message names',
	},
	'mse-target-size': {
		title: 'MSE: predictions and targets differ in shape',
		causes: ['The model outputs (N, 1) and the targets are (N,): broadcasting turns them into (N, N).', 'Batches of targets and predictions of different sizes.'],
		fix: 'loss = F.mse_loss(pred.squeeze(-1), y)   # or y.view(-1, 1)',
	},
	'shape-invalid-for-input-size': {
		title: 'view/reshape: the number of elements does not match',
		causes: ['The size after the convolutions miscounted: view(-1, 16*5*5) while the map has another size.', 'The last batch is shorter, and the batch size is written into view.'],
		fix: 'x = x.view(x.size(0), -1)   # keep the batch, everything else into one axis',
	},
	'view-size-not-compatible': {
		title: 'view is impossible without a copy',
		causes: ['view after transpose or permute.', 'view of a strided slice.'],
		fix: 'x = x.reshape(x.size(0), -1)   # or x.contiguous().view(...)',
	},
	'numpy-cannot-reshape': {
		title: 'NumPy: reshape into a shape that does not fit',
		causes: ['The new shape multiplies to another number of elements.', 'Images of different sizes in one array.'],
		fix: 'X = X.reshape(len(X), -1)   # (m, 28, 28) → (m, 784)',
	},
	'numpy-concatenate': {
		title: 'NumPy: arrays to join differ in shape',
		causes: ['Joining features (axis 1) of arrays with different numbers of rows.', 'A vector not reshaped into a column before hstack.'],
		fix: 'X = np.concatenate([A, b[:, None]], axis=1)',
	},
	'dimension-out-of-range': {
		title: 'There is no axis with that number',
		causes: ['softmax(dim=1) or argmax(dim=1) of a one-dimensional tensor: a batch of one after squeeze().', 'Logits (C,) instead of (1, C) for one example.'],
		fix: 'x = x.unsqueeze(0)        # one example → a batch of one',
	},
	'numpy-axis-out-of-bounds': {
		title: 'NumPy: there is no axis with that number',
		causes: ['sum(axis=1) of a vector.', 'A matrix (m, n) was expected, and the array is one-dimensional.'],
		fix: 'x = np.atleast_2d(x)      # or x.reshape(1, -1)',
	},
	'conv-input-channels': {
		title: 'Convolution: the wrong number of input channels',
		causes: [
			'Images as (batch, height, width, channels), the way NumPy and PIL give them, while PyTorch expects (batch, channels, height, width).',
			'Grayscale images (1 channel) into a network trained on colour (3).',
			'in_channels of a layer differs from out_channels of the one before.',
		],
		fix: 'x = x.permute(0, 3, 1, 2)   # (N, H, W, C) → (N, C, H, W)',
	},
	'target-out-of-bounds': {
		title: 'A class label out of range',
		causes: ['Classes numbered from 1, not from 0.', 'The last layer has fewer outputs than the data has classes.'],
		fix: 'y = y - 1                     # classes 1..C → 0..C−1\nself.out = nn.Linear(128, num_classes)',
	},
	'batch-size-mismatch': {
		title: 'Logits and labels count different examples',
		causes: ['view(-1, n) with the wrong n in forward merged examples.', 'Sequence labels not flattened together with the logits.'],
		fix: 'loss = F.cross_entropy(logits.view(-1, C), y.view(-1))',
	},
	'multi-target-not-supported': {
		title: 'Labels must be class indices',
		causes: ['One-hot labels.', 'A label column (N, 1) from a DataFrame.'],
		fix: 'y = y.argmax(dim=1)    # one-hot → indices;  or y = y.squeeze(1)',
	},
	'target-long-expected': {
		title: 'Labels must be integers (Long)',
		causes: ['Labels read from a CSV as floats.', 'torch.tensor(labels) from a list of fractions.'],
		fix: 'y = y.long()',
	},
	'probability-target-dtype': {
		title: 'Probability labels must be fractions',
		causes: ['One-hot labels made of integers, of the same shape as the logits.'],
		fix: 'y = y.float()          # or pass class indices: y.argmax(dim=1)',
	},
	'expected-target-size': {
		title: 'The labels do not fit the logits',
		causes: ['The output of a recurrent network or a transformer is (N, T, C), and the class axis is expected at position 1.', 'Segmentation masks with an extra channel axis.'],
		fix: 'loss = F.cross_entropy(logits.permute(0, 2, 1), y)   # (N, T, C) → (N, C, T)',
	},
	'grad-implicit-scalar': {
		title: 'backward() of a tensor that is not a scalar',
		causes: ['A loss with reduction="none", or on several GPUs (DataParallel returns one number per device).', 'backward() called on the model output instead of the loss.'],
		fix: 'loss.mean().backward()',
	},
	'no-grad-fn': {
		title: 'The tensor is not connected to the graph',
		causes: ['The loss computed through .item(), .numpy() or .detach().', 'All of it inside torch.no_grad(), or with frozen parameters.', 'Parameters created without requires_grad=True.'],
		fix: 'w = torch.randn(3, requires_grad=True)   # and compute the loss with tensors, without .item()',
	},
	'leaf-in-place': {
		title: 'A parameter changed in place while the graph is recorded',
		causes: ['A hand-written gradient-descent step w -= η * w.grad outside no_grad.', 'Initialising weights in place after creating them.'],
		fix: 'with torch.no_grad():\n    w -= lr * w.grad',
	},
	'modified-by-inplace': {
		title: 'A tensor the backward pass needs was changed in place',
		causes: ['relu(inplace=True) or x += … after x was saved for the gradient.', 'An optimizer step between two backward calls through one graph.'],
		fix: 'x = x + y                  # instead of x += y;  nn.ReLU(inplace=False)',
	},
	'nan-loss': {
		title: 'The loss became nan or inf',
		causes: ['A learning rate η that is too large: the weights blow up.', 'log(0) in a hand-written cross-entropy; a softmax that does not subtract the maximum.', 'nan or inf already in the data.'],
		fix: 'loss = F.cross_entropy(logits, y)   # a stable log_softmax inside; and lower η',
	},
	'returned-nan-values': {
		title: 'A NaN appeared in a gradient',
		causes: ['Division by a number that became 0 (normalising a zero vector by its norm).', 'log or sqrt of 0 in the forward pass.'],
		fix: 'x = x / (x.norm(dim=1, keepdim=True) + 1e-8)',
	},
	'numpy-floating-point-warning': {
		title: 'NumPy: overflow, division by zero or nan',
		causes: ['np.exp(z) of large z in a sigmoid or a softmax.', 'np.log(p) where p became exactly 0.'],
		fix: 'e = np.exp(z - z.max(axis=1, keepdims=True))   # a softmax without overflow',
	},
	'keras-input-axis': {
		title: 'Keras: the input size does not fit the layer',
		causes: ['Images (28, 28) fed straight into Dense(…) without Flatten.', 'input_shape written for other data.'],
		fix: 'model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(), keras.layers.Dense(10)])',
	},
	'keras-input-ndim': {
		title: 'Keras: the input has the wrong number of axes',
		causes: ['Grayscale images without a channel axis in Conv2D.', 'One example without the batch axis in predict.'],
		fix: 'x = x[..., None]          # (N, 28, 28) → (N, 28, 28, 1)',
	},
	'keras-expected-shape': {
		title: 'Keras: inputs or targets of the wrong shape',
		causes: ['Targets are class indices while the last layer gives one number per class (or the other way round).', 'Image axes in another order.'],
		fix: 'y = keras.utils.to_categorical(y, num_classes)   # or sparse_categorical_crossentropy',
	},
	'keras-expected-dimensions': {
		title: 'Keras: the array has the wrong number of axes',
		causes: ['Images (N, 28, 28) into Dense without Flatten.', 'Data without the batch axis.'],
		fix: 'X = X.reshape(len(X), -1)',
	},
	'shapes-incompatible': { title: 'Keras: targets and outputs are incompatible', ...ONE_HOT },
	'keras-target-output-shape': { title: 'Keras 3: target and output differ in shape', ...ONE_HOT },
};
