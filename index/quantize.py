"""The int8 encoder: the float32 ONNX export quantised by onnxruntime, checked once.

`quantize_encoder(directory)` writes `model.int8.onnx` beside the float32 `model.onnx` with
onnxruntime's own dynamic quantisation (int8 weights per output channel, activations
quantised at run time; no model file from anyone else), then encodes a fixed sample of
council-report sentences with both and compares the vectors passage by passage. If any
cosine falls below `DRIFT_MIN_COSINE` the int8 file is deleted and the refusal is kept in
its metadata, so the next start does not quantise again and falls back to float32.

Measured on 135 paragraphs of the four evaluation records (2 cores, one thread each):
per-channel int8 takes 0.47 of float32's CPU time, cosine to float32 min 0.980, mean 0.992;
per-tensor weights (onnxruntime's default) are as fast but drift to min 0.89, mean 0.96.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from index.embeddings import ONNX_META, ONNX_NAME, OnnxEmbedder

INT8_NAME = "model.int8.onnx"
INT8_META = "model.int8.json"
# Bumped when the quantisation recipe changes, so older int8 files are redone.
INT8_FORMAT = 1
# Lowest cosine between a sample passage's int8 and float32 vectors that is accepted. Set
# below the 0.980 measured for per-channel int8 on the evaluation records and far above
# the 0.89 of per-tensor weights, whose ranking is visibly different.
DRIFT_MIN_COSINE = 0.97

# The fixed drift sample: sentences of the kinds a record holds (judgements, dates, money,
# names, a table row, a heading, a short question, a long paragraph).
DRIFT_SAMPLE = (
    "When did Ofsted rate the council's children's services inadequate?",
    "Overall effectiveness: Inadequate. The experiences and progress of children who need "
    "help and protection: Inadequate.",
    "The commissioner recommended that the council should retain control of its children's "
    "services, subject to the appointment of an independent chair of the improvement board.",
    "Inspectors found that too many children wait too long for their plans to be reviewed, "
    "and that management oversight of casework is inconsistent across the service.",
    "Cabinet agreed an additional £4.5m for children's social care in the 2024/25 budget.",
    "The Secretary of State issued a statutory direction on 12 December 2022.",
    "Minutes of the Children and Young People Scrutiny Committee, Tuesday 5 March 2024",
    "Caseloads | 2022 | 2023 | Social workers with more than 25 children | 41% | 18%",
    "RESOLVED: That Cabinet notes the fourth monitoring visit letter;",
    "The director of children's services said the service was making steady progress but "
    "that recruitment of permanent social workers remained the greatest risk.",
    "Leaders have a better understanding of the quality of practice. Audits are now "
    "moderated and learning is shared with practitioners through regular workshops. "
    "However, the quality of supervision remains variable, and some children experience "
    "drift and delay because actions set in supervision are not followed up.",
    "Page 3 of 12",
    "Improvement board",
    "How many monitoring visits have there been since the judgement?",
    "The council was rated requires improvement to be good in its most recent inspection "
    "in 2018, having been judged inadequate in 2014.",
    "Residents told the Evening Post that the closure of the family hub in Millbrook left "
    "parents travelling two buses to reach early help services.",
)


def _fp32_fingerprint(directory: Path) -> dict[str, Any]:
    return json.loads((directory / ONNX_META).read_text())


def _int8_meta(directory: Path, min_cosine: float) -> dict[str, Any] | None:
    """The metadata of an int8 file made from the current float32 export with this
    threshold (accepted or refused), or None when it must be made (again)."""
    try:
        meta = json.loads((directory / INT8_META).read_text())
        current = (
            meta.get("format") == INT8_FORMAT
            and meta.get("source") == _fp32_fingerprint(directory)
            and meta.get("threshold") == min_cosine
        )
    except (OSError, ValueError):
        return None
    if not current:
        return None
    if meta.get("accepted") and not (directory / INT8_NAME).is_file():
        return None
    return dict(meta)


def drift(reference: OnnxEmbedder, candidate: OnnxEmbedder) -> np.ndarray:
    """Cosine between the two encoders' vectors of each text in the drift sample."""
    texts = list(DRIFT_SAMPLE)
    return np.asarray((reference.encode(texts) * candidate.encode(texts)).sum(axis=1))


def quantize_encoder(directory: Path, min_cosine: float = DRIFT_MIN_COSINE) -> dict[str, Any]:
    """Make (once) and check the int8 encoder beside the float32 export in `directory`.

    Returns its metadata: `accepted`, and `min_cosine_seen` on the drift sample. A refused
    file is deleted; its metadata stays, so the refusal is not re-tested at every start.
    """
    known = _int8_meta(directory, min_cosine)
    if known is not None:
        return known
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tag = f".tmp-{os.getpid()}"
    tmp = directory / (INT8_NAME + tag)
    root = logging.getLogger()
    level = root.level
    # quantize_dynamic logs a WARNING on the root logger advising shape-inference
    # pre-processing (which cannot type the fused graph's own ops either); not for the CLI.
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            str(directory / ONNX_NAME),
            str(tmp),
            weight_type=QuantType.QInt8,
            per_channel=True,
            # The fused graph's Attention and SkipLayerNormalization are onnxruntime's own
            # ops, which ONNX shape inference cannot type: their outputs are float32.
            extra_options={"DefaultTensorType": 1},
        )
    finally:
        root.setLevel(level)
    try:
        return check_int8(directory, tmp, min_cosine)
    finally:
        tmp.unlink(missing_ok=True)


def check_int8(
    directory: Path, candidate: Path, min_cosine: float = DRIFT_MIN_COSINE
) -> dict[str, Any]:
    """Compare `candidate` (an int8 ONNX file) with the float32 export on the drift sample;
    keep it as the index's int8 encoder if every cosine reaches `min_cosine`."""
    cosines = drift(
        OnnxEmbedder(directory), OnnxEmbedder(candidate.parent, file_name=candidate.name)
    )
    seen = float(cosines.min())
    meta = {
        "format": INT8_FORMAT,
        "source": _fp32_fingerprint(directory),
        "threshold": min_cosine,
        "accepted": seen >= min_cosine,
        "min_cosine_seen": round(seen, 5),
        "mean_cosine_seen": round(float(cosines.mean()), 5),
    }
    if meta["accepted"]:
        os.replace(candidate, directory / INT8_NAME)
    else:
        (directory / INT8_NAME).unlink(missing_ok=True)
    tmp_meta = directory / (INT8_META + f".tmp-{os.getpid()}")
    tmp_meta.write_text(json.dumps(meta))
    os.replace(tmp_meta, directory / INT8_META)
    return meta
