#!/usr/bin/python3
"""PyTorch reference for the Fashion-MNIST benchmark of issue 4 (see README.md in this folder).

Trains the reference MLP the way Keras would, then prints ONE JSON line on stdout; logs go to stderr.
Run with Debian's interpreter (/usr/bin/python3): python3-torch is a Debian package, not a pyenv one.
"""

import argparse
import gzip
import json
import os
import resource
import struct
import sys
import time

DATA_DIR = "/usr/share/datasets/fashion-mnist"
SEED = 42
BATCH_SIZE = 128
CLASSES = 10


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1,
                        help="torch intra-op (OpenMP) threads (default 1)")
    parser.add_argument("--blas-threads", type=int,
                        help="OpenBLAS threads (default: the same as --threads)")
    parser.add_argument("--epochs", type=int, default=5, help="training epochs (default 5)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the weights and shuffling (default {SEED})")
    parser.add_argument("--data-dir", default=DATA_DIR, help="folder with the four gzipped IDX files")
    args = parser.parse_args()
    if args.threads < 1 or args.epochs < 1 or (args.blas_threads is not None and args.blas_threads < 1):
        parser.error("--threads, --blas-threads and --epochs must be at least 1")
    if args.blas_threads is None:
        args.blas_threads = args.threads
    return args


def log(message):
    print(message, file=sys.stderr, flush=True)


def pin_openblas_threads(threads):
    """OpenBLAS sizes its thread pool from the environment when the library is loaded, which happens when torch or
    numpy is first imported; so the variable is set before those imports (no re-execution needed)."""
    assert "torch" not in sys.modules and "numpy" not in sys.modules, "OpenBLAS would already be loaded"
    os.environ["OPENBLAS_NUM_THREADS"] = str(threads)


def read_idx(path):
    """Reads a gzipped IDX file (big-endian header: magic with the number of dimensions, then the sizes)."""
    import numpy as np
    with gzip.open(path, "rb") as f:
        data = f.read()
    zero, dtype_code, dims = struct.unpack(">HBB", data[:4])
    if zero != 0 or dtype_code != 0x08:
        raise ValueError(f"{path} is not an IDX file of unsigned bytes")
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(data_dir, prefix):
    import torch
    images = read_idx(os.path.join(data_dir, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(data_dir, f"{prefix}-labels-idx1-ubyte.gz"))
    # Pixels scaled to [0, 1] in float32, one row of 784 per image.
    x = torch.from_numpy(images.reshape(len(images), -1).astype("float32") / 255.0)
    return x, torch.from_numpy(labels.astype("int64"))


def reference_mlp():
    """784 -> Dense 256 ReLU -> Dropout 0.2 -> Dense 128 ReLU -> BatchNorm -> Dense 10 (softmax in the loss).

    Keras's defaults: Xavier (Glorot) uniform weights, zero biases; BatchNormalization with a running-average
    decay of 0.99 (PyTorch's momentum is the weight of the new batch, so 0.01) and epsilon 1e-3.
    """
    from torch import nn
    model = nn.Sequential(
        nn.Linear(784, 256), nn.ReLU(), nn.Dropout(0.2),
        nn.Linear(256, 128), nn.ReLU(), nn.BatchNorm1d(128, eps=1e-3, momentum=0.01),
        nn.Linear(128, CLASSES))
    for layer in model:
        if isinstance(layer, nn.Linear):
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)
    return model


def train(model, x, y, epochs, seed):
    """Mini-batch Adam, reshuffled each epoch; the last partial batch is used as it is. Returns per-epoch seconds
    and the mean training loss of the last epoch (over its batches, weighted by batch size, in training mode,
    as Keras reports it)."""
    import torch
    # Softmax with categorical cross-entropy, fused as log-softmax + negative log-likelihood on the logits.
    loss_function = torch.nn.CrossEntropyLoss()
    # Keras's Adam: betas 0.9 / 0.999, epsilon 1e-7 (PyTorch's default is 1e-8).
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-7)
    shuffle = torch.Generator().manual_seed(seed)
    epoch_seconds = []
    loss_sum = 0.0
    model.train()
    for epoch in range(epochs):
        start = time.perf_counter()
        order = torch.randperm(len(x), generator=shuffle)
        loss_sum = 0.0
        for first in range(0, len(x), BATCH_SIZE):
            rows = order[first:first + BATCH_SIZE]
            features, targets = x.index_select(0, rows), y.index_select(0, rows)
            optimizer.zero_grad(set_to_none=True)
            loss = loss_function(model(features), targets)
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * len(rows)
        epoch_seconds.append(time.perf_counter() - start)
        log(f"epoch {epoch + 1}/{epochs}: loss {loss_sum / len(x):.4f}, {epoch_seconds[-1]:.2f} s")
    return epoch_seconds, loss_sum / len(x)


def predict(model, x):
    """Batched inference in eval mode (no dropout, batchnorm with its running averages): class probabilities."""
    import torch
    model.eval()
    with torch.no_grad():
        return torch.cat([torch.softmax(model(x[first:first + BATCH_SIZE]), dim=1)
                          for first in range(0, len(x), BATCH_SIZE)])


def peak_rss_mb():
    # On Linux ru_maxrss is in KiB; it is the same figure as VmHWM in /proc/self/status.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    args = parse_args()
    pin_openblas_threads(args.blas_threads)
    import torch
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    log(f"torch {torch.__version__}: {torch.get_num_threads()} OpenMP threads, "
        f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}")

    x_train, y_train = load(args.data_dir, "train")
    x_test, y_test = load(args.data_dir, "t10k")
    model = reference_mlp()
    epoch_seconds, final_train_loss = train(model, x_train, y_train, args.epochs, args.seed)
    training_peak_rss_mb = peak_rss_mb()

    start = time.perf_counter()
    probabilities = predict(model, x_test)
    predict_seconds = time.perf_counter() - start
    test_accuracy = (probabilities.argmax(dim=1) == y_test).float().mean().item()

    major, minor = torch.__version__.split(".")[:2]
    print(json.dumps({
        "engine": f"pytorch-{major}.{minor}",
        "threads": args.threads,
        "blas_threads": args.blas_threads,
        "samples_per_second": round(args.epochs * len(x_train) / sum(epoch_seconds)),
        "epoch_seconds": [round(s, 3) for s in epoch_seconds],
        "test_accuracy": round(test_accuracy, 4),
        "final_train_loss": round(final_train_loss, 4),
        "peak_rss_mb": round(training_peak_rss_mb, 1),
        "predict_rows_per_second": round(len(x_test) / predict_seconds),
    }))


if __name__ == "__main__":
    main()
