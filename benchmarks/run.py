"""Benchmark: quizgen build against raw spaCy on the same articles; prints a Markdown table for the README.

Every figure is one whole process (start-up, model load, parse, outputs): wall time, CPU time (user + system,
of the process and its workers) and peak memory (the largest single process's peak RSS), measured with
`resource.getrusage(RUSAGE_CHILDREN)` in a fresh wrapper process per run, so runs do not pollute each other.

Usage: python benchmarks/run.py [--articles 500] [--small 100] [--large 1000] [--corpus ../shared/articles]
Not part of the test suite: a full run takes several minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
QUIZGEN = [PYTHON, "-m", "quizgen"]
RAW = [PYTHON, str(ROOT / "benchmarks" / "raw_spacy.py")]
SAMPLE = ROOT / "decks" / "kazakhstan-2022" / "article.txt"
# Runs `argv` as a child and prints its wall time and the rusage of it and its own children.
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"code": code, "wall": wall, "cpu": cpu, "rss_mb": usage.ru_maxrss / 1024}))
"""


@dataclass(frozen=True)
class Run:
    """One measured process."""

    wall: float
    cpu: float
    rss_mb: float


def measure(argv: list[str]) -> Run:
    """Run `argv` once in a fresh measuring process; fail loudly when it fails."""
    done = subprocess.run([PYTHON, "-c", MEASURE, *argv], capture_output=True, text=True, check=True)
    data = json.loads(done.stdout)
    if data["code"] != 0:
        raise SystemExit(f"failed ({data['code']}): {' '.join(argv)}")
    return Run(data["wall"], data["cpu"], data["rss_mb"])


def make_corpus(source: Path, count: int, folder: Path) -> Path:
    """`count` Markdown articles cut from the development corpus, repeated with distinct titles."""
    sys.path.insert(0, str(ROOT))
    from quizgen.readers import read_article

    files = sorted(p for p in source.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")
    articles = [read_article(p) for p in files]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        article = articles[n % len(articles)]
        date = f"date: {article.date.isoformat()}\n" if article.date else ""
        title = json.dumps(f"{article.title} ({n // len(articles) + 1})")
        body = "\n\n".join(article.paragraphs)
        (folder / f"{n:05d}.md").write_text(f"---\ntitle: {title}\n{date}---\n\n{body}\n", encoding="utf-8")
    return folder


def build(folder: Path, out: Path, jobs: int) -> Run:
    """quizgen build with all three outputs on."""
    out.mkdir(exist_ok=True)
    argv = [*QUIZGEN, "build", str(folder), "--quiet", "--jobs", str(jobs), "--anki", str(out / "deck.apkg")]
    return measure([*argv, "--html", str(out / "quiz.html"), "--json", str(out / "all.json")])


def best_wall(argv: list[str], times: int = 5) -> float:
    """The fastest of a few runs: start-up time without the noise of other work on the machine."""
    return min(measure(argv).wall for _ in range(times))


def row(name: str, run: Run, articles: int, *floors: Run) -> str:
    """A table row; the ratios are throughput relative to each floor (same number of processes)."""
    ratios = " | ".join(f"{floor.wall / run.wall:.0%}" for floor in floors) if floors else " | "
    return f"| {name} | {run.wall:.1f} | {run.cpu:.1f} | {run.rss_mb:.0f} | {articles / run.wall:.2f} | {ratios} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="articles in the throughput corpus")
    parser.add_argument("--small", type=int, default=100, help="articles in the small memory run")
    parser.add_argument("--large", type=int, default=1000, help="articles in the large memory run")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        report(Path(tmp), args)


def report(tmp: Path, args: argparse.Namespace) -> None:
    """Build the corpora, run everything, print the tables."""
    n = args.articles
    corpus = make_corpus(args.corpus, n, tmp / "corpus")
    raw1, raw2 = measure([*RAW, str(corpus), "1"]), measure([*RAW, str(corpus), "2"])
    para1, para2 = measure([*RAW, str(corpus), "1", "paragraphs"]), measure([*RAW, str(corpus), "2", "paragraphs"])
    jobs1, jobs2 = build(corpus, tmp / "out1", 1), build(corpus, tmp / "out2", 2)
    same = all((tmp / "out1" / f).read_bytes() == (tmp / "out2" / f).read_bytes() for f in ("all.json", "quiz.html"))
    words = sum(len(p.read_text().split()) for p in corpus.iterdir())
    print(f"Corpus: {n} articles from {args.corpus.name}/, {words} words\n")
    print("| run | wall s | CPU s | peak MB | articles/s | vs raw texts | vs raw paragraphs |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(row("raw spaCy: `nlp.pipe(texts)`", raw1, n))
    print(row("raw spaCy: `nlp.pipe(texts, n_process=2)`", raw2, n))
    print(row("raw spaCy: `nlp.pipe(paragraphs, batch_size=64)`", para1, n))
    print(row("raw spaCy: same, `n_process=2`", para2, n))
    print(row("quizgen build --jobs 1 (anki, html, json)", jobs1, n, raw1, para1))
    print(row("quizgen build --jobs 2 (anki, html, json)", jobs2, n, raw2, para2))
    print(f"\n--jobs 2 vs --jobs 1: {jobs1.wall / jobs2.wall:.2f}x; same JSON and HTML bytes: {same}; "
          f"--jobs 2 vs raw spaCy in 1 process: {raw1.wall / jobs2.wall:.0%}")  # fmt: skip
    memory(tmp, args)
    start_up()


def memory(tmp: Path, args: argparse.Namespace) -> None:
    """Peak memory of a small and a large batch (--jobs 2, the default on two cores)."""
    small = build(make_corpus(args.corpus, args.small, tmp / "small"), tmp / "out-small", 2)
    large = build(make_corpus(args.corpus, args.large, tmp / "large"), tmp / "out-large", 2)
    ratio = large.rss_mb / small.rss_mb
    print(f"\nPeak memory, --jobs 2: {args.small} articles {small.rss_mb:.0f} MB ({small.wall:.0f} s), "
          f"{args.large} articles {large.rss_mb:.0f} MB ({large.wall:.0f} s): {ratio:.2f}x")  # fmt: skip


def start_up() -> None:
    """Cold single-article build vs loading spaCy and parsing the same text; `quizgen --help`."""
    with tempfile.TemporaryDirectory() as out:
        cold = statistics.median(
            measure([*QUIZGEN, "build", str(SAMPLE), "--json", f"{out}/q.json", "--jobs", "1"]).wall for _ in range(3)
        )
    parse = f"import spacy, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import raw_spacy; "
    parse += f"raw_spacy.load()(open({str(SAMPLE)!r}).read())"
    floor = statistics.median(measure([PYTHON, "-c", parse]).wall for _ in range(3))
    print(f"\nOne article, cold: quizgen build {cold:.2f} s; spacy.load + parse {floor:.2f} s ({cold / floor:.2f}x)")
    help_, version = best_wall([*QUIZGEN, "--help"]), best_wall([*QUIZGEN, "--version"])
    print(f"quizgen --help: {help_:.3f} s; --version: {version:.3f} s")


if __name__ == "__main__":
    main()
